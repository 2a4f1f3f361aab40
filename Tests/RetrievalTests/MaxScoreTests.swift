import Foundation
import TestSupport
import Testing
@testable import Retrieval

/// MaxScore must return exactly what scoring every passage returns: the same passages, the
/// same scores, the same order, ties broken by passage id.
@Suite struct MaxScoreTests {
    /// A seeded generator, so a failure can be replayed.
    struct Seeded {
        var random: SplitMix64
        init(state: UInt64) { random = SplitMix64(seed: state) }
        mutating func below(_ n: Int) -> Int { random.below(n) }
        /// Roughly Zipf-distributed ranks: a few words are everywhere, most are rare.
        mutating func zipf(_ n: Int) -> Int { min(n - 1, Int(Double(n) * pow(Double(random.next() % 1_000_000) / 1_000_000, 3))) }
    }

    static let vocabulary = (0..<600).map { "w\($0)x" }

    static let reader: Result<IndexReader, Error> = Result {
        var random = Seeded(state: 7)
        var texts: [String] = []
        var fields: [[WeightedField]] = []
        for _ in 0..<3_000 {
            let length = 3 + random.below(60)
            texts.append((0..<length).map { _ in vocabulary[random.zipf(vocabulary.count)] }.joined(separator: " "))
            fields.append(random.below(4) == 0 ? [WeightedField(text: vocabulary[random.zipf(50)], bonus: 1.5)] : [])
        }
        // Identical passages make exact ties, which must be ordered by passage id.
        texts += Array(repeating: "w1x w2x w3x", count: 20)
        fields += Array(repeating: [], count: 20)
        return try TestIndex.make(texts, fields: fields)
    }

    @Test func prunedTopKEqualsExhaustiveTopKOnRandomQueries() throws {
        let searcher = Searcher(reader: try Self.reader.get())
        var random = Seeded(state: 2_026)
        var compared = 0
        for _ in 0..<400 {
            let terms = (0..<(1 + random.below(6))).map { _ -> QueryTerm in
                let word = random.below(12) == 0 ? "unknown\(random.below(5))" : Self.vocabulary[random.zipf(Self.vocabulary.count)]
                return QueryTerm(term: word, weight: [1, 0.9, 0.5, 0.7][random.below(4)])
            }
            let k = [1, 3, 10, 12, 40][random.below(5)]
            let pruned = try searcher.search(terms, limit: k)
            let exhaustive = try searcher.exhaustiveSearch(terms, limit: k)
            #expect(pruned.map(\.passage) == exhaustive.map(\.passage), "\(terms.map(\.term)) k=\(k)")
            #expect(pruned.map(\.score) == exhaustive.map(\.score), "\(terms.map(\.term)) k=\(k)")
            compared += 1
        }
        #expect(compared == 400)
    }

    @Test func exactTiesAreOrderedByPassageId() throws {
        let searcher = Searcher(reader: try Self.reader.get())
        let query = ["w1x", "w2x", "w3x"].map { QueryTerm(term: $0) }
        let hits = try searcher.search(query, limit: 50)
        #expect(hits == (try searcher.exhaustiveSearch(query, limit: 50)))
        for (a, b) in zip(hits, hits.dropFirst()) {
            #expect(a.score > b.score || (a.score == b.score && a.passage < b.passage))
        }
    }

    @Test func seekFindsTheFirstPassageAtOrAfterTheTarget() {
        let passages: [UInt32] = [2, 4, 4, 9, 15, 30, 31, 100]
        let buffer = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: passages.count)
        defer { buffer.deallocate() }
        _ = buffer.initialize(from: passages)
        #expect(DecodedPostings.seek(0, in: buffer, from: 0) == 0)
        #expect(DecodedPostings.seek(4, in: buffer, from: 0) == 1)
        #expect(DecodedPostings.seek(10, in: buffer, from: 2) == 4)
        #expect(DecodedPostings.seek(100, in: buffer, from: 0) == 7)
        #expect(DecodedPostings.seek(101, in: buffer, from: 3) == 8)
        #expect(DecodedPostings.seek(3, in: buffer, from: 5) == 5)
    }

    @Test func decodingForSearchAgreesWithThePostingListAndRejectsDamage() {
        var list = PostingList()
        for (i, passage) in [3, 7, 8, 500, 70_000].enumerated() {
            list.append(passage: UInt32(passage), frequency: UInt32(i + 1), fieldBonus: UInt8(i * 3))
        }
        let bytes = list.encoded()
        let decoded = bytes.withUnsafeBytes { DecodedPostings.decode($0, passageCount: 70_001, expectedCount: 5) }
        #expect(decoded.map { Array($0.passages) } == list.passages)
        #expect(decoded.map { postings in (0..<5).map { postings.packed[$0] >> 5 } } == (0..<5).map { list.frequency(at: $0) })
        #expect(decoded?.position(of: 500) == 3)
        #expect(decoded?.position(of: 501) == nil)
        #expect(bytes.withUnsafeBytes { DecodedPostings.decode($0, passageCount: 70_001, expectedCount: 4) } == nil)
        #expect(bytes.withUnsafeBytes { DecodedPostings.decode($0, passageCount: 600, expectedCount: 5) } == nil)
        #expect([UInt8]([0x80]).withUnsafeBytes { DecodedPostings.decode($0, passageCount: 10, expectedCount: 0) } == nil)
    }
}
