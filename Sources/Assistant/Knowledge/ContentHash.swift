/// A 64-bit FNV-1a digest of file contents, in hex: enough to notice that a knowledge file
/// changed (it is a change detector, not a defence against deliberate collisions).
enum ContentHash {
    static func hex<C: Sequence>(_ bytes: C) -> String where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
