import Foundation
import Retrieval

/// Finds acronyms that the articles define, as in "whole body vibration therapy (WBVT)", so a
/// question using either form finds passages that use the other. Run at index time; the pairs
/// are stored with the index and join the lexicon at query time.
public enum AcronymHarvester {
    /// Acronyms are 2 to 8 capital letters in parentheses.
    static let lengths = 2...8
    /// How far before the parenthesis the defining words are looked for (eight long words).
    static let lookBehind = 160

    /// Lexicon lines ("wbvt | whole body vibration therapy") for the acronyms defined in `text`.
    public static func definitions(in text: String, analyzer: Analyzer = Analyzer()) -> [String] {
        var found: [String] = []
        let bytes = Array(text.utf8)
        var open = 0
        while let start = bytes[open...].firstIndex(of: UInt8(ascii: "(")) {
            open = start + 1
            var end = open
            while end < bytes.count, end - open <= lengths.upperBound, bytes[end] >= 0x41, bytes[end] <= 0x5A { end += 1 }
            guard end < bytes.count, bytes[end] == UInt8(ascii: ")"), lengths.contains(end - open) else { continue }
            var words: [String] = []
            let window = String(decoding: bytes[max(0, start - lookBehind * 2)..<start], as: UTF8.self).suffix(lookBehind)
            analyzer.forEachWord(in: String(window)) { word, _ in words.append(word) }
            let acronym = String(decoding: bytes[open..<end], as: UTF8.self).lowercased()
            let letters = Array(acronym)
            guard words.count >= letters.count else { continue }
            let phrase = Array(words.suffix(letters.count))
            guard zip(phrase, letters).allSatisfy({ $0.0.first == $0.1 }) else { continue }
            let line = acronym + " | " + phrase.joined(separator: " ")
            if !found.contains(line) { found.append(line) }
        }
        return found
    }
}
