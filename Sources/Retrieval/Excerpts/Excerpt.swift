/// A quotation: a range of a passage's text made of whole sentences, with the matched words.
public struct Excerpt: Sendable, Equatable {
    /// The quoted range of the passage text (UTF-8 offsets).
    public let range: Range<Int>
    /// Ranges of the passage text (inside `range`) where query terms matched, for highlighting.
    public let highlights: [Range<Int>]
    /// True when text of the passage comes before the quote (it was cut there).
    public let cutBefore: Bool
    /// True when text of the passage comes after the quote.
    public let cutAfter: Bool
    /// The fragment score: the summed weight of the distinct query terms the quote covers.
    public let score: Double
    /// True when the quote's core sentence states the kind of fact the question asks for.
    public let statesAnswer: Bool
    /// True when the quote's core sentence asks a question or announces what the text will
    /// discuss, rather than stating something.
    public let isAnnouncement: Bool
    /// The query terms the quote holds.
    public let terms: Set<String>

    public init(range: Range<Int>, highlights: [Range<Int>], cutBefore: Bool, cutAfter: Bool, score: Double,
                statesAnswer: Bool = false, isAnnouncement: Bool = false, terms: Set<String> = []) {
        self.range = range
        self.highlights = highlights
        self.cutBefore = cutBefore
        self.cutAfter = cutAfter
        self.score = score
        self.statesAnswer = statesAnswer
        self.isAnnouncement = isAnnouncement
        self.terms = terms
    }

    /// The quoted text itself, exactly as in `passage`.
    public func text(in passage: String) -> String {
        let utf8 = passage.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        return String(passage[lower..<upper])
    }
}
