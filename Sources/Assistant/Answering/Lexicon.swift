import Foundation
import Retrieval

/// Lay vocabulary: groups of words and phrases that mean the same to a reader ("run in
/// families" ~ hereditary ~ genetic), read from an editable text file in the knowledge folder.
///
/// File format: one group per line, members separated by `|`; `#` starts a comment. When a
/// member occurs in a question, the other members of its group are searched too, at a lower
/// weight than the reader's own words. A line `a | b => c | d` maps one way (as in Solr's
/// synonym files): a question saying "a" or "b" also searches "c" and "d", but not the reverse,
/// for a word with a wider sense than its targets ("risk" of a disease is not a side effect).
/// A line `elsewhere: a | b` lists phrases that name something other than their words ("cold
/// sore" is neither a cold nor a sore): each is searched as one word of its own, which the
/// articles never use, instead of its words.
public struct Lexicon: Sendable {
    /// The file name looked for in the knowledge folder.
    public static let fileName = "lexicon.txt"

    /// A group member as analysed word stems (stop words kept, so phrases match exactly).
    struct Member: Sendable {
        let stems: [String]
        let contentTerms: [String]
        /// Whether other small words may stand between its words in a question: only when it
        /// starts and ends with content words ("run in the family" matches "run in my family"),
        /// as a small word at an end makes the sense ("stay away from" is not "stay away").
        var matchesLoosely: Bool {
            !contentTerms.isEmpty && contentTerms.first == stems.first && contentTerms.last == stems.last
        }
    }

    /// One line: members found in a question (`sources`) and the members they expand to
    /// (`targets`); for a plain group both are all of its members.
    struct Group: Sendable {
        /// Longest first: of members matching the same words ("how do i know if", "how do i
        /// know"), the longest is the match.
        let sources: [Member]
        let targets: [Member]
        /// True for a line `a | b => c`: its sources are the reader's wordings of its targets.
        let oneWay: Bool

        init(sources: [Member], targets: [Member], oneWay: Bool = false) {
            self.init(ordered: sources.sorted { $0.stems.count > $1.stems.count }, targets: targets, oneWay: oneWay)
        }

        /// A group whose sources are already longest first (read back from the rule cache).
        init(ordered sources: [Member], targets: [Member], oneWay: Bool) {
            self.sources = sources
            self.targets = targets
            self.oneWay = oneWay
        }
    }

    let groups: [Group]
    /// The `elsewhere:` phrases as analysed word stems (stop words kept), longest first.
    let elsewhere: [[String]]
    static let elsewherePrefix = "elsewhere:"
    /// Every stem of every member.
    private let terms: Set<String>
    /// The content words of every member as written ("families", "kids"): a misspelling of one
    /// is corrected to it, so that its line applies.
    public let words: Set<String>
    /// The groups with a source member whose first word, or first content word, is this stem:
    /// only they can match a question that holds it.
    private let groupsByOpening: [String: [Int]]

    public init(text: String, analyzer: Analyzer = Analyzer()) {
        // Members that analyse alike ("risks", "risk") are one member.
        var written: Set<String> = []
        func members(_ part: Substring) -> [Member] {
            var seen: Set<[String]> = []
            return part.split(separator: "|").compactMap { raw -> Member? in
                let tokens = analyzer.tokens(String(raw))
                for token in tokens where !token.isStopWord && token.word.allSatisfy(\.isLetter) { written.insert(token.word) }
                guard !tokens.isEmpty, seen.insert(tokens.map(\.term)).inserted else { return nil }
                return Member(stems: tokens.map(\.term), contentTerms: tokens.filter { !$0.isStopWord }.map(\.term))
            }
        }
        let lines = text.split(separator: "\n").map { line in
            (line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "").drop(while: \.isWhitespace)
        }
        let elsewhere = lines.filter { $0.lowercased().hasPrefix(Self.elsewherePrefix) }.flatMap { line in
            line.dropFirst(Self.elsewherePrefix.count).split(separator: "|").map { analyzer.tokens(String($0)).map(\.term) }
        }.filter { $0.count >= 2 }.sorted { $0.count > $1.count }
        let groups = lines.filter { !$0.lowercased().hasPrefix(Self.elsewherePrefix) }.compactMap { content -> Group? in
            if let arrow = content.firstRange(of: "=>") {
                let sources = members(content[..<arrow.lowerBound])
                let targets = members(content[arrow.upperBound...])
                return sources.isEmpty || targets.isEmpty ? nil : Group(sources: sources, targets: targets, oneWay: true)
            }
            let all = members(content)
            return all.count >= 2 ? Group(sources: all, targets: all) : nil
        }
        self.init(groups: groups, elsewhere: elsewhere, words: written)
    }

