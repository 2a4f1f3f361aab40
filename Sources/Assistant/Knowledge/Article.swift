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
    /// sections; other runs of non-blank lines are paragraphs, kept byte for byte.
    public static func parse(markdown: String, file: String) throws -> Article {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        guard let titleIndex = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }),
              lines[titleIndex].hasPrefix("# ")
        else {
            throw AssistantError.unreadableArticle(path: file, reason: "no '# ' title on its first line")
        }
        let title = lines[titleIndex].dropFirst(2).trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else {
            throw AssistantError.unreadableArticle(path: file, reason: "the '# ' title is empty")
        }
        var paragraphs: [Paragraph] = []
        var section: String?
        var block: [Substring] = []
        func flush() {
            if !block.isEmpty {
                paragraphs.append(Paragraph(section: section, text: block.joined(separator: "\n")))
                block = []
            }
        }
        for line in lines[(titleIndex + 1)...] {
            if line.allSatisfy(\.isWhitespace) {
                flush()
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

    static func heading(_ line: Substring) -> String? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (2...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        let text = line.dropFirst(hashes).trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }
}
