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
        var searchStart = text.startIndex
        while let open = text[searchStart...].firstIndex(of: "("),
              let close = text[open...].firstIndex(of: ")") {
            searchStart = text.index(after: open)
            let inside = text[text.index(after: open)..<close]
            guard lengths.contains(inside.count), inside.allSatisfy({ $0.isASCII && $0.isUppercase }) else { continue }
            var words: [String] = []
            let window = text[..<open].suffix(Self.lookBehind)
            analyzer.forEachWord(in: String(window)) { word, _ in words.append(word) }
            let letters = inside.lowercased().map { $0 }
            guard words.count >= letters.count else { continue }
            let phrase = Array(words.suffix(letters.count))
            guard zip(phrase, letters).allSatisfy({ $0.0.first == $0.1 }) else { continue }
            let line = inside.lowercased() + " | " + phrase.joined(separator: " ")
            if !found.contains(line) { found.append(line) }
        }
        return found
    }
}
