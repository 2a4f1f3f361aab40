import Foundation

/// Walks a text and yields its words, folded, with their UTF-8 ranges.
struct WordScanner {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var offset = 0

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// The next word and its range, or nil at the end of the text.
    mutating func next() -> (String, Range<Int>)? {
        while index < scalars.count, !Self.isWordScalar(scalars[index]) {
            offset += UTF8.width(scalars[index])
            index += 1
        }
        guard index < scalars.count else { return nil }
        let start = offset
        var word = String.UnicodeScalarView()
        while index < scalars.count {
            let c = scalars[index]
            if Self.isWordScalar(c) {
                Self.fold(c, into: &word)
            } else if Self.isApostrophe(c), index + 1 < scalars.count, Self.isLetter(scalars[index + 1]),
                      index > 0, Self.isLetter(scalars[index - 1]) {
                word.append("'")
            } else {
                break
            }
            offset += UTF8.width(c)
            index += 1
        }
        return (String(word), start..<offset)
    }

    static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}" || c == "\u{2018}" || c == "\u{02BC}"
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
        return c.properties.isAlphabetic
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9")
        }
        if c == "\u{00D7}" { return true }
        let p = c.properties
        return p.isAlphabetic || p.numericType == .decimal || p.generalCategory == .nonspacingMark
    }

    /// Appends the folded form of `c`: lower case, accents dropped, "×" as "x".
    static func fold(_ c: Unicode.Scalar, into word: inout String.UnicodeScalarView) {
        if c.isASCII {
            word.append(c >= "A" && c <= "Z" ? Unicode.Scalar(c.value + 32) ?? c : c)
            return
        }
        if c == "\u{00D7}" { word.append("x"); return }
        if c.properties.generalCategory == .nonspacingMark { return }
        let lowered = String(c).lowercased().decomposedStringWithCanonicalMapping
        for s in lowered.unicodeScalars where s.properties.generalCategory != .nonspacingMark {
            word.append(s)
        }
    }
}
