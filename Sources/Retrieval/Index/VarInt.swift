/// LEB128 variable-length integers: the compact encoding of postings (and of the counts in
/// the assistant's cached rules).
public enum VarInt {
    public static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// Reads one integer at `offset` and advances it; nil when the bytes end or run too long.
    public static func read(_ bytes: UnsafeRawBufferPointer, at offset: inout Int) -> UInt32? {
        var result: UInt32 = 0
        var shift: UInt32 = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            result |= UInt32(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
            if shift > 28 { return nil }
        }
        return nil
    }
}
