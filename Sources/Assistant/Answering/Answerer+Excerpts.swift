import Foundation
import Retrieval

// What the excerpt selector is given: term weights and concepts, the definition's subjects,
// the question's phrases, and the words a title or heading already says.
extension Answerer {
    /// A term in more than this share of passages names the collection's subject.
    public static let topicShare = 0.9

    /// What a question word counts for in choosing a passage's sentences when the passage's
    /// title or heading already holds it.
    static let topicWordFactor = 0.5

    /// `concepts` with the weight of each term in `topic` scaled by `topicWordFactor`.
    static func discounting(_ topic: Set<String>, in concepts: [[String: Double]]) -> [[String: Double]] {
        guard !topic.isEmpty else { return concepts }
        return concepts.map { concept in
            Dictionary(uniqueKeysWithValues: concept.map { term, weight in
                (term, topic.contains(term) ? weight * topicWordFactor : weight)
            })
        }
    }

    /// Verbs that close a "what does X …" question rather than name its subject.
    static let questionVerbs: Set<String> = ["mean", "means", "stand", "stands", "look", "looks", "feel", "feels", "like", "refer", "involve", "work", "do"]

    /// Words that end the thing a "what is" question asks about ("the side effects | of blood").
    static let subjectEnders: Set<String> = ["of", "for", "in", "with", "after", "during", "about", "to", "on", "from", "when", "if"]

    /// The terms a defining sentence must be about: the last of the question's words after
    /// "what is/are" up to the first preposition (with its corrections, derived forms and the
    /// acronyms the articles define for it), so "what are the side effects of donating blood"
    /// wants a sentence saying what the effects are, not one saying what blood is, and "what is
    /// a blood donation center" one saying what the center is, not "Donating is a safe process".
    static func definitionSubjects(_ tokens: [Token], plan: QueryPlan, acronyms: Set<String>) -> Set<String> {
        let words = tokens.map(\.word)
        var phrase: [String] = []
        // "what's X" opens like "what is X", unless it asks what X is like ("what's the infusion
        // experience like"), which any searched word may answer.
        let contracted = AnswerType.likening(in: words) == nil ? ["what's", "whats"] : []
        if let copula = words.firstIndex(where: { ["is", "are", "does", "define", "means", "meaning"].contains($0) || contracted.contains($0) }) {
            for token in tokens[(copula + 1)...] {
                if subjectEnders.contains(token.word) { break }
                if !token.isStopWord { phrase.append(token.word) }
            }
        } else if let label = AnswerType.definitionLabel(in: words) {
            // "hyperalgesia definition", "fibromyalgia 101": what the label closes.
            phrase = tokens[..<label].filter { !$0.isStopWord }.map(\.word)
        } else {
            return []
        }
        // "what is a blood donation center" asks what a center is: the last word names it (not
        // a verb closing the question: "what does allodynia mean", "what does WBVT stand for").
        let subjectWords = Set(phrase.filter { !questionVerbs.contains($0) && !AnswerType.definingParticiples.contains($0) }.suffix(1))
        return Set(plan.concepts.filter { subjectWords.contains($0.word) }.flatMap { concept in
            concept.alternatives.filter { $0.origin != .expanded || acronyms.contains($0.term) }.map(\.term)
        })
    }

    /// The runs of the reader's words that stand side by side in the question ("nerve blocks",
    /// "physical therapy"), each word given as its own terms (as typed or corrected).
    static func phrases(_ plan: QueryPlan) -> [[Set<String>]] {
        let words = plan.concepts.compactMap { concept -> (position: Int, terms: Set<String>)? in
            let own = Set(concept.alternatives.filter { $0.origin == .question || $0.origin == .corrected }.map(\.term))
            return own.isEmpty ? nil : (concept.position, own)
        }.sorted { $0.position < $1.position }
        var runs: [[Set<String>]] = []
        var previous: Int?
        for word in words {
            if let previous, word.position == previous + 1, !runs.isEmpty {
                runs[runs.count - 1].append(word.terms)
            } else {
                runs.append([word.terms])
            }
            previous = word.position
        }
        return runs.filter { $0.count > 1 }
    }

