import Foundation
import Testing
@testable import Retrieval

@Suite struct PostingListTests {
    @Test func roundTripsThroughItsEncoding() {
        var list = PostingList()
        list.append(passage: 0, frequency: 1, fieldBonus: 0)
        list.append(passage: 7, frequency: 300, fieldBonus: 15)
        list.append(passage: 100_000, frequency: 0, fieldBonus: 4)
        #expect(PostingList.decode(list.encoded(), passageCount: 100_001) == list)
    }

    @Test func rejectsDamagedBytes() {
        #expect(PostingList.decode([0x80], passageCount: 10) == nil)
        #expect(PostingList.decode([5, 32], passageCount: 3) == nil)
        #expect(PostingList.decode([1, 32, 0, 32], passageCount: 10) == nil)
    }
}

@Suite struct ParallelBuildTests {
    @Test func buildingOnSeveralThreadsEqualsAddingOneByOne() {
        var random = MaxScoreTests.Seeded(state: 11)
        let passages = (0..<5_000).map { i in
            IndexablePassage(source: i / 10, section: nil,
                             text: (0..<(2 + random.below(30))).map { _ in MaxScoreTests.vocabulary[random.zipf(600)] }.joined(separator: " "),
                             fields: i % 7 == 0 ? [WeightedField(text: "w1x heading", bonus: 1.5)] : [])
        }
        var sequential = IndexBuilder()
        for passage in passages { sequential.add(passage) }
        let one = sequential.finish()
        let parallel = IndexBuilder.build(passages, workers: 2)
        #expect(parallel.terms == one.terms)
        #expect(parallel.postings == one.postings)
        #expect(parallel.lengths == one.lengths)
        #expect(parallel.words == one.words)
        #expect(parallel.passages.map(\.text) == one.passages.map(\.text))
    }
}

@Suite struct WordCountsTests {
    @Test func theVocabularyBlobRoundTripsAndRejectsDamage() {
        let words: [String: UInt32] = ["pain": 12, "don't": 1, "naïve": 3, "8x8": 2]
        #expect(WordCounts.decode(WordCounts.encode(words)) == words)
        #expect(String(decoding: WordCounts.encode(["b": 1, "a": 2]), as: UTF8.self) == "a\t2\nb\t1\n")
        #expect(WordCounts.decode(Data("pain\tmany\n".utf8)) == nil)
        #expect(WordCounts.decode(Data("no tab\n".utf8)) == nil)
    }
}
