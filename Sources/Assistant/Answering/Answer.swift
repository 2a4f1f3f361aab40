import Retrieval

/// fibroqa's reply to one question.
public struct Answer: Sendable, Equatable {
    /// What kind of reply this is; the raw values are the JSON `status` strings.
    public enum Status: String, Sendable, Equatable {
        case answered
        case noMatch = "no_match"
        case emergency
        case empty
    }

    public let question: String
    public let status: Status
    /// The quotes, best first; empty unless `status` is `.answered`.
    public let quotes: [Quote]
    /// The closing notice (always present).
    public let notice: String
    /// A line said before the quotes: an emergency message or the doctor-only line.
    public let lead: String?
    /// The question as searched after spelling correction, when anything was corrected.
    public let corrected: String?
    /// Titles of the articles, listed when nothing matched.
    public let topics: [String]
    /// How the answer was reached, for `--explain`.
    public let explanation: Explanation?
}

/// One verbatim quote from an article: a sentence-aligned range of one passage.
public struct Quote: Sendable, Equatable {
    public let title: String
    /// The article's file name in the knowledge folder.
    public let article: String
    public let section: String?
    /// The id of the passage the quote comes from, for `:show`.
    public let passage: Int
    /// The whole passage text, of which `range` is quoted.
    public let passageText: String
    public let range: Excerpt
    /// The passage's retrieval score.
    public let score: Double

    /// The quoted sentences exactly as in the article, with "…" only where text was cut.
    public var excerpt: String { ExcerptFormatter(style: .plain).format(range, of: passageText) }
}

extension Answer {
    /// The same answer with other quotes (for `:more`, which shows only the new ones).
    func replacingQuotes(with quotes: [Quote]) -> Answer {
        Answer(question: question, status: status, quotes: quotes, notice: notice, lead: lead,
               corrected: corrected, topics: topics, explanation: explanation)
    }
}
