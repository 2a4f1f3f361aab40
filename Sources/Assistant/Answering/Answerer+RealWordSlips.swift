import Foundation
import Retrieval

// A slip that makes another real word ("my metal health", "a nerve lock", "I feel week"), told
// by the word's neighbour: the articles say "mental health", "nerve blocks", "feel weak", and
// never the words as typed.
extension Answerer {
    /// The article word that `tokens[index]`, a word in its own right that the articles never
    /// write, was meant to be: one slip from it (`SpellingCorrector.realWordSlips`) and standing
    /// in the articles right beside the question word next to it, as the typed word never does.
    /// Nil when no such word is found. Only everyday words and words the articles never use are
    /// weighed, and none the lexicon knows: an article term inflected ("donating") is what it says.
    func realWordSlip(in tokens: [Token], at index: Int, knownTerms: [String: Bool]) throws -> String? {
        let token = tokens[index]
        // A word the lexicon knows has its meaning there ("skip a generation", "pins and needles").
        let known = knownTerms[token.term] ?? false
        guard !lexicon.knows(token.term), !known || CommonWords.contains(token.word) || EverydayWords.contains(token.word),
              !corrector.corrector.isArticleWord(token.word) else { return nil }
        let neighbours = [Self.contentNeighbour(of: index, in: tokens, step: -1), Self.contentNeighbour(of: index, in: tokens, step: 1)]
        let beside = neighbours.compactMap { $0 }.filter { knownTerms[tokens[$0].term] == true && !CommonWords.contains(tokens[$0].word) }
        let slips = beside.isEmpty ? [] : corrector.corrector.realWordSlips(of: token.word).prefix(Self.realWordSlipCandidates)
        guard !slips.isEmpty else { return nil }
        // Passages are analysed once for all the pairs weighed.
        var analysed: [Int: [String]] = [:]
        func joined(_ term: String, _ neighbour: Int) throws -> Bool {
            let pair = neighbour < index ? (tokens[neighbour].term, term) : (term, tokens[neighbour].term)
            return try articlesJoin(pair.0, pair.1, analysed: &analysed)
        }
        for neighbour in beside where try !joined(token.term, neighbour) {
            for slip in slips where try joined(analyzer.stem(slip), neighbour) {
                return slip
            }
        }
        return nil
    }

    /// At most this many candidate words are tried for one typed word.
    static let realWordSlipCandidates = 6

    /// Passages searched for two terms side by side, at most this many.
    static let joinedPairDepth = 8

    /// The position of the nearest word before (`step` -1) or after (1) `index` that is no stop
    /// word, when only stop words stand between.
    static func contentNeighbour(of index: Int, in tokens: [Token], step: Int) -> Int? {
        var i = index + step
        while tokens.indices.contains(i) {
            if !tokens[i].isStopWord { return i }
            i += step
        }
        return nil
    }

    /// True when a passage has the term `first` right before `second`, stop words aside
    /// ("mental health", "feel … weak").
    /// `analysed` keeps each passage's content terms for the next pair.
    func articlesJoin(_ first: String, _ second: String, analysed: inout [Int: [String]]) throws -> Bool {
        let hits = try searcher.search([QueryTerm(term: first), QueryTerm(term: second)], limit: Self.joinedPairDepth)
        for hit in hits where Self.holds(hit, [first]) && Self.holds(hit, [second]) {
            let terms = try analysed[hit.passage] ?? analyzer.tokens(library.reader.passage(hit.passage).text).filter { !$0.isStopWord }.map(\.term)
            analysed[hit.passage] = terms
            if zip(terms, terms.dropFirst()).contains(where: { $0 == first && $1 == second }) { return true }
        }
        return false
    }
}
