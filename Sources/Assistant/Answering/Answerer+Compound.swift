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
        var taken: [Quote] = []
        for quote in zip(quotes, other.quotes).flatMap({ [$0, $1] }) + quotes.dropFirst(other.quotes.count) + other.quotes.dropFirst(quotes.count)
        where !taken.contains(where: { $0.passage == quote.passage && $0.range.range.overlaps(quote.range.range) }) {
            taken.append(quote)
        }
        return Answer(question: question, status: status, quotes: Array(taken.prefix(top)), emergencyNotice: emergencyNotice,
                      lead: lead, corrected: corrected, topics: topics, explanation: explanation)
    }
}