    /// `phrases` cut between two words that `topic` (a passage's title and heading) both holds:
    /// "donating blood" in the blood-donation article names the article, not what is asked of it.
    static func splitting(_ phrases: [[Set<String>]], at topic: Set<String>) -> [[Set<String>]] {
        guard !topic.isEmpty else { return phrases }
        var runs: [[Set<String>]] = []
        for phrase in phrases {
            var run: [Set<String>] = []
            for word in phrase {
                if let last = run.last, !last.isDisjoint(with: topic), !word.isDisjoint(with: topic) {
                    runs.append(run)
                    run = []
                }
                run.append(word)
            }
            runs.append(run)
        }
        return runs.filter { $0.count > 1 }
    }

    /// What an excerpt's rank among the quotes is multiplied by, with each factor labelled for
    /// `--explain`: × `answerTypeBoost` when it states the asked-for kind of fact (not outside
    /// the article the question names, and for a list only where it or its heading names the
    /// `aspect` asked), × `ExcerptSelector.announcementFactor` when it only announces.
    static func rankFactors(of excerpt: Excerpt, elsewhere: Bool, aspect: Set<String>, sectionTerms: Set<String>,
                            announcesTheAspect: Bool, demotesAnnouncements: Bool) -> (factor: Double, parts: [String]) {
        let listsTheAspect = aspect.isEmpty || !aspect.isDisjoint(with: excerpt.terms) || !aspect.isDisjoint(with: sectionTerms)
        var factor = 1.0
        var parts: [String] = []
        if excerpt.statesAnswer && !elsewhere && listsTheAspect {
            factor *= answerTypeBoost
            parts.append(String(format: "states the asked-for kind of fact: × %.1f", answerTypeBoost))
        } else if excerpt.statesAnswer {
            parts.append(elsewhere ? "states the asked-for kind of fact, outside the article the question names: × 1"
                                   : "states a list, not of the aspect asked about: × 1")
        }
        if excerpt.isAnnouncement && demotesAnnouncements && !announcesTheAspect {
            factor *= ExcerptSelector.announcementFactor
            parts.append(String(format: "announces or asks rather than answers: × %.1f", ExcerptSelector.announcementFactor))
        }
        return (factor, parts)
    }

    /// The terms of the question's words naming what is asked of its subject ("advantages",
    /// with "benefits" and the like), which a list must name to answer it.
    static func aspectTerms(_ plan: QueryPlan) -> Set<String> {
        Set(plan.concepts.filter { AnswerType.namesAnAspect($0.word) }.flatMap { $0.alternatives.map(\.term) })
    }

    /// Each concept's terms the collection knows, weighted by idf × query weight, for excerpt
    /// choice: a sentence earns a concept by its best term (and a little by the others). A
    /// synonym or derived form never weighs more than the reader's own word where the articles
    /// use that word: a rarer synonym ("therapist" for "therapy") is no better evidence of it.
    static func excerptConcepts(_ plan: QueryPlan, statistics: [String: TermStatistics]) -> [[String: Double]] {
        plan.concepts.map { concept in
            func weight(_ alternative: QueryPlan.Alternative) -> Double? {
                guard let s = statistics[alternative.term], s.documentFrequency > 0 else { return nil }
                return s.idf * alternative.weight
            }
            let own = concept.alternatives.filter { $0.origin == .question || $0.origin == .corrected }.compactMap(weight).max()
            var weights: [String: Double] = [:]
            for alternative in concept.alternatives {
                guard var w = weight(alternative) else { continue }
                if let own, alternative.origin == .expanded || alternative.origin == .derived { w = min(w, own) }
                weights[alternative.term] = max(weights[alternative.term] ?? 0, w)
            }
            return weights
        }
    }

    static func excerptWeights(_ plan: QueryPlan, statistics: [String: TermStatistics]) -> [String: Double] {
        var weights: [String: Double] = [:]
        for q in plan.queryTerms {
            guard let s = statistics[q.term], s.documentFrequency > 0 else { continue }
            weights[q.term] = max(weights[q.term] ?? 0, s.idf * q.weight)
        }
        return weights
    }
}
