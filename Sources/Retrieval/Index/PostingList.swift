/// The passages a term occurs in, sorted by passage id, with the term's frequency in the body of
/// each and the bonus it earns there by standing in a title or heading (in tenths, 0…31).
public struct PostingList: Sendable, Equatable {
    public private(set) var passages: [UInt32] = []
    /// Per posting, frequency × 32 + field bonus: the form it is stored in.
    private(set) var packed: [UInt32] = []

    /// Largest field bonus a posting can carry, in tenths.
    public static let maximumFieldBonus: UInt8 = 31

    public init() {}

    public var count: Int { passages.count }

    /// How often the term occurs in the body of the passage at position `i`.
    @inline(__always)
    public func frequency(at i: Int) -> UInt32 { packed[i] >> 5 }

    /// The title or heading bonus, in tenths, of the passage at position `i`.
    @inline(__always)
    public func fieldBonus(at i: Int) -> UInt8 { UInt8(truncatingIfNeeded: packed[i] & 31) }

    /// Appends a posting; `passage` must be greater than the last one.
    mutating func append(passage: UInt32, frequency: UInt32, fieldBonus: UInt8) {
        passages.append(passage)
        packed.append(frequency << 5 | UInt32(min(fieldBonus, Self.maximumFieldBonus)))
    }

    /// Appends all of `other`, whose passage ids are shifted by `offset` (they must then come
    /// after this list's last passage).
    mutating func append(contentsOf other: PostingList, offset: UInt32) {
        passages.append(contentsOf: other.passages.lazy.map { $0 + offset })
        packed.append(contentsOf: other.packed)
    }

    /// The list without the postings of `passages`.
    func removing(_ passages: Set<UInt32>) -> PostingList {
        guard !passages.isEmpty else { return self }
        var kept = PostingList()
        for i in self.passages.indices where !passages.contains(self.passages[i]) {
            kept.passages.append(self.passages[i])
            kept.packed.append(packed[i])
        }
        return kept
    }

    /// Delta-encoded varints: the gap, then frequency × 32 + field bonus.
    public func encoded() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(passages.count * 3)
        var previous: UInt32 = 0
        for (i, passage) in passages.enumerated() {
            VarInt.append(passage - previous, to: &bytes)
            VarInt.append(packed[i], to: &bytes)
            previous = passage
        }
        return bytes
    }

    /// Decodes what `encoded()` wrote; nil when the bytes are not a valid posting list.
    public static func decode(_ bytes: [UInt8], passageCount: Int) -> PostingList? {
        bytes.withUnsafeBytes { decode($0, passageCount: passageCount) }
    }

    /// Decodes stored bytes (through the decoder searches use); nil when they are not a valid
    /// posting list of `expectedCount` postings (when given) over `passageCount` passages.
    public static func decode(_ raw: UnsafeRawBufferPointer, passageCount: Int, expectedCount: Int? = nil) -> PostingList? {
        guard let decoded = DecodedPostings.decode(raw, passageCount: passageCount, expectedCount: expectedCount) else { return nil }
        var list = PostingList()
        list.passages = Array(decoded.passages)
        list.packed = Array(decoded.packed)
        return list
    }

    /// The largest weight this term has in any of its passages: its score's upper bound, once
    /// multiplied by idf and query weight (stored with the term for top-k pruning).
    public func maximumWeight(_ scoring: Scoring, lengths: [UInt32]) -> Double {
        var best = 0.0
        for i in passages.indices {
            let length = Int(passages[i]) < lengths.count ? lengths[Int(passages[i])] : 0
            best = max(best, scoring.termWeight(frequency: frequency(at: i), fieldBonus: fieldBonus(at: i), length: length))
        }
        return best
    }
}