    /// A lexicon of analysed lines (as compiled from a file, or read back from the rule cache).
    init(groups: [Group], elsewhere: [[String]], words: Set<String>) {
        self.groups = groups
        self.elsewhere = elsewhere
        self.words = words
        terms = Set(groups.flatMap { ($0.sources + $0.targets).flatMap(\.stems) })
        var openings: [String: [Int]] = [:]
        for (index, group) in groups.enumerated() {
            for member in group.sources {
                for stem in Set([member.stems.first, member.contentTerms.first].compactMap { $0 }) where openings[stem]?.last != index {
                    openings[stem, default: []].append(index)
                }
            }
        }
        groupsByOpening = openings
    }

    public var isEmpty: Bool { groups.isEmpty }

    /// True when `term` (a stem) is a word of some member: the lexicon understands it, so it is
    /// not a misspelling even where the articles never use it.
    public func knows(_ term: String) -> Bool { terms.contains(term) }

    /// The content terms of every line with a member that is `term` alone: what the lexicon
    /// relates the word itself to ("face" → "cheeks"), not a phrase using it ("learn more").
    public func relatives(ofWord term: String) -> Set<String> {
        var found: Set<String> = []
        for group in groups {
            let isSource = group.sources.contains { $0.stems == [term] }
            guard isSource || group.targets.contains(where: { $0.stems == [term] }) else { continue }
            // A target of a one-way line is related to the other targets, not to the wordings
            // that mean it ("lives" is no synonym of "help" for "donation help => lives").
            let related = group.oneWay && !isSource ? group.targets : group.sources + group.targets
            for member in related { found.formUnion(member.contentTerms) }
        }
        return found
    }

    /// An expansion found in a question: the token positions it matched and the terms it adds.
    public struct Expansion: Sendable, Equatable {
        public let positions: Range<Int>
        public let matched: String
        public let terms: [String]
        /// Those of `terms` that come only from members of several words ("red" from "red
        /// face"): each says less alone than a one-word synonym does.
        public var phraseParts: Set<String> = []
        /// True when the match is a phrase of several words that a one-way line maps to other
        /// words ("feeling sick" => "nausea"): the phrase, not each of its words, says what
        /// is meant.
        public var isTurnOfPhrase = false
        /// The members of several words that a one-way line maps to, each as its run of terms
        /// ("done", "again" of "done again"): the articles' own wording, which found side by
        /// side says what a one-word synonym says.
        public var phrases: [[String]] = []
    }

    /// Adverbs of degree that may stand inside a member of several words without changing it
    /// ("put me fully under", "knock me completely out").
    static let degreeAdverbs: Set<String> = ["fully", "completely", "totally", "entirely", "really", "properly", "just", "actually"]

    /// Subjects a question puts after its verb ("why can't I sleep"), and the verbs they follow:
    /// without the subject, the words read as said ("can't sleep").
    static let invertedSubjects: Set<String> = ["i", "you", "we", "he", "she", "they"]
    static let invertingVerbs: Set<String> = yesNoOpeners.union([
        "can't", "cant", "cannot", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "won't", "wouldn't", "couldn't",
        "should", "shouldn't", "am", "aren't", "isn't",
    ])

    /// Words opening a yes-or-no question, which after "how" asks how instead of whether.
    static let yesNoOpeners: Set<String> = ["does", "do", "did", "will", "would", "can", "could", "is", "are"]

