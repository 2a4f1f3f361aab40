import Foundation
import Retrieval

// `--explain`: every factor of the answer, labelled.
extension Answerer {
    func explain(_ tokens: [Token], _ readAs: [String], _ plan: QueryPlan, _ statistics: [String: TermStatistics],
                         _ hits: [SearchHit], _ factors: [Int: (proximity: Double, coverage: Double)],
                         _ evidence: Evidence, _ abstention: String?, asking answerType: AnswerType,
                         placed: [Int: Int] = [:], subject: Set<String> = []) -> Explanation {
        let terms = plan.concepts.flatMap { concept in
            concept.alternatives.map { alt in
                // An expansion scored with its ubiquitous word's idf says so; so does a word
                // scored with its ubiquitous synonym's ("fibro" with "fibromyalgia"'s).
                let df = statistics[alt.term]?.documentFrequency ?? 0
                let capped = (statistics[alt.term]?.idf ?? 0) < searcher.scoring.idf(documentFrequency: df)
                func source() -> String {
                    alt.origin == .expanded ? concept.word
                        : concept.alternatives.filter { $0.origin == .expanded }.min { (statistics[$0.term]?.idf ?? 0) < (statistics[$1.term]?.idf ?? 0) }?.term ?? concept.word
                }
                return Explanation.Term(word: concept.word, term: alt.term,
                                        origin: capped ? "\(alt.origin.rawValue), idf of '\(source())'" : alt.origin.rawValue, weight: alt.weight,
                                        documentFrequency: df, idf: statistics[alt.term]?.idf ?? 0)
            }
        }
        let shown = hits.prefix(5).map { hit -> Explanation.Hit in
            let passage = try? library.reader.passage(hit.passage)
            let title = passage.flatMap { library.source($0.source) }?.title ?? "?"
            var parts = hit.contributions.map {
                String(format: "%@: idf %.3f × (tf %d → %.3f + heading bonus %.1f) × query weight %.2f = %.3f",
                       $0.term, $0.idf, Int($0.frequency), $0.frequencyWeight, $0.fieldBonus, $0.queryWeight, $0.score)
            }
            if let factor = factors[hit.passage] {
                if factor.proximity > 0 { parts.append(String(format: "proximity (question words side by side): + %.3f", factor.proximity)) }
                parts.append(String(format: "coverage (share of the question's weight): × %.3f", factor.coverage))
            }
            if let previous = placed[hit.passage] {
                let naming = plan.concepts.filter { $0.alternatives.first.map { subject.contains($0.term) } ?? false }.map(\.word)
                parts.append(String(format: "ordered within its article, the words its title holds (%@) × %.1f: takes passage %d's place and score",
                                    naming.joined(separator: ", "), Self.subjectWeight, previous))
            }
            return .init(passage: hit.passage, title: title, section: passage?.section, score: hit.score, parts: parts)
        }
        var explanation = Explanation(
            analysed: tokens.map { $0.isStopWord ? "(\($0.word))" : $0.term },
            readAs: readAs,
            corrections: plan.corrections.map { "\($0.from) → \($0.to)" },
            expansions: plan.expansions,
            asksFor: answerType == .none ? nil : String(format: "%@ (a quote stating one ranks × %.1f)", answerType.rawValue, Self.answerTypeBoost),
            preamble: !plan.hasScene ? nil : {
                let scene = tokens.filter { plan.isInScene($0.range.lowerBound) }.map(\.word).joined(separator: " ")
                let searched = [plan.questionStart.map { _ in String(format: "× %.2f before the question", QueryPlan.toldBeforeWeight) },
                                plan.questionEnd.map { _ in String(format: "× %.2f after the question", QueryPlan.toldAfterWeight) }]
                return String(format: "%@ (its words search at %@ and weigh × %.1f in the evidence)",
                              scene, searched.compactMap { $0 }.joined(separator: ", "), Self.preambleWeight)
            }(),
            terms: terms, hits: shown,
            evidence: String(format: "covers %.2f of the question's weight (needs more than %.2f); %d distinctive match(es), %d unknown word(s)",
                             evidence.share, Self.minimumEvidence, evidence.distinctiveMatches, evidence.unknownWords)
                + (!plan.hasScene ? "" : String(format: "; the question proper alone %.2f, %d distinctive match(es) of the scene's own words",
                                                          evidence.properShare, evidence.sceneMatches))
                + (evidence.answeringShare <= evidence.share ? ""
                   : String(format: "; %.2f with its everyday words weighing as unseen ones (it matches every word naming something)",
                            evidence.answeringShare)),
            abstention: abstention)
        let setAside = tokens.filter { plan.setAside.contains($0.range.lowerBound) }.map(\.word)
        if !setAside.isEmpty {
            explanation.setAside = String(format: "%@ (its words search at × %.2f)", setAside.joined(separator: " "), QueryPlan.setAsideWeight)
        }
        return explanation
    }
}
