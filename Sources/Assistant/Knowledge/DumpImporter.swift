import Foundation

/// Turns a blog dump ("Posts Tagged …" pages saved as text) into Markdown articles.
///
/// In the dump each article is its title, the byline line, then the body, and ends with
/// "Leave a comment". Blog chrome is dropped: the page header, the byline, the "The preceding
/// article is from…" footer, tag lines made only of commas, and the trailing "Further reading"
/// link labels whose links the dump lost. A short line without closing punctuation (or ending
/// in "?") is a section heading. Body text is otherwise kept verbatim.
public struct DumpImporter: Sendable {
    /// The byline line that separates an article's title from its body.
    public let byline: String

    public init(byline: String = "Fibro Cloud") {
        self.byline = byline
    }

    /// A section heading has at most this many words.
    static let maximumHeadingWords = 12

    /// One article read from a dump: its title and its blocks (headings and paragraphs).
    public struct ImportedArticle: Sendable, Equatable {
        public let title: String
        public let blocks: [Block]

        /// A heading or a paragraph of an imported article.
        public enum Block: Sendable, Equatable {
            case heading(String)
            case paragraph(String)
        }

        /// The article as Markdown: `# Title`, blank line, blocks separated by blank lines.
        public var markdown: String {
            var parts = ["# \(title)"]
            for block in blocks {
                switch block {
                case let .heading(text): parts.append("## \(text)")
                case let .paragraph(text): parts.append(text)
                }
            }
            return parts.joined(separator: "\n\n") + "\n"
        }
    }

    /// Parses the text of a dump.
    public func articles(in dump: String) -> [ImportedArticle] {
        let normalized = dump.replacingOccurrences(of: "\r\n", with: "\n")
        return normalized.components(separatedBy: "Leave a comment").compactMap(article)
    }

    private func article(_ chunk: String) -> ImportedArticle? {
        let lines = chunk.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let bylineIndex = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == byline }) else {
            return nil
        }
        let header = lines[..<bylineIndex].map(Self.normalizeTitle).filter { !$0.isEmpty && !$0.hasPrefix("Posts Tagged") }
        guard let rawTitle = header.last else { return nil }
        var blocks: [ImportedArticle.Block] = []
        var current: [String] = []
        func flush() {
            guard !current.isEmpty else { return }
            if current.count == 1, Self.looksLikeHeading(current[0]) {
                blocks.append(.heading(current[0]))
            } else {
                blocks.append(.paragraph(current.joined(separator: "\n")))
            }
            current = []
        }
        for line in lines[(bylineIndex + 1)...] {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                flush()
            } else if Self.isChrome(trimmed) {
                flush()
            } else {
                current.append(trimmed)
            }
        }
        flush()
        blocks = Self.droppingFurtherReading(blocks)
        while case .heading = blocks.last { blocks.removeLast() }
        guard !blocks.isEmpty else { return nil }
        return ImportedArticle(title: rawTitle, blocks: blocks)
    }

    /// Titles: no-break and other spaces become single spaces.
    static func normalizeTitle(_ line: String) -> String {
        line.components(separatedBy: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\u{00A0}")))
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func isChrome(_ line: String) -> Bool {
        if line.hasPrefix("The preceding article is from") { return true }
        if line.contains(","), line.allSatisfy({ $0 == "," || $0.isWhitespace }) { return true }
        return false
    }

    static func looksLikeHeading(_ line: String) -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty, words.count <= maximumHeadingWords, let last = line.last else { return false }
        if line.hasPrefix("•") || line.hasPrefix("–") || line.hasPrefix("-") { return false }
        if last == "?" { return line.filter { ".?!".contains($0) }.count == 1 }
        return last.isLetter || last.isNumber
    }

    /// Drops a trailing "Further reading" heading and the link labels after it.
    static func droppingFurtherReading(_ blocks: [ImportedArticle.Block]) -> [ImportedArticle.Block] {
        guard let start = blocks.lastIndex(where: { block in
            switch block {
            case let .heading(text), let .paragraph(text):
                return text.trimmingCharacters(in: CharacterSet(charactersIn: ": ")).lowercased() == "further reading"
            }
        }) else { return blocks }
        let rest = blocks[(start + 1)...]
        let onlyLabels = rest.allSatisfy { block in
            if case let .paragraph(text) = block { return text.hasSuffix(":") && !text.contains("\n") }
            if case .heading = block { return true }
            return false
        }
        return onlyLabels ? Array(blocks[..<start]) : blocks
    }

    /// Writes the articles of `dumpURL` into `directory` (created if needed), one
    /// `slug.md` file each, every file written to a temporary name and renamed into place.
    /// Returns the written file URLs in dump order.
    public func importDump(at dumpURL: URL, into directory: URL) throws -> [URL] {
        let shown = KnowledgeBase.displayPath(dumpURL)
        guard let data = FileManager.default.contents(atPath: dumpURL.path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: dumpURL.path, isDirectory: &isDirectory)
            throw AssistantError.unreadableDump(path: shown, reason: exists ? (isDirectory.boolValue ? "is a folder" : "cannot open the file") : "no such file")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw AssistantError.unreadableDump(path: shown, reason: "not UTF-8")
        }
        let found = articles(in: text)
        guard !found.isEmpty else { throw AssistantError.emptyDump(path: shown) }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw AssistantError.cannotWrite(path: KnowledgeBase.displayPath(directory), reason: "cannot create the folder")
        }
        let slugs = Slug.unique(found.map(\.title))
        return try zip(found, slugs).map { article, slug in
            let url = directory.appendingPathComponent(slug + ".md")
            try AtomicFile.write(Data(article.markdown.utf8), to: url)
            return url
        }
    }
}