    /// Every group member found in `tokens` (all words, stop words included), with the content
    /// terms of the members it expands to.
    public func expansions(of tokens: [Token], transparent: Set<String> = []) -> [Expansion] {
        let stems = tokens.map(\.term)
        let content = tokens.indices.filter { !tokens[$0].isStopWord }
        let contentStems = content.map { stems[$0] }
        // The words without a degree adverb: "put me fully under" says "put me under"; nor the
        // collection's own subject: "stop fibro pain" says "stop pain"; nor a question's subject
        // after its verb: "why can't I sleep" says "can't sleep".
        let plain = tokens.indices.filter { i in
            !Self.degreeAdverbs.contains(tokens[i].word) && !transparent.contains(stems[i])
                && !(i > 0 && Self.invertedSubjects.contains(tokens[i].word) && Self.invertingVerbs.contains(tokens[i - 1].word))
        }
        let plainStems = plain.count < tokens.count ? plain.map { stems[$0] } : []
        var result: [Expansion] = []
        let candidates = Set(stems.flatMap { groupsByOpening[$0] ?? [] }).sorted()
        for group in candidates.map({ groups[$0] }) {
            // Members of one group matching the same words are one match: the longest, tried first.
            var taken: [Range<Int>] = []
            for member in group.sources {
                // A member matches its exact words, or its content words with other small words
                // between them ("run in my family" for "run in the family"); the latter needs two
                // content words at least, or "after donating" would match every "donating".
                var span: Range<Int>?
                if let start = Self.find(member.stems, in: stems) {
                    span = start..<(start + member.stems.count)
                } else if member.matchesLoosely, member.contentTerms.count >= 2 || member.contentTerms.count == member.stems.count,
                          let at = Self.find(member.contentTerms, in: contentStems) {
                    span = content[at]..<(content[at + member.contentTerms.count - 1] + 1)
                } else if member.stems.count > 1, let at = Self.find(member.stems, in: plainStems) {
                    span = plain[at]..<(plain[at + member.stems.count - 1] + 1)
                }
                guard let positions = span, !taken.contains(where: { $0.overlaps(positions) }) else { continue }
                // "does it work" asks whether; after "how" ("how does it work") it asks how instead.
                if Self.yesNoOpeners.contains(tokens[positions.lowerBound].word), positions.lowerBound > 0,
                   tokens[positions.lowerBound - 1].word == "how" { continue }
                taken.append(positions)
                var terms: [String] = []
                for candidate in group.targets {
                    for term in candidate.contentTerms where !terms.contains(term) && !member.contentTerms.contains(term) {
                        terms.append(term)
                    }
                }
                let matched = tokens[positions].map(\.word).joined(separator: " ")
                let whole = Set(group.targets.filter { $0.contentTerms.count == 1 }.flatMap(\.contentTerms))
                let parts = Set(terms).subtracting(whole)
                let phrases = !group.oneWay ? [] : group.targets.map(\.contentTerms).filter { $0.count > 1 && $0.allSatisfy(parts.contains) }
                if !terms.isEmpty {
                    result.append(Expansion(positions: positions, matched: matched, terms: terms, phraseParts: parts,
                                            isTurnOfPhrase: group.oneWay && member.stems.count > 1, phrases: phrases))
                }
            }
        }
        return result
    }

    /// The token positions of every `elsewhere:` phrase found word for word in `tokens` (all
    /// words, stop words included), in order and not overlapping.
    public func elsewherePhrases(in tokens: [Token]) -> [Range<Int>] {
        guard !elsewhere.isEmpty else { return [] }
        let stems = tokens.map(\.term)
        var found: [Range<Int>] = []
        for phrase in elsewhere {
            var from = 0
            while let start = Self.find(phrase, in: stems, from: from) {
                let span = start..<(start + phrase.count)
                if !found.contains(where: { $0.overlaps(span) }) { found.append(span) }
                from = start + 1
            }
        }
        return found.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// The first position at or after `from` where `needle` stands word for word in `haystack`.
    static func find(_ needle: [String], in haystack: [String], from: Int = 0) -> Int? {
        guard !needle.isEmpty, from >= 0, needle.count <= haystack.count - from else { return nil }
        for start in from...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }
}
