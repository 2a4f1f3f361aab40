/// The passages a term occurs in, sorted by passage id, with the term's weighted frequency in each.
public struct PostingList: Sendable, Equatable {
    public private(set) var passages: [UInt32] = []
    public private(set) var frequencies: [UInt32] = []

    public init() {}

    public var count: Int { passages.count }

    /// Adds an occurrence weight for `passage`, which must be the last or a later passage.
    mutating func add(passage: UInt32, weight: UInt32) {
        if passages.last == passage {
            frequencies[frequencies.count - 1] += weight
        } else {
            passages.append(passage)
            frequencies.append(weight)
        }
    }

    /// Delta-encoded varints: (gap, frequency) pairs.
    public func encoded() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(passages.count * 2)
        var previous: UInt32 = 0
        for (i, passage) in passages.enumerated() {
            VarInt.append(passage - previous, to: &bytes)
            VarInt.append(frequencies[i], to: &bytes)
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
                guard let gap = VarInt.read(raw, at: &offset), let frequency = VarInt.read(raw, at: &offset) else {
                    return nil
                }
                let (passage, overflow) = previous.addingReportingOverflow(gap)
                let ordered = list.passages.isEmpty || gap > 0
                guard !overflow, ordered, Int(passage) < passageCount, frequency > 0 else { return nil }
                list.passages.append(passage)
                list.frequencies.append(frequency)
                previous = passage
            }
            return list
        }
    }
}
