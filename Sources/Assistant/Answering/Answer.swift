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
    /// The emergency category's own notice, from `emergency.txt`.
    let emergencyNotice: String?
    /// A line said before the quotes: an emergency message or the doctor-only line.
    public let lead: String?
    /// The question as searched after spelling correction, when anything was corrected.
    public let corrected: String?
    /// Titles of the articles, listed when nothing matched.
    public let topics: [String]
    /// How the answer was reached, for `--explain`.
    public let explanation: Explanation?

    /// The closing notice. It follows from the status, so no answer can be made without one:
    /// quotes get the not-medical-advice notice, no_match and empty their own, and emergencies
    /// their category's notice (or a general one when the file gives none).
    public var notice: String {
        switch status {
        case .answered: return Notices.answered
        case .noMatch: return Notices.noMatch
        case .empty: return Notices.empty
        case .emergency: return emergencyNotice.flatMap { $0.isEmpty ? nil : $0 } ?? Notices.emergency
        }
    }

    init(question: String, status: Status, quotes: [Quote] = [], emergencyNotice: String? = nil, lead: String? = nil,
         corrected: String? = nil, topics: [String] = [], explanation: Explanation? = nil) {
        self.question = question
        self.status = status
        self.quotes = status == .answered ? quotes : []
        self.emergencyNotice = emergencyNotice
        self.lead = lead
        self.corrected = corrected
        self.topics = topics
        self.explanation = explanation
    }
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
        Answer(question: question, status: status, quotes: quotes, emergencyNotice: emergencyNotice, lead: lead,
               corrected: corrected, topics: topics, explanation: explanation)
    }
}
