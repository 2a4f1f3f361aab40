/// Splits a passage into sentences (the fragmenter): UTF-8 ranges of the passage, whitespace
/// trimmed, in order. A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or
/// brackets) followed by white space and a capital, a digit or an opening quote; at a line break;
/// or at the end. Abbreviations ("Dr.", "e.g.") and initials ("H.") do not end a sentence.
/// White space includes the no-break space that web text often puts after a full stop.
public struct SentenceSplitter: Sendable {
    static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "prof", "st", "vs", "etc", "e.g", "i.e", "eg", "ie", "jr", "sr",
        "no", "approx", "dept", "fig", "inc", "ltd", "co", "mt", "u.s", "a.m", "p.m",
    ]

    public init() {}

    public func sentences(in text: String) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\n") {
                append(start..<i, of: bytes, to: &result)
                start = i + 1
                i += 1
                continue
            }
            if let end = terminatorEnd(in: bytes, at: i) {
                if isBoundary(bytes, terminatorAt: i, end: end, sentenceStart: start) {
                    append(start..<end, of: bytes, to: &result)
                    start = end
                }
                i = end
                continue
            }
            i += 1
        }
        append(start..<bytes.count, of: bytes, to: &result)
        return result
    }

    /// When a terminator starts at `i`, the offset just past it and any closing quotes.
    private func terminatorEnd(in bytes: [UInt8], at i: Int) -> Int? {
        var j: Int
        switch bytes[i] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
            j = i + 1
        case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA6:
            j = i + 3
        default:
            return nil
        }
        while j < bytes.count {
            if [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "'"),
                UInt8(ascii: ")"), UInt8(ascii: "]")].contains(bytes[j]) {
                j += 1
            } else if j + 2 < bytes.count, bytes[j] == 0xE2, bytes[j + 1] == 0x80,
                      [0x9D, 0x99, 0xA6].contains(bytes[j + 2]) {
                j += 3
            } else {
                break
            }
        }
        return j
    }

    private func isBoundary(_ bytes: [UInt8], terminatorAt i: Int, end: Int, sentenceStart: Int) -> Bool {
        guard end < bytes.count else { return true }
        guard Self.spaceWidth(bytes, at: end) > 0 else { return false }
        var k = end
        while k < bytes.count, case let width = Self.spaceWidth(bytes, at: k), width > 0 { k += width }
        guard k < bytes.count else { return true }
        let next = bytes[k]
        let opensSentence = (next >= UInt8(ascii: "A") && next <= UInt8(ascii: "Z"))
            || (next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9"))
            || next == UInt8(ascii: "\"") || next == UInt8(ascii: "(") || next >= 0xC0
        guard opensSentence else { return false }
        if bytes[i] == UInt8(ascii: ".") {
            let word = previousWord(bytes, before: i, from: sentenceStart)
            if Self.abbreviations.contains(word) { return false }
            if word.count == 1, let c = word.first, c.isLetter, bytes[i - 1] >= UInt8(ascii: "A"), bytes[i - 1] <= UInt8(ascii: "Z") {
                return false
            }
        }
        return true
    }

    private func previousWord(_ bytes: [UInt8], before i: Int, from start: Int) -> String {
        var j = i
        while j > start, bytes[j - 1] != UInt8(ascii: " "), bytes[j - 1] != UInt8(ascii: "\n"),
              bytes[j - 1] != UInt8(ascii: "("), bytes[j - 1] != UInt8(ascii: "\""), bytes[j - 1] != 0xA0 {
            j -= 1
        }
        return String(decoding: bytes[j..<i], as: UTF8.self).lowercased()
    }

    private func append(_ range: Range<Int>, of bytes: [UInt8], to result: inout [Range<Int>]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, case let width = Self.spaceWidth(bytes, at: lower), width > 0 { lower += width }
        while upper > lower {
            if Self.isSpace(bytes[upper - 1]) {
                upper -= 1
            } else if upper - lower >= 2, bytes[upper - 2] == 0xC2, bytes[upper - 1] == 0xA0 {
                upper -= 2
            } else {
                break
            }
        }
        if lower < upper { result.append(lower..<upper) }
    }

    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    /// The length in bytes of the white space at `i`: 1 for an ASCII space, tab or line break,
    /// 2 for a no-break space (U+00A0), 0 for anything else.
    static func spaceWidth(_ bytes: [UInt8], at i: Int) -> Int {
        if isSpace(bytes[i]) { return 1 }
        return bytes[i] == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0 ? 2 : 0
    }
}
