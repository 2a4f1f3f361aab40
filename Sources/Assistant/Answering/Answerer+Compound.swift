import Foundation
import Retrieval

// Two questions in one ("what is dermatographism and how long does it last", "why is my skin so
// sensitive and what can I do about it"): the whole question is searched, once for the first
// question's kind of fact and once for the second's, and the quotes take turns.
extension Answerer {
    /// The kind of fact the second of two questions joined by "and" / "or" asks for, when it
    /// names one: the joined question opens with a question word or auxiliary, as the whole
    /// question does. Nil for one question.
    static func secondQuestionKind(_ tokens: [Token]) -> AnswerType? {
        let words = tokens.map(\.word)
        guard let opening = words.first, questionOpeners.contains(opening) else { return nil }
        guard let joint = words.indices.dropFirst(2).last(where: { ["and", "or"].contains(words[$0 - 1]) && questionOpeners.contains(words[$0]) })
        else { return nil }
        let kind = AnswerType.of(question: Array(words[joint...]))
        return kind == .none || kind == AnswerType.of(question: Array(words[..<(joint - 1)])) ? nil : kind
    }
}

extension Answer {
    /// This answer's quotes and `other`'s taking turns, best first, without a quote that
    /// overlaps one already taken; the rest of this answer (lead, corrections, explanation) kept.
    func takingTurns(with other: Answer, top: Int) -> Answer {
        guard other.status == .answered else { return self }
        /// Each quote with how its rank was reached, when the answer was explained.
        func ranked(_ answer: Answer, note: String?) -> [(Quote, Explanation.QuoteRank?)] {
            answer.quotes.enumerated().map { i, quote in
                let rank = answer.explanation?.quotes.dropFirst(i).first.map { rank in
                    Explanation.QuoteRank(passage: rank.passage, rank: rank.rank, parts: rank.parts + (note.map { [$0] } ?? []))
                }
                return (quote, rank)
            }
        }
        let mine = ranked(self, note: nil)
        let theirs = ranked(other, note: "searched for the second question's kind of fact, taking turns with the first's")
        var taken: [(Quote, Explanation.QuoteRank?)] = []
        for pair in zip(mine, theirs).flatMap({ [$0, $1] }) + mine.dropFirst(theirs.count) + theirs.dropFirst(mine.count)
        where !taken.contains(where: { $0.0.passage == pair.0.passage && $0.0.range.range.overlaps(pair.0.range.range) }) {
            taken.append(pair)
        }
        let kept = taken.prefix(top)
        var explained = explanation
        explained?.quotes = kept.compactMap(\.1)
        return Answer(question: question, status: status, quotes: kept.map(\.0), emergencyNotice: emergencyNotice,
                      lead: lead, corrected: corrected, topics: topics, explanation: explained)
    }
}
