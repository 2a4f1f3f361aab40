/// The passages a term occurs in, sorted by passage id, with the term's frequency in the body of
/// each and the bonus it earns there by standing in a title or heading (in tenths, 0…31).
public struct PostingList: Sendable, Equatable {
    public private(set) var passages: [UInt32] = []
    public private(set) var frequencies: [UInt32] = []
    public private(set) var fieldBonuses: [UInt8] = []

    /// Largest field bonus a posting can carry, in tenths.
    public static let maximumFieldBonus: UInt8 = 31

    public init() {}

    public var count: Int { passages.count }

    /// Appends a posting; `passage` must be greater than the last one.
    mutating func append(passage: UInt32, frequency: UInt32, fieldBonus: UInt8) {
        passages.append(passage)
        frequencies.append(frequency)
        fieldBonuses.append(min(fieldBonus, Self.maximumFieldBonus))
    }

    /// Appends all of `other`, whose passage ids are shifted by `offset` (they must then come
    /// after this list's last passage).
    mutating func append(contentsOf other: PostingList, offset: UInt32) {
        passages.append(contentsOf: other.passages.lazy.map { $0 + offset })
        frequencies.append(contentsOf: other.frequencies)
        fieldBonuses.append(contentsOf: other.fieldBonuses)
    }

    /// Delta-encoded varints: the gap, then frequency × 32 + field bonus.
    public func encoded() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(passages.count * 2)
        var previous: UInt32 = 0
        for (i, passage) in passages.enumerated() {
            VarInt.append(passage - previous, to: &bytes)
            VarInt.append(frequencies[i] << 5 | UInt32(fieldBonuses[i]), to: &bytes)
            previous = passage
        }
        return bytes
    }

    /// Decodes what `encoded()` wrote; nil when the bytes are not a valid posting list.
    public static func decode(_ bytes: [UInt8], passageCount: Int) -> PostingList? {
        bytes.withUnsafeBytes { raw in
            var list = PostingList()
            var offset = 0
            var previous: UInt32 = 0
            while offset < raw.count {
                guard let gap = VarInt.read(raw, at: &offset), let packed = VarInt.read(raw, at: &offset) else {
                    return nil
                }
                let (passage, overflow) = previous.addingReportingOverflow(gap)
                let ordered = list.passages.isEmpty || gap > 0
                guard !overflow, ordered, Int(passage) < passageCount, packed > 0 else { return nil }
                list.passages.append(passage)
                list.frequencies.append(packed >> 5)
                list.fieldBonuses.append(UInt8(packed & 31))
                previous = passage
            }
            return list
        }
    }

    /// The largest weight this term has in any of its passages: its score's upper bound, once
    /// multiplied by idf and query weight (stored with the term for top-k pruning).
    public func maximumWeight(_ scoring: Scoring, lengths: [UInt32]) -> Double {
        var best = 0.0
        for i in passages.indices {
            let length = Int(passages[i]) < lengths.count ? lengths[Int(passages[i])] : 0
            best = max(best, scoring.termWeight(frequency: frequencies[i], fieldBonus: fieldBonuses[i], length: length))
        }
        return best
    }
}
