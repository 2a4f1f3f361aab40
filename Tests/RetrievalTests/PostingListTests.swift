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
