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

    /// The quoted text itself, exactly as in `passage`.
    public func text(in passage: String) -> String {
        let utf8 = passage.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        return String(passage[lower..<upper])
    }
}
