/// One word of a text as the analyser sees it: its searchable term and where it stands.
public struct Token: Sendable, Hashable {
    /// The indexed form: folded, lower-cased and stemmed (`"hereditary"` → `"hereditari"`).
    public let term: String
    /// The folded, lower-cased surface word before stemming (`"hereditary"`), used for spelling.
    public let word: String
    /// Where the word stands in the analysed text, as UTF-8 offsets.
    public let range: Range<Int>
    /// The ordinal of the word among all words of the text, stop words included.
    public let position: Int
    /// True for function words ("the", "is") that carry no meaning for search.
    public let isStopWord: Bool

    public init(term: String, word: String, range: Range<Int>, position: Int, isStopWord: Bool) {
        self.term = term
        self.word = word
        self.range = range
        self.position = position
        self.isStopWord = isStopWord
    }
}
