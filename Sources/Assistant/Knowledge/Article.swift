import Foundation

/// One knowledge article: a Markdown file with a `# Title`, paragraphs and `## Section` headings.
public struct Article: Sendable, Equatable {
    /// The file name within the knowledge folder, e.g. `is-fibromyalgia-hereditary.md`.
    public let file: String
    public let title: String
    public let paragraphs: [Paragraph]

    /// A paragraph of an article: its exact text and the heading of the section it sits in.
    public struct Paragraph: Sendable, Equatable {
        public let section: String?
        public let text: String
    }

    /// Parses Markdown: the first non-blank line must be `# Title`; `##`…`######` lines open
    /// sections; other runs of non-blank lines are paragraphs, kept byte for byte (a line's
    /// closing `\r` aside). A paragraph ending with a colon ("According to the American College
    /// of Rheumatology:", "the benefits extend to the following:") introduces the next one, so
    /// the two are one paragraph, with the blank lines between them as they were (one follower
    /// only, so a run of such paragraphs does not swallow the article). Lines are found on the UTF-8 bytes, which is many times faster than
    /// splitting Characters and also splits `\r\n`, a single Character.
    public static func parse(markdown: String, file: String) throws -> Article {
        let lines = markdown.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { bytes in
            let line = Substring(bytes)
            return line.utf8.last == UInt8(ascii: "\r") ? line.dropLast() : line
        }
        guard let titleIndex = lines.firstIndex(where: { !isBlank($0) }), lines[titleIndex].utf8.starts(with: "# ".utf8) else {
            throw AssistantError.unreadableArticle(path: file, reason: "no '# ' title on its first line")
        }
        let title = lines[titleIndex].dropFirst(2).trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else {
            throw AssistantError.unreadableArticle(path: file, reason: "the '# ' title is empty")
        }
        var paragraphs: [Paragraph] = []
        var section: String?
        var block: [Substring] = []
        var gap: [Substring] = []
        var lastWasJoined = false
        func flush() {
            guard !block.isEmpty else { return }
            let text = block.count == 1 ? String(block[0]) : block.joined(separator: "\n")
            if let last = paragraphs.last, last.section == section, !lastWasJoined, Self.introducesNext(last.text) {
                let joined = ([last.text] + gap.map(String.init) + [text]).joined(separator: "\n")
                paragraphs[paragraphs.count - 1] = Paragraph(section: section, text: joined)
                lastWasJoined = true
            } else {
                paragraphs.append(Paragraph(section: section, text: text))
                lastWasJoined = false
            }
            block = []
            gap = []
        }
        for line in lines[(titleIndex + 1)...] {
            if isBlank(line) {
                flush()
                gap.append(line)
            } else if let heading = Self.heading(line) {
                flush()
                section = heading
            } else {
                block.append(line)
            }
        }
        flush()
        return Article(file: file, title: String(title), paragraphs: paragraphs)
    }

    /// True when a paragraph ends with a colon: it introduces what follows.
    static func introducesNext(_ text: String) -> Bool {
        text.utf8.reversed().first { !($0 == 0x20 || $0 == 0x09) } == UInt8(ascii: ":")
    }

    /// True when the line holds only white space (checked on bytes unless it has non-ASCII).
    static func isBlank(_ line: Substring) -> Bool {
        var ascii = true
        for byte in line.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if !(byte == 0x20 || (0x09...0x0D).contains(byte)) { return false }
        }
        return ascii || line.allSatisfy(\.isWhitespace)
    }

    static func heading(_ line: Substring) -> String? {
        let hashes = line.utf8.prefix { $0 == UInt8(ascii: "#") }.count
        guard (2...6).contains(hashes), line.utf8.dropFirst(hashes).first == UInt8(ascii: " ") else { return nil }
        let text = line.dropFirst(hashes).trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }
}
