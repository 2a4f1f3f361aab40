/// Collects analysed passages into postings, lengths and the surface vocabulary, in memory.
public struct IndexBuilder: Sendable {
    private let analyzer: Analyzer
    private(set) var postings: [String: PostingList] = [:]
    private(set) var lengths: [UInt32] = []
    private(set) var passages: [IndexablePassage] = []
    private(set) var words: [String: UInt32] = [:]
    private var stems: [String: String] = [:]

    public init(analyzer: Analyzer = Analyzer()) {
        self.analyzer = analyzer
    }

    /// Adds a passage and returns its id (ids count up from 0 in the order passages are added).
    @discardableResult
    public mutating func add(_ passage: IndexablePassage) -> Int {
        let id = UInt32(passages.count)
        passages.append(passage)
        var frequencies: [String: UInt32] = [:]
        var length: UInt32 = 0
        for token in analyzer.tokens(passage.text, stemCache: &stems) where !token.isStopWord {
            frequencies[token.term, default: 0] += 1
            words[token.word, default: 0] += 1
            length += 1
        }
        var bonuses: [String: Double] = [:]
        for field in passage.fields {
            for term in Set(analyzer.terms(field.text, stemCache: &stems)) { bonuses[term, default: 0] += field.bonus }
        }
        for term in Set(frequencies.keys).union(bonuses.keys) {
            let tenths = UInt8(min(Double(PostingList.maximumFieldBonus), ((bonuses[term] ?? 0) * 10).rounded()))
            let frequency = frequencies[term] ?? 0
            guard frequency > 0 || tenths > 0 else { continue }
            postings[term, default: PostingList()].append(passage: id, frequency: frequency, fieldBonus: tenths)
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
