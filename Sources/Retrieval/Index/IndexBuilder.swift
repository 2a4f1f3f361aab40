/// Collects analysed passages into postings, lengths and the surface vocabulary, in memory.
public struct IndexBuilder: Sendable {
    private let analyzer: Analyzer
    private(set) var postings: [String: PostingList] = [:]
    private(set) var lengths: [UInt32] = []
    private(set) var passages: [IndexablePassage] = []
    private(set) var words: [String: UInt32] = [:]

    public init(analyzer: Analyzer = Analyzer()) {
        self.analyzer = analyzer
    }

    /// Adds a passage and returns its id (ids count up from 0 in the order passages are added).
    @discardableResult
    public mutating func add(_ passage: IndexablePassage) -> Int {
        let id = UInt32(passages.count)
        passages.append(passage)
        var length: UInt32 = 0
        for token in analyzer.tokens(passage.text) where !token.isStopWord {
            postings[token.term, default: PostingList()].add(passage: id, weight: 1)
            words[token.word, default: 0] += 1
            length += 1
        }
        for field in passage.fields {
            for token in analyzer.tokens(field.text) where !token.isStopWord {
                postings[token.term, default: PostingList()].add(passage: id, weight: field.weight)
            }
        }
        lengths.append(length)
        return Int(id)
    }

    /// The finished, immutable index content.
    public func finish() -> BuiltIndex {
        BuiltIndex(postings: postings, lengths: lengths, passages: passages, words: words)
    }
}

/// An index as built in memory, ready to be written to a store.
public struct BuiltIndex: Sendable {
    public let postings: [String: PostingList]
    public let lengths: [UInt32]
    public let passages: [IndexablePassage]
    public let words: [String: UInt32]

    public var passageCount: Int { lengths.count }
    public var termCount: Int { postings.count }
}
