/// One term's postings decoded for a query, in memory this object owns: passage ids and packed
/// frequency × 32 + bonus. Searching walks them through plain pointers, which stay valid as long
/// as the object lives: no array bounds, copies or reference counting in the inner loops.
final class DecodedPostings: @unchecked Sendable {
    let passages: UnsafeMutableBufferPointer<UInt32>
    let packed: UnsafeMutableBufferPointer<UInt32>

    var count: Int { passages.count }

    private init(passages: UnsafeMutableBufferPointer<UInt32>, packed: UnsafeMutableBufferPointer<UInt32>) {
        self.passages = passages
        self.packed = packed
    }

    deinit {
        passages.deallocate()
        packed.deallocate()
    }

    /// Decodes what `PostingList.encoded()` wrote; nil when the bytes are not a valid list over
    /// `passageCount` passage ids, or not of exactly `expectedCount` postings when that is given.
    static func decode(_ raw: UnsafeRawBufferPointer, passageCount: Int, expectedCount: Int? = nil) -> DecodedPostings? {
        // Every posting takes at least two bytes.
        let capacity = expectedCount ?? raw.count / 2
        guard capacity >= 0, capacity <= raw.count / 2 else { return nil }
        let passages = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: capacity)
        let packed = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: capacity)
        var offset = 0
        var previous: UInt32 = 0
        var n = 0
        var valid = true
        while offset < raw.count {
            guard n < capacity, let gap = VarInt.read(raw, at: &offset), let value = VarInt.read(raw, at: &offset) else {
                valid = false
                break
            }
            let (passage, overflow) = previous.addingReportingOverflow(gap)
            guard !overflow, n == 0 || gap > 0, Int(passage) < passageCount, value > 0 else {
                valid = false
                break
            }
            passages[n] = passage
            packed[n] = value
            previous = passage
            n += 1
        }
        guard valid, expectedCount.map({ $0 == n }) ?? true else {
            passages.deallocate()
            packed.deallocate()
            return nil
        }
        // The slices start where the allocations do, so deallocating them frees the whole.
        return DecodedPostings(passages: UnsafeMutableBufferPointer(rebasing: passages[..<n]),
                               packed: UnsafeMutableBufferPointer(rebasing: packed[..<n]))
    }

    /// The position of `passage`, or nil when the term is not in it.
    func position(of passage: UInt32) -> Int? {
        let i = DecodedPostings.seek(passage, in: passages, from: 0)
        return i < count && passages[i] == passage ? i : nil
    }

    /// The first position at or after `start` whose passage is at least `target` (galloping
    /// then binary search, so long skips cost a logarithm).
    @inline(__always)
    static func seek(_ target: UInt32, in passages: UnsafeMutableBufferPointer<UInt32>, from start: Int) -> Int {
        guard start < passages.count, passages[start] < target else { return start }
        var step = 1
        var low = start
        var high = start + 1
        while high < passages.count, passages[high] < target {
            low = high
            step *= 2
            high = min(passages.count, high + step)
        }
        high = min(high, passages.count)
        while low < high {
            let mid = (low + high) / 2
            if passages[mid] < target { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
