import Foundation
import Retrieval

/// Phrases matched against a question's analysed words, as maintainers write them in the
/// knowledge folder's safety files.
///
/// A phrase matches whole words in order after stemming ("kills myself" matches "kill myself");
/// `*` stands for up to three words. A question word also matches a phrase word it misspells
/// (one edit from 4 letters, two from 9: "kil", "suicdal"), because people in distress type
/// fast. Parts joined by `&` ("speech & slurred") match in any order within `unorderedSpan`
/// words ("his speech is slurred", "slurred speech"). A match right after a negation ("not",
/// "never", "no", "without") does not count, unless the phrase itself starts with one, so "I am
/// not suicidal" is not a crisis while "I don't want to live" is, nor after "can't stop" ("I
/// can't stop throwing up blood").
public struct PhraseList: Sendable {
    static let wildcardSpan = 3
    /// Only the first this many words are read (a screenful of text and more).
    public static let maximumWords = 2_000
    static let negations: Set<String> = ["not", "never", "no", "without", "n't"]

    /// One word of a phrase: its stem, and the word as written (misspellings are measured
    /// against the written word: "suicdal" is one letter from "suicidal", not from "suicid").
    struct Word: Sendable {
        let stem: String
        let written: String
        /// The written word without apostrophes ("can't" and "cant" both give "cant").
        let bare: String
        /// The written word's scalars, for edit distances (worked out once, not per comparison).
        let scalars: [Unicode.Scalar]
        /// True for a function word as typed: never taken as a misspelling.
        let isFunctionWord: Bool

        init(stem: String, written: String) {
            self.stem = stem
            self.written = written
            bare = written.contains("'") ? written.filter { $0 != "'" } : written
            scalars = Array(written.unicodeScalars)
            isFunctionWord = StopWords.contains(written)
        }

        var isWildcard: Bool { stem == "*" }
    }

    /// The analysed phrases, with their text as written.
    let phrases: [(text: String, words: [Word])]
    /// The phrases whose parts match in any order, each part its words.
    let unordered: [(text: String, parts: [[Word]])]
    /// Parts of an unordered phrase all stand within this many words.
    static let unorderedSpan = 8
    private let analyzer: Analyzer

    public init(lines: [String], analyzer: Analyzer = Analyzer()) {
        self.analyzer = analyzer
        func words(_ text: Substring) -> [Word] {
            text.split(separator: " ").flatMap { part -> [Word] in
                part == "*" ? [Word(stem: "*", written: "*")] : analyzer.tokens(String(part)).map { Word(stem: $0.term, written: $0.word) }
            }
        }
        phrases = lines.filter { !$0.contains("&") }.compactMap { line in
            let found = words(line[...])
            return found.isEmpty ? nil : (line, found)
        }
        unordered = lines.filter { $0.contains("&") }.compactMap { line in
            let parts = line.split(separator: "&").map(words)
            return parts.count < 2 || parts.contains(where: \.isEmpty) ? nil : (line, parts)
        }
    }

    /// The phrases of a maintainer file in `directory` (one a line; blank and `#` lines
    /// skipped); none when there is no such file.
    public static func load(named name: String, in directory: URL) -> PhraseList {
        let lines = (KnowledgeBase.optionalText(named: name, in: directory) ?? "").split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        return PhraseList(lines: lines)
    }

    public var isEmpty: Bool { phrases.isEmpty && unordered.isEmpty }

    /// The first phrase found in `question`, as written in the file.
    public func firstMatch(in question: String) -> String? {
        firstMatch(in: analyzer.tokens(question))
    }

    /// The first phrase found in an already analysed question.
    public func firstMatch(in tokens: [Token]) -> String? {
        let words = tokens.prefix(Self.maximumWords).map { Word(stem: $0.term, written: $0.word) }
        let stems = words.map(\.stem)
        for phrase in phrases {
            for start in words.indices where matches(phrase.words[...], words[start...]) {
                if Self.negations.contains(phrase.words[0].stem) || !isNegated(stems, before: start) { return phrase.text }
            }
        }
        for phrase in unordered {
            for start in words.indices {
                let window = words[start..<min(words.count, start + Self.unorderedSpan)]
                // The window opens on one of the parts, and every part is found in it, none negated.
                guard phrase.parts.contains(where: { matches($0[...], window) }) else { continue }
                let found = phrase.parts.allSatisfy { part in
                    window.indices.contains { at in matches(part[...], words[at..<window.endIndex]) && !isNegated(stems, before: at) }
                }
                if found { return phrase.text }
            }
        }
        return nil
    }

    /// Words that turn a negation before them into insistence: "I can't stop bleeding" says
    /// the bleeding goes on.
    static let persisting: Set<String> = ["stop", "quit", "help"]

    /// True when one of the two words before `index` is a negation (not one of "can't stop").
    private func isNegated(_ words: [String], before index: Int) -> Bool {
        (max(0, index - 2)..<index).contains { i in
            (Self.negations.contains(words[i]) || words[i].hasSuffix("n't")) && !(i + 1 < index && Self.persisting.contains(words[i + 1]))
        }
    }

    private func matches(_ phrase: ArraySlice<Word>, _ words: ArraySlice<Word>) -> Bool {
        guard let first = phrase.first else { return true }
        if first.isWildcard {
            return (0...Self.wildcardSpan).contains { skip in
                skip <= words.count && matches(phrase.dropFirst(), words.dropFirst(skip))
            }
        }
        guard let word = words.first, Self.sameWord(word, first) else { return false }
        return matches(phrase.dropFirst(), words.dropFirst())
    }

    /// Equal stems, or a misspelling of a long enough word. A function word as typed is taken
    /// as itself, never as a misspelling ("what does" is not "what dose").
    static func sameWord(_ typed: Word, _ phrase: Word) -> Bool {
        if typed.stem == phrase.stem { return true }
        // "cant" is "can't" typed without its apostrophe.
        if typed.bare == phrase.bare { return true }
        guard !typed.isFunctionWord else { return false }
        let length = max(typed.scalars.count, phrase.scalars.count)
        guard length >= minimumFuzzyLength else { return false }
        let limit = length >= twoEditLength ? 2 : 1
        guard abs(typed.scalars.count - phrase.scalars.count) <= limit else { return false }
        return SpellingCorrector.editDistance(typed.scalars, phrase.scalars, limit: limit) <= limit
    }

    /// Words this long (in the longer spelling) match with one wrong letter: "kil" for "kill".
    static let minimumFuzzyLength = 4
    /// Words this long match with two.
    static let twoEditLength = 9
}
