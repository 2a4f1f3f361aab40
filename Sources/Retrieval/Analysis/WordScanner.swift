import Foundation

/// Walks a text's UTF-8 bytes and hands out its words, folded, with their UTF-8 ranges.
///
/// ASCII, nearly all of an English collection, is classified and folded byte by byte; other
/// characters are decoded to scalars and folded through Foundation. No String is made per word:
/// the folded bytes are lent to the caller for the duration of one call.
enum WordScanner {
    /// Calls `body` with each folded word (its bytes and how many scalars they hold) and the
    /// word's range in `text`.
    static func scan(_ text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int, Range<Int>) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(64)
        var i = 0
        while i < text.count {
            let (first, firstWidth) = decode(text, at: i)
            guard isWordScalar(first) else {
                i += firstWidth
                continue
            }
            // The common case: a run of lower-case ASCII letters and digits ended by ASCII that
            // is not an apostrophe is its own folded form, lent without copying.
            var end = i
            while end < text.count, text[end] < 0x80, asciiFolds[Int(text[end])] == text[end] { end += 1 }
            if end > i, end == text.count || (text[end] < 0x80 && asciiFolds[Int(text[end])] == 0 && text[end] != UInt8(ascii: "'")) {
                body(UnsafeBufferPointer(rebasing: text[i..<end]), end - i, i..<end)
                i = end
                continue
            }
            let start = i
            var scalars = 0
            var previous = first
            word.removeAll(keepingCapacity: true)
            while i < text.count {
                let byte = text[i]
                if byte < 0x80, asciiFolds[Int(byte)] != 0 {
                    word.append(asciiFolds[Int(byte)])
                    scalars += 1
                    previous = Unicode.Scalar(byte)
                    i += 1
                    continue
                }
                let (c, width) = decode(text, at: i)
                if isWordScalar(c) {
                    scalars += fold(c, into: &word)
                } else if isApostrophe(c), i + width < text.count, isLetter(decode(text, at: i + width).scalar), isLetter(previous) {
                    word.append(UInt8(ascii: "'"))
                    scalars += 1
                } else {
                    break
                }
                previous = c
                i += width
            }
            word.withUnsafeBufferPointer { body($0, scalars, start..<i) }
        }
    }

    /// For each ASCII byte, its folded form when it belongs to a word, else 0.
    static let asciiFolds: [UInt8] = (0..<128).map { byte -> UInt8 in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt8(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return UInt8(byte) + 32
        default: return 0
        }
    }

    /// The scalar starting at byte `i` and its width; a malformed byte reads as U+FFFD, width 1.
    @inline(__always)
    static func decode(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = text[i]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard width > 0, i + width <= text.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (0xFF >> (width + 1))
        for k in 1..<width {
            let next = text[i + k]
            guard next & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}" || c == "\u{2018}" || c == "\u{02BC}"
    }

    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
        return c.properties.isAlphabetic
    }

    @inline(__always)
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9")
        }
        if c == "\u{00D7}" { return true }
        let p = c.properties
        return p.isAlphabetic || p.numericType == .decimal || p.generalCategory == .nonspacingMark
    }

    /// Appends the folded form of `c` (lower case, accents dropped, "×" as "x") and returns how
    /// many scalars that added.
    @inline(__always)
    static func fold(_ c: Unicode.Scalar, into word: inout [UInt8]) -> Int {
        if c.isASCII {
            let byte = UInt8(c.value)
            word.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            return 1
        }
        if c == "\u{00D7}" {
            word.append(UInt8(ascii: "x"))
            return 1
        }
        if c.properties.generalCategory == .nonspacingMark { return 0 }
        var added = 0
        for s in String(c).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        where s.properties.generalCategory != .nonspacingMark {
            word.append(contentsOf: String(s).utf8)
            added += 1
        }
        return added
    }
}
