import Foundation

/// Collects analysed passages into postings, lengths and the surface vocabulary, in memory.
///
/// Words are looked up by their folded bytes in a `WordTable`, each distinct word stemmed and
/// checked against the stop list once; terms are dense ids, and a passage's frequencies are
/// counted in a per-term array that is cleared after it, so the hot loop makes no Strings.
public struct IndexBuilder: Sendable {
    private let analyzer: Analyzer
    private(set) var lengths: [UInt32] = []
    private(set) var passages: [IndexablePassage] = []
    /// Folded word → word id; per word id its term id (−1 for a stop word) and body count.
    private var vocabulary = WordTable()
    private var wordTerms: [Int32] = []
    private var wordCounts: [UInt32] = []
    private var termIDs: [String: Int32] = [:]
    private var termNames: [String] = []
    private var termLists: [PostingList] = []
    /// Per-term scratch for the passage being added, and which terms it touched.
    private var frequencies: [UInt32] = []
    private var bonuses: [Double] = []
    private var touched: [Int32] = []
    /// Term ids of titles and headings already analysed (they repeat for every passage).
    private var fieldTerms: [String: [Int32]] = [:]

    public init(analyzer: Analyzer = Analyzer()) {
        self.analyzer = analyzer
    }

    /// Adds a passage and returns its id (ids count up from 0 in the order passages are added).
    @discardableResult
    public mutating func add(_ passage: IndexablePassage) -> Int {
        let id = UInt32(passages.count)
        passages.append(passage)
        var length: UInt32 = 0
        let analyzer = self.analyzer
        analyzer.forEachFoldedWord(in: passage.text) { bytes, _ in
            let word = wordID(bytes)
            let term = wordTerms[word]
            guard term >= 0 else { return }
            wordCounts[word] += 1
            length += 1
            if frequencies[Int(term)] == 0, bonuses[Int(term)] == 0 { touched.append(term) }
            frequencies[Int(term)] += 1
        }
        for field in passage.fields where field.bonus > 0 {
            for term in terms(ofField: field.text) {
                if frequencies[Int(term)] == 0, bonuses[Int(term)] == 0 { touched.append(term) }
                bonuses[Int(term)] += field.bonus
            }
        }
        for term in touched {
            let t = Int(term)
            let tenths = UInt8(min(Double(PostingList.maximumFieldBonus), (bonuses[t] * 10).rounded()))
            if frequencies[t] > 0 || tenths > 0 {
                termLists[t].append(passage: id, frequency: frequencies[t], fieldBonus: tenths)
            }
            frequencies[t] = 0
            bonuses[t] = 0
        }
        touched.removeAll(keepingCapacity: true)
        lengths.append(length)
        return Int(id)
    }

    /// The word id of folded `bytes`, stemming and classifying the word when first seen.
    private mutating func wordID(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let (word, isNew) = vocabulary.id(of: bytes)
        if isNew {
            let text = String(decoding: bytes, as: UTF8.self)
            let stem = analyzer.stem(text)
            wordTerms.append(analyzer.isStopWord(text, stem: stem) ? -1 : termID(stem))
            wordCounts.append(0)
        }
        return word
    }

    private mutating func termID(_ term: String) -> Int32 {
        if let id = termIDs[term] { return id }
        let id = Int32(termNames.count)
        termIDs[term] = id
        termNames.append(term)
        termLists.append(PostingList())
        frequencies.append(0)
        bonuses.append(0)
        return id
    }

    /// The distinct content terms of a title or heading.
    private mutating func terms(ofField text: String) -> [Int32] {
        if let known = fieldTerms[text] { return known }
        var found: [Int32] = []
        let analyzer = self.analyzer
        analyzer.forEachFoldedWord(in: text) { bytes, _ in
            let term = wordTerms[wordID(bytes)]
            if term >= 0, !found.contains(term) { found.append(term) }
        }
        fieldTerms[text] = found
        return found
    }

    /// Adds everything `other` collected after this builder's passages, as if its passages had
    /// been added here in the same order.
    public mutating func append(_ other: IndexBuilder) {
        let offset = UInt32(passages.count)
        passages += other.passages
        lengths += other.lengths
        let mapped = other.termNames.map { termID($0) }
        for (local, list) in other.termLists.enumerated() {
            termLists[Int(mapped[local])].append(contentsOf: list, offset: offset)
        }
        for word in 0..<other.vocabulary.count {
            let (id, isNew) = other.vocabulary.withKey(word) { vocabulary.id(of: $0) }
            if isNew {
                wordTerms.append(other.wordTerms[word] < 0 ? -1 : mapped[Int(other.wordTerms[word])])
                wordCounts.append(0)
            }
            wordCounts[id] += other.wordCounts[word]
        }
    }

    /// Builds the index of `passages` (ids in array order) on up to `workers` threads: each
    /// analyses a contiguous share into its own builder, and the shares are joined in order,
    /// so the result equals adding the passages one by one.
    ///
    /// `progress`, when given, is called from the workers with the number of passages analysed
    /// so far, every `progressStep` passages.
    public static func build(_ passages: [IndexablePassage], workers: Int, analyzer: Analyzer = Analyzer(),
                             progress: (@Sendable (Int) -> Void)? = nil) -> BuiltIndex {
        let shares = max(1, min(workers, passages.count / 2_000 + 1))
        let size = (passages.count + shares - 1) / max(1, shares)
        let results = ParallelResults<IndexBuilder>(count: shares)
        DispatchQueue.concurrentPerform(iterations: shares) { share in
            var builder = IndexBuilder(analyzer: analyzer)
            for passage in passages[min(passages.count, share * size)..<min(passages.count, (share + 1) * size)] {
                if builder.passages.count % progressStep == progressStep - 1, let progress { progress(results.advance(by: progressStep)) }
                builder.add(passage)
            }
            results.set(share, builder)
        }
        let built = results.values
        var joined = built[0]
        for share in built.dropFirst() { joined.append(share) }
        return joined.finish()
    }

    /// The finished, immutable index content, terms in sorted order.
    public func finish() -> BuiltIndex {
        let order = termNames.indices.filter { termLists[$0].count > 0 }.sorted { termNames[$0] < termNames[$1] }
        var words: [String: UInt32] = [:]
        words.reserveCapacity(vocabulary.count)
        for word in 0..<vocabulary.count where wordCounts[word] > 0 { words[vocabulary.key(word)] = wordCounts[word] }
        return BuiltIndex(terms: order.map { termNames[$0] }, postings: order.map { termLists[$0] },
                          lengths: lengths, passages: passages, words: words)
    }

    /// How many passages a worker analyses between two progress reports.
    static let progressStep = 1_024
}

/// An index as built in memory, ready to be written to a store.
public struct BuiltIndex: Sendable {
    /// Every term, sorted; `postings[i]` belongs to `terms[i]`.
    public let terms: [String]
    public let postings: [PostingList]
    public let lengths: [UInt32]
    public let passages: [IndexablePassage]
    public let words: [String: UInt32]

    public var passageCount: Int { lengths.count }
    public var termCount: Int { terms.count }
}
