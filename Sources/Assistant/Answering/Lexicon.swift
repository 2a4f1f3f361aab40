import Foundation
import Retrieval

/// Lay vocabulary: groups of words and phrases that mean the same to a reader ("run in
/// families" ~ hereditary ~ genetic), read from an editable text file in the knowledge folder.
///
/// File format: one group per line, members separated by `|`; `#` starts a comment. When a
/// member occurs in a question, the other members of its group are searched too, at a lower
/// weight than the reader's own words.
public struct Lexicon: Sendable {
    /// The file name looked for in the knowledge folder.
    public static let fileName = "lexicon.txt"

    /// A group member as analysed word stems (stop words kept, so phrases match exactly).
    struct Member: Sendable {
        let stems: [String]
        let contentTerms: [String]
    }

    private let groups: [[Member]]
    /// Every stem of every member.
    private let terms: Set<String>

    public init(text: String, analyzer: Analyzer = Analyzer()) {
        groups = text.split(separator: "\n").compactMap { line in
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let members = content.split(separator: "|").compactMap { raw -> Member? in
                let tokens = analyzer.tokens(String(raw))
                guard !tokens.isEmpty else { return nil }
                return Member(stems: tokens.map(\.term), contentTerms: tokens.filter { !$0.isStopWord }.map(\.term))
            }
            return members.count >= 2 ? members : nil
        }
        terms = Set(groups.flatMap { $0.flatMap(\.stems) })
    }

    /// Loads `lexicon.txt` from `directory`; an empty lexicon when there is none.
    public static func load(from directory: URL) -> Lexicon {
        Lexicon(text: KnowledgeBase.optionalText(named: fileName, in: directory) ?? "")
    }

    public var isEmpty: Bool { groups.isEmpty }

    /// True when `term` (a stem) is a word of some member: the lexicon understands it, so it is
    /// not a misspelling even where the articles never use it.
    public func knows(_ term: String) -> Bool { terms.contains(term) }

    /// An expansion found in a question: the token positions it matched and the terms it adds.
    public struct Expansion: Sendable, Equatable {
        public let positions: Range<Int>
        public let matched: String
        public let terms: [String]
    }

    /// Every group member found in `tokens` (all words, stop words included), with the content
    /// terms of the group's other members.
    public func expansions(of tokens: [Token]) -> [Expansion] {
        let stems = tokens.map(\.term)
        let content = tokens.indices.filter { !tokens[$0].isStopWord }
        let contentStems = content.map { stems[$0] }
        var result: [Expansion] = []
        for group in groups {
            for (index, member) in group.enumerated() {
                // A member matches its exact words, or its content words with other small words
                // between them ("run in my family" for "run in the family"); the latter needs two
                // content words at least, or "after donating" would match every "donating".
                var span: Range<Int>?
                if let start = Self.find(member.stems, in: stems) {
                    span = start..<(start + member.stems.count)
                } else if member.contentTerms.count >= 2 || member.contentTerms.count == member.stems.count,
                          let at = Self.find(member.contentTerms, in: contentStems) {
                    span = content[at]..<(content[at + member.contentTerms.count - 1] + 1)
                }
                guard let positions = span else { continue }
                var terms: [String] = []
                for (other, candidate) in group.enumerated() where other != index {
                    for term in candidate.contentTerms where !terms.contains(term) && !member.contentTerms.contains(term) {
                        terms.append(term)
                    }
                }
                let matched = tokens[positions].map(\.word).joined(separator: " ")
                if !terms.isEmpty { result.append(Expansion(positions: positions, matched: matched, terms: terms)) }
            }
        }
        return result
    }

    static func find(_ needle: [String], in haystack: [String]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where Array(haystack[start..<(start + needle.count)]) == needle {
            return start
        }
        return nil
    }
}
