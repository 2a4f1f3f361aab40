import Foundation

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

    /// Adds everything `other` collected after this builder's passages, as if its passages had
    /// been added here in the same order.
    public mutating func append(_ other: IndexBuilder) {
        let offset = UInt32(passages.count)
        passages += other.passages
        lengths += other.lengths
        for (word, count) in other.words { words[word, default: 0] += count }
        for (term, list) in other.postings { postings[term, default: PostingList()].append(contentsOf: list, offset: offset) }
    }

    /// Builds the index of `passages` (ids in array order) on up to `workers` threads: each
    /// analyses a contiguous share into its own builder, and the shares are joined in order,
    /// so the result equals adding the passages one by one.
    public static func build(_ passages: [IndexablePassage], workers: Int, analyzer: Analyzer = Analyzer()) -> BuiltIndex {
        let shares = max(1, min(workers, passages.count / 2_000 + 1))
        let size = (passages.count + shares - 1) / max(1, shares)
        let results = ShareResults(count: shares)
        DispatchQueue.concurrentPerform(iterations: shares) { share in
            var builder = IndexBuilder(analyzer: analyzer)
            for passage in passages[min(passages.count, share * size)..<min(passages.count, (share + 1) * size)] {
                builder.add(passage)
            }
            results.set(share, builder)
        }
        var joined = IndexBuilder(analyzer: analyzer)
        for share in 0..<shares { joined.append(results.get(share)) }
        return joined.finish()
    }

    /// The finished, immutable index content.
    public func finish() -> BuiltIndex {
        BuiltIndex(postings: postings, lengths: lengths, passages: passages, words: words)
    }
}

/// Per-share builders filled from several threads, each slot written once under a lock.
private final class ShareResults: @unchecked Sendable {
    private var slots: [IndexBuilder]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: IndexBuilder(), count: count) }

    func set(_ index: Int, _ builder: IndexBuilder) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = builder
    }

    func get(_ index: Int) -> IndexBuilder {
        lock.lock()
        defer { lock.unlock() }
        return slots[index]
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
