import Retrieval

/// Writes compiled rules as a flat run of bytes: counts as LEB128 (`VarInt`), and strings as
/// a length then their UTF-8 bytes. Decoding such bytes is a copy per string, where parsing
/// the maintainers' files again means analysing and stemming every word of them.
struct RuleWriter {
    private(set) var bytes: [UInt8] = []

    mutating func count(_ value: Int) {
        VarInt.append(UInt32(clamping: value), to: &bytes)
    }

    mutating func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        let utf8 = value.utf8
        count(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    mutating func strings(_ values: [String]) {
        list(values) { $0.string($1) }
    }

    mutating func counts(_ values: [Int]) {
        list(values) { $0.count($1) }
    }

    /// A count, then each of `values` written by `element` (`RuleReader.list` reads them back).
    mutating func list<T>(_ values: [T], _ element: (inout RuleWriter, T) -> Void) {
        count(values.count)
        for value in values { element(&self, value) }
    }
}

/// Reads what `RuleWriter` wrote; every read checks the bytes left, so damaged bytes throw
/// `RuleBytesError` instead of trapping.
struct RuleReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    /// Bytes not read yet (a bound on how many elements a count may announce).
    var remaining: Int { bytes.count - offset }

    mutating func count() throws -> Int {
        var position = offset
        guard let value = bytes.withUnsafeBytes({ VarInt.read($0, at: &position) }), value <= UInt32(Int32.max) else {
            throw RuleBytesError()
        }
        offset = position
        return Int(value)
    }

    /// A count used as an index into something of `limit` elements.
    mutating func index(below limit: Int) throws -> Int {
        let value = try count()
        guard value < limit else { throw RuleBytesError() }
        return value
    }

    mutating func flag() throws -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw RuleBytesError() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    mutating func string() throws -> String {
        let length = try count()
        guard length <= remaining else { throw RuleBytesError() }
        defer { offset += length }
        return String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
    }

    mutating func strings() throws -> [String] {
        try list { try $0.string() }
    }

    mutating func counts() throws -> [Int] {
        try list { try $0.count() }
    }

    /// A count, then that many elements read by `element`; the count is checked against the
    /// bytes left (each element takes one byte at least), so a damaged count cannot ask for
    /// a huge array.
    mutating func list<T>(_ element: (inout RuleReader) throws -> T) throws -> [T] {
        let number = try count()
        guard number <= remaining else { throw RuleBytesError() }
        var result: [T] = []
        result.reserveCapacity(number)
        for _ in 0..<number { result.append(try element(&self)) }
        return result
    }
}

/// Cached rule bytes that do not decode: the rules are compiled from their files instead.
struct RuleBytesError: Error {}
