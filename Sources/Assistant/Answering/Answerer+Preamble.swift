import Foundation
import Retrieval

// A question may open with the reader's story ("so my appointment for a nerve block is on friday
// and I'm nervous, can you tell me what the procedure is like"): the scene is set before the
// question proper. The scene's words still search, but weigh less in the evidence for answering,
// which the question proper must carry.
extension Answerer {
    /// A preamble's words count this share of their weight in the evidence.
    static let preambleWeight = 0.5

    /// Words that open a question proper after a break in the text.
    static let questionOpeners: Set<String> = [
        "what", "what's", "whats", "how", "how's", "why", "when", "where", "who", "which", "is", "isn't", "are",
        "aren't", "was", "were", "can", "can't", "could", "does", "doesn't", "do", "don't", "did", "will", "would",
        "should", "may", "might", "has", "have", "any",
    ]

    /// Where the question proper begins in `text` (a UTF-8 offset): the last question opener
    /// that follows a break (a comma, a stop, or "so" / "but" after one), when words of the
    /// plan's concepts stand before it and a subject of its own after it (not only everyday
    /// words and the condition's name: "…, is that related to fibro" asks about the scene).
    static func questionStart(of tokens: [Token], in text: String, concepts: [QueryPlan.Concept]) -> Int? {
        guard let start = questionClause(of: tokens, in: text) else { return nil }
        let offset = tokens[start].range.lowerBound
        let searched = concepts.filter { !$0.alternatives.isEmpty }
        guard searched.contains(where: { $0.offset < offset }),
              searched.contains(where: { $0.offset >= offset && !CommonWords.contains($0.word) && !conditionNames.contains($0.word) })
        else { return nil }
        return offset
    }

    /// The index of the token opening the last question clause after a break: a question
    /// opener after a comma or stop, or after "so" / "but" following one.
    static func questionClause(of tokens: [Token], in text: String) -> Int? {
        let bytes = Array(text.utf8)
        func breaks(before i: Int) -> Bool {
            guard i > 0 else { return false }
            let gap = bytes[min(tokens[i - 1].range.upperBound, bytes.count)..<min(tokens[i].range.lowerBound, bytes.count)]
            return gap.contains { [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "?"),
                                   UInt8(ascii: "!")].contains($0) }
        }
        return tokens.indices.last { i in
            guard questionOpeners.contains(tokens[i].word) else { return false }
            return breaks(before: i) || i > 1 && ["so", "but"].contains(tokens[i - 1].word) && breaks(before: i - 1)
        }
    }

    /// The kind of fact asked for: the whole question's, or when that names none, its question
    /// clause's after a scene ("my wife is getting a nerve block next week, who actually does
    /// the injection" asks for a person, though "who" after a noun is otherwise relative). A
    /// `claim` put to the test ("someone told me rosacea symptoms can't be treated") is asked
    /// as "is it true that …": a statement, not a string of search words.
    static func answerType(of tokens: [Token], in text: String, claim: Bool = false) -> AnswerType {
        let whole = AnswerType.of(question: (claim ? ["is", "it", "true", "that"] : []) + tokens.map(\.word))
        guard whole == .none, let clause = questionClause(of: tokens, in: text), clause > 0 else { return whole }
        return AnswerType.of(question: tokens[clause...].map(\.word))
    }
}
