import Foundation
import Retrieval

/// Phrases matched against a question's analysed words, as maintainers write them in the
/// knowledge folder's safety files.
///
/// A phrase matches whole words in order after stemming ("kills myself" matches "kill myself");
/// `*` stands for up to three words. A question word also matches a phrase word it misspells
/// (one edit from 4 letters, two from 9: "kil", "suicdal"), because people in distress type
/// fast, but only a word the caller does not know as a word of its own: "rash" is not a
/// misspelled "gash", nor "nose" "noose". Parts joined by `&` ("speech & slurred") match in any
/// order, all starting within `unorderedSpan` words ("his speech is slurred", "slurred
/// speech"). A match right after a negation ("not", "never", "no", "without") does not count,
/// unless the phrase itself starts with one, so "I am not suicidal" is not a crisis while "I
/// don't want to live" is, nor after "can't stop" ("I can't stop throwing up blood"), nor
/// after a question turned round ("isn't everyone better off if I just end it").
///
/// A word class names a family of wordings once: `@intent = want to | going to | ready to`
/// defines `@intent`, and the phrase `@intent & end it all` then matches "I'm ready to end it
/// all" as well as "I want to end it all". An alternative may use `*`; classes do not nest.
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
    }

    /// One step of a compiled phrase: a word (by its place in `words`), up to three words of
    /// anything, or one wording of a class (by its place in `classes`).
    enum Element: Sendable {
        case word(Int)
        case wildcard
        case wordClass(Int)
    }

    /// A phrase marked `report:` counts only in a clause that tells what is happening ("my son
    /// is having a seizure"), not in one asking about a subject ("can ketamine cause seizures").
    static let reportPrefix = "report:"

    /// The line without its `report:` mark, and whether it had one.
    static func reportMark(_ line: String) -> (Substring, Bool) {
        guard line.lowercased().hasPrefix(reportPrefix) else { return (line[...], false) }
        return (line.dropFirst(reportPrefix.count).drop(while: \.isWhitespace), true)
    }

    /// A phrase marked `alone:` counts only as the whole question, small words, a greeting or
    /// "please" aside ("heart attack", "is it a heart attack", "help, stroke"), not inside one
    /// ("does donating blood lower the risk of heart attacks"). It is made of plain words (no
    /// `*`, `&` or class).
    static let alonePrefix = "alone:"

    /// The words of an `alone:` line (nil for any other line, or one with more than plain words).
    private static func aloneWords(_ line: String, _ plainElements: (Substring) -> [Element]) -> [Int]? {
        guard line.lowercased().hasPrefix(alonePrefix) else { return nil }
        let elements = plainElements(line.dropFirst(alonePrefix.count).drop(while: \.isWhitespace))
        let ids = elements.compactMap { element -> Int? in
            if case .word(let id) = element { return id }
            return nil
        }
        return ids.isEmpty || ids.count != elements.count ? nil : ids
    }

    /// A class definition line: `@name = wording | wording`.
    static func isClassDefinition(_ line: String) -> Bool {
        line.hasPrefix("@") && line.contains("=")
    }

    /// Every distinct word of every phrase and class, each compared once per question word.
    let words: [Word]
    /// Each class's wordings.
    let classes: [[[Element]]]
    /// The phrases matched in order, with their text as written.
    let phrases: [(text: String, elements: [Element], reportOnly: Bool)]
    /// The phrases that must make up the whole question, each its words.
    let alone: [(text: String, words: [Int])]
    /// The phrases whose parts match in any order, each part its elements.
    let unordered: [(text: String, parts: [[Element]], reportOnly: Bool)]
    /// Parts of an unordered phrase all start within this many words.
    static let unorderedSpan = 10
    /// Class names used by a phrase but defined nowhere (such phrases never match).
    public let undefinedClasses: [String]
    private let analyzer: Analyzer

    /// `lines`: phrases and class definitions, in any order; `classLines`: more definitions
    /// (a file's classes, shared by all its sections).
    public init(lines: [String], classLines: [String] = [], analyzer: Analyzer = Analyzer()) {
        var words: [Word] = []
        var wordIDs: [String: Int] = [:]
        // Phrases repeat their words ("my", "pills"): each written word is analysed once.
        var analysed: [Substring: [Element]] = [:]
        func plainElements(_ text: Substring) -> [Element] {
            text.split(separator: " ").flatMap { part -> [Element] in
                if part == "*" { return [.wildcard] }
                if let known = analysed[part] { return known }
                let found = analyzer.tokens(String(part)).map { token -> Element in
                    let key = token.term + " " + token.word
                    if let id = wordIDs[key] { return .word(id) }
                    words.append(Word(stem: token.term, written: token.word))
                    wordIDs[key] = words.count - 1
                    return .word(words.count - 1)
                }
                analysed[part] = found
                return found
            }
        }
        // Class wordings as written, analysed only when a phrase here first uses the class (a
        // file's classes are shared by its sections, each of which uses a few).
        var written: [String: [Substring]] = [:]
        for line in classLines + lines where Self.isClassDefinition(line) {
            let sides = line.split(separator: "=", maxSplits: 1)
            let name = String(sides[0].trimmingBlanks)
            written[name, default: []] += sides.count > 1 ? sides[1].split(separator: "|") : []
        }
        var classes: [[[Element]]] = []
        var classIDs: [String: Int] = [:]
        func classID(_ name: String) -> Int? {
            if let id = classIDs[name] { return id }
            guard let wordings = written[name]?.map(plainElements).filter({ !$0.isEmpty }), !wordings.isEmpty else { return nil }
            classIDs[name] = classes.count
            classes.append(wordings)
            return classes.count - 1
        }
        var undefined: Set<String> = []
        func elements(_ text: Substring) -> [Element]? {
            var result: [Element] = []
            for part in text.split(separator: " ") {
                guard part.hasPrefix("@") else {
                    result += plainElements(part)
                    continue
                }
                guard let id = classID(String(part)) else {
                    undefined.insert(String(part))
                    return nil
                }
                result.append(.wordClass(id))
            }
            return result.isEmpty ? nil : result
        }
        let phraseLines = lines.filter { !Self.isClassDefinition($0) && !$0.lowercased().hasPrefix(Self.alonePrefix) }
        // An alone phrase and the question are compared on their content words: "a heart
        // attack?", "is it a heart attack" and "kill me" say no more than "heart attack", "kill".
        let alone: [(text: String, words: [Int])] = lines.compactMap { line in
            Self.aloneWords(line, plainElements).map { ids in (line, ids.filter { !words[$0].isFunctionWord }) }
        }.filter { !$0.words.isEmpty }
        let phrases: [(text: String, elements: [Element], reportOnly: Bool)] =
            phraseLines.filter { !$0.contains("&") }.compactMap { line in
                let (text, reportOnly) = Self.reportMark(line)
                return elements(text).map { (line, $0, reportOnly) }
            }
        let unordered: [(text: String, parts: [[Element]], reportOnly: Bool)] =
            phraseLines.filter { $0.contains("&") }.compactMap { line in
                let (text, reportOnly) = Self.reportMark(line)
                let written = text.split(separator: "&")
                let parts = written.compactMap(elements)
                return parts.count < 2 || parts.count != written.count ? nil : (line, parts, reportOnly)
            }
        self.init(words: words, classes: classes, phrases: phrases, alone: alone, unordered: unordered,
                  undefinedClasses: undefined.sorted(), analyzer: analyzer)
    }

    /// A list of compiled phrases (as compiled from lines, or read back from the rule cache).
    init(words: [Word], classes: [[[Element]]], phrases: [(text: String, elements: [Element], reportOnly: Bool)],
         alone: [(text: String, words: [Int])], unordered: [(text: String, parts: [[Element]], reportOnly: Bool)],
         undefinedClasses: [String], analyzer: Analyzer) {
        self.words = words
        self.classes = classes
        self.phrases = phrases
        self.alone = alone
        self.unordered = unordered
        self.undefinedClasses = undefinedClasses
        self.analyzer = analyzer
    }

    /// The lines of a maintainer file that hold phrases or classes, one a line (blank and `#`
    /// lines skipped).
    static func phraseLines(of text: String) -> [String] {
        text.split(separator: "\n").map { String($0.trimmingBlanks) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    public var isEmpty: Bool { phrases.isEmpty && unordered.isEmpty && alone.isEmpty }

    /// The first phrase found in `question`, as written in the file.
    public func firstMatch(in question: String, knowing isKnown: (String) -> Bool = { _ in false }) -> String? {
        firstMatch(in: analyzer.tokens(question), of: question, knowing: isKnown)
    }

    /// The first phrase found in an already analysed question; `text`, the question the tokens
    /// come from, tells where its clauses start (without it, the question is one clause).
    /// `isKnown` tells, from a question word's stem, whether it is a word in its own right (the
    /// articles use it): such a word matches only itself, never as a misspelling. It is asked
    /// only about words that would otherwise be measured as one, once a word.
    /// A phrase found `evenNegated` counts after a negation too ("not" before an idiom: "enough to
    /// not wake up tired").
    public func firstMatch(in tokens: [Token], of text: String? = nil, knowing isKnown: (String) -> Bool = { _ in false },
                           evenNegated: Bool = false) -> String? {
        let tokens = Array(tokens.prefix(Self.maximumWords))
        return withoutActuallyEscaping(isKnown) { isKnown in
            var question = Question(words: tokens.map { Word(stem: $0.term, written: $0.word) }, list: self, isKnown: isKnown)
            return firstMatch(in: tokens, of: text, question: &question, evenNegated: evenNegated)
        }
    }

    private func firstMatch(in tokens: [Token], of text: String?, question: inout Question, evenNegated: Bool) -> String? {
        let stems = question.typed.map(\.stem)
        let count = question.typed.count
        lazy var reports = ClauseMood.reports(tokens, in: text)
        if !alone.isEmpty, !stems.contains(where: Self.isNegation) {
            let core = question.typed.indices.filter { !question.typed[$0].isFunctionWord && !ClauseMood.fillers.contains(question.typed[$0].written) }
            for phrase in alone where phrase.words.count == core.count {
                if zip(core, phrase.words).allSatisfy({ question.isSame(at: $0, as: $1) }) { return phrase.text }
            }
        }
        for phrase in phrases {
            for start in 0..<count where matches(phrase.elements, 0, at: start, then: nil, in: &question) {
                if phrase.reportOnly, !reports[start] { continue }
                if !isWhole(phrase.elements, at: start, in: question) { continue }
                if case .word(let id) = phrase.elements[0], Self.negations.contains(words[id].stem) { return phrase.text }
                if evenNegated || !isNegated(stems, before: start) { return phrase.text }
            }
        }
        for phrase in unordered {
            // Where each part starts, not negated; every part must start within the span.
            var starts: [[Int]] = []
            for part in phrase.parts {
                let found = (0..<count).filter { matches(part, 0, at: $0, then: nil, in: &question) && !isNegated(stems, before: $0) }
                if found.isEmpty { break }
                starts.append(found)
            }
            guard starts.count == phrase.parts.count else { continue }
            let near = starts.joined().contains { first in
                (!phrase.reportOnly || reports[first])
                    && starts.allSatisfy { part in part.contains { (first..<first + Self.unorderedSpan).contains($0) } }
            }
            if near { return phrase.text }
        }
        return nil
    }

    /// A question's words, and which phrase words each one is, worked out once a pair.
    struct Question {
        let typed: [Word]
        let list: PhraseList
        /// 0 not yet compared, 1 different, 2 the same; one row of `list.words` a question word.
        private var same: [UInt8]
        /// Whether a stem is a word in its own right, asked at most once a question word.
        private let isKnown: (String) -> Bool
        /// 0 not yet asked, 1 not known, 2 known; one a question word.
        private var known: [UInt8]

        init(words: [Word], list: PhraseList, isKnown: @escaping (String) -> Bool) {
            typed = words
            self.list = list
            self.isKnown = isKnown
            same = [UInt8](repeating: 0, count: words.count * list.words.count)
            known = [UInt8](repeating: 0, count: words.count)
        }

        mutating func isSame(at position: Int, as id: Int) -> Bool {
            let slot = position * list.words.count + id
            if same[slot] == 0 {
                var misspelt = false
                let same = PhraseList.sameWord(typed[position], list.words[id], misspelt: &misspelt)
                self.same[slot] = same && (!misspelt || !isKnownWord(at: position)) ? 2 : 1
            }
            return same[slot] == 2
        }

        /// An everyday word as typed ("cooking") is one too: no slip for "choking". Only as
        /// typed, not its stem, which a rarer form shares ("limed" may still be "lined").
        private mutating func isKnownWord(at position: Int) -> Bool {
            if known[position] == 0 {
                known[position] = EverydayWords.words.contains(typed[position].written) || isKnown(typed[position].stem) ? 2 : 1
            }
            return known[position] == 2
        }
    }

    /// True when `elements[index...]`, then `rest` if any, match the question from `position` on.
    private func matches(_ elements: [Element], _ index: Int, at position: Int, then rest: (elements: [Element], index: Int)?,
                         in question: inout Question) -> Bool {
        guard index < elements.count else {
            guard let rest else { return true }
            return matches(rest.elements, rest.index, at: position, then: nil, in: &question)
        }
        switch elements[index] {
        case .wildcard:
            return (0...Self.wildcardSpan).contains { skip in
                position + skip <= question.typed.count && matches(elements, index + 1, at: position + skip, then: rest, in: &question)
            }
        case .word(let id):
            guard position < question.typed.count, question.isSame(at: position, as: id) else { return false }
            return matches(elements, index + 1, at: position + 1, then: rest, in: &question)
        case .wordClass(let id):
            return classes[id].contains { wording in
                matches(wording, 0, at: position, then: (elements, index + 1), in: &question)
            }
        }
    }

    /// False when a phrase of `elements` is one short word that the question's word at `start`
    /// only resembles: a word alone has no neighbours to bear a misspelling out ("gas" is no "gash").
    private func isWhole(_ elements: [Element], at start: Int, in question: Question) -> Bool {
        guard elements.count == 1, case .word(let id) = elements[0],
              words[id].scalars.count < Self.loneWordFuzzyLength else { return true }
        let typed = question.typed[start]
        return typed.stem == words[id].stem || typed.bare == words[id].bare
    }

    /// A phrase of one word matches a misspelling of it only when the word is this long.
    static let loneWordFuzzyLength = 6

    /// The stems of the phrase written `text` when it is plain words only (no wildcard or
    /// class), else nil: where an idiom that matched sits in a question.
    func plainStems(ofPhrase text: String) -> [String]? {
        guard let phrase = phrases.first(where: { $0.text == text }) else { return nil }
        var stems: [String] = []
        for element in phrase.elements {
            guard case .word(let id) = element else { return nil }
            stems.append(words[id].stem)
        }
        return stems
    }

    /// Words that turn a negation before them into insistence: "I can't stop bleeding" says
    /// the bleeding goes on.
    static let persisting: Set<String> = ["stop", "quit", "help"]

    /// Subjects that, after a contracted negation, make it a question turned round to insist:
    /// "isn't everyone better off", "wouldn't it be easier" say what they seem to deny (stems).
    static let invertedSubjects: Set<String> = ["everyon", "everybodi", "it", "they", "you", "we", "he", "she", "that", "this"]

    /// True when one of the two words before `index` is a negation (not one of "can't stop", nor
    /// a question turned round, "isn't everyone").
    private func isNegated(_ words: [String], before index: Int) -> Bool {
        (max(0, index - 2)..<index).contains { i in
            guard Self.isNegation(words[i]) else { return false }
            let next = words[i + 1]
            if i + 1 < index, Self.persisting.contains(next) { return false }
            return !(words[i].hasSuffix("n't") && Self.invertedSubjects.contains(next))
        }
    }

    /// True for a negation's stem: "not", "never", "no", "without", or a word ending in "n't".
    static func isNegation(_ stem: String) -> Bool {
        negations.contains(stem) || stem.hasSuffix("n't")
    }

    /// Equal stems, or a misspelling of a long enough word (then `misspelt` is set). A function
    /// word as typed is taken as itself, never as a misspelling ("what does" is not "what dose").
    static func sameWord(_ typed: Word, _ phrase: Word, misspelt: inout Bool) -> Bool {
        if typed.stem == phrase.stem { return true }
        // "cant" is "can't" typed without its apostrophe.
        if typed.bare == phrase.bare { return true }
        misspelt = true
        guard !typed.isFunctionWord else { return false }
        let length = max(typed.scalars.count, phrase.scalars.count)
        guard length >= minimumFuzzyLength else { return false }
        let limit = length >= twoEditLength ? 2 : 1
        guard abs(typed.scalars.count - phrase.scalars.count) <= limit else { return false }
        // One edit leaves the first or second letter in place or swaps them: a cheap refusal.
        if limit == 1 {
            let (a, b) = (typed.scalars, phrase.scalars)
            guard a[0] == b[0] || a[1] == b[1] || a[0] == b[1] || a[1] == b[0] else { return false }
        }
        return SpellingCorrector.editDistance(typed.scalars, phrase.scalars, limit: limit) <= limit
    }

    /// Words this long (in the longer spelling) match with one wrong letter: "kil" for "kill".
    static let minimumFuzzyLength = 4
    /// Words this long match with two.
    static let twoEditLength = 9
}
