import Foundation
import Retrieval

// A question may open with the reader's story ("so my appointment for a nerve block is on friday
// and I'm nervous, can you tell me what the procedure is like"): the scene is set before the
// question proper. The scene's words still search, but weigh less in the evidence for answering,
// which the question proper must carry.
extension Answerer {
    /// A preamble's words count this share of their weight in the evidence.
    static let preambleWeight = 0.5

    /// Words that open a question proper after a break in the text: those that open an asking
    /// clause (`ClauseMood`) but "if", "can't" and a few more auxiliaries.
    static let questionOpeners: Set<String> = ClauseMood.askingOpeners.subtracting(["if"]).union([
        "how's", "can't", "did", "has", "have", "any",
    ])

    /// Where the question proper begins (a UTF-8 offset): at `clause`, the token opening the
    /// last question clause, when words of the plan's concepts stand before it and a subject
    /// of its own after it (not only everyday words and the condition's name: "…, is that
    /// related to fibro" asks about the scene).
    static func questionStart(of tokens: [Token], clause: Int?, concepts: [QueryPlan.Concept]) -> Int? {
        guard let clause else { return nil }
        let offset = tokens[clause].range.lowerBound
        let searched = concepts.filter { !$0.alternatives.isEmpty }
        guard searched.contains(where: { $0.offset < offset }),
              searched.contains(where: { $0.offset >= offset && !CommonWords.contains($0.word) && !conditionNames.contains($0.word) })
        else { return nil }
        return offset
    }

    /// Where a sentence told after the question proper begins (a UTF-8 offset): the question
    /// ends in a question mark and the reader goes on with a statement of their own ("how does
    /// ketamine help fibromyalgia? my doctor brought it up last visit"). That sentence is scene,
    /// as a preamble is. Nil when anything after the mark asks again ("what is rosacea? is it
    /// linked to fibro?"), or when the question proper names no subject of its own ("why? my
    /// skin hurts").
    static func questionEnd(of tokens: [Token], in text: String, concepts: [QueryPlan.Concept]) -> Int? {
        let bytes = Array(text.utf8)
        let mark = UInt8(ascii: "?")
        guard let first = tokens.indices.dropFirst().first(where: { gap(before: $0, in: tokens, bytes).contains(mark) }) else { return nil }
        let offset = tokens[first].range.lowerBound
        let after = tokens[first...].map(\.word)
        guard !bytes[offset...].contains(mark), !questionOpeners.contains(after[0]),
              !politeWrappers.contains(where: { after.starts(with: $0) }) else { return nil }
        let searched = concepts.filter { !$0.alternatives.isEmpty }
        guard searched.contains(where: { $0.offset >= offset }),
              searched.contains(where: { $0.offset < offset && !CommonWords.contains($0.word) && !conditionNames.contains($0.word) })
        else { return nil }
        return offset
    }

    /// The text's bytes between token `i` (not the first) and the one before it: spaces and
    /// punctuation.
    static func gap(before i: Int, in tokens: [Token], _ bytes: [UInt8]) -> ArraySlice<UInt8> {
        bytes[min(tokens[i - 1].range.upperBound, bytes.count)..<min(tokens[i].range.lowerBound, bytes.count)]
    }

    /// The index of the token opening the last question clause after a break: a question
    /// opener after a comma or stop, or after "so" / "but" following one; or the word a polite
    /// wrapper opening such a clause hands over to.
    static func questionClause(of tokens: [Token], in text: String) -> Int? {
        let bytes = Array(text.utf8)
        func breaks(before i: Int) -> Bool {
            i > 0 && gap(before: i, in: tokens, bytes).contains(where: ClauseMood.boundaries.contains)
        }
        func opensAClause(_ i: Int) -> Bool {
            breaks(before: i) || i > 1 && ["so", "but"].contains(tokens[i - 1].word) && breaks(before: i - 1)
        }
        return tokens.indices.last { i in
            if questionOpeners.contains(tokens[i].word) { return opensAClause(i) }
            // A question asked through a polite wrapper after the scene ("…, so I'm wondering
            // whether it can be passed on") opens where the wrapper hands over.
            guard wrappedOpeners.contains(tokens[i].word) else { return false }
            let before = tokens[..<i].map(\.word)
            return politeWrappers.contains { wrapper in
                before.count >= wrapper.count && Array(before.suffix(wrapper.count)) == wrapper && opensAClause(i - wrapper.count)
            }
        }
    }

    /// The kind of fact asked for: the whole question's, or when that names none, that of its
    /// question `clause` after a scene ("my wife is getting a nerve block next week, who actually
    /// does the injection" asks for a person, though "who" after a noun is otherwise relative).
    /// A `claim` put to the test ("someone told me rosacea symptoms can't be treated") is asked
    /// as "is it true that …": a statement, not a string of search words.
    /// `tokens` with each word the plan corrected to one word written as corrected (for reading
    /// the question's form; the terms are left as they were).
    static func correcting(_ tokens: [Token], with corrections: [(from: String, to: String, range: Range<Int>)]) -> [Token] {
        guard !corrections.isEmpty else { return tokens }
        return tokens.map { token in
            guard let fix = corrections.first(where: { $0.range == token.range }), !fix.to.contains(" ") else { return token }
            return Token(term: token.term, word: fix.to, range: token.range, position: token.position, isStopWord: token.isStopWord)
        }
    }

    /// Leave asked to do one thing ("can I give blood if I have fibro") asks for a verdict; not
    /// after a scene, where "can I have another one" asks of what the scene tells. A request
    /// for an account ("describe the procedure") asks what a question would ("what is it").
    static func answerType(of tokens: [Token], clause: Int?, claim: Bool = false) -> AnswerType {
        let words = (claim ? ["is", "it", "true", "that"] : []) + tokens.map(\.word)
        var whole = AnswerType.of(question: words)
        if whole == .none, !claim, let asked = askedByRequest(words) {
            whole = AnswerType.of(question: asked)
        }
        if whole == .none, asksLeave(words) { return .verdict }
        guard whole == .none, let clause, clause > 0 else { return whole }
        return AnswerType.of(question: tokens[clause...].map(\.word))
    }

    /// Openings that ask whether one may do something ("can I", "should people", "is it ok to").
    static let leaveOpenings: [[String]] = [
        ["can", "i"], ["can", "we"], ["can", "people"], ["can", "someone"], ["can", "you"], ["could", "i"],
        ["should", "i"], ["should", "people"], ["should", "someone"], ["should", "we"], ["may", "i"],
        ["am", "i", "allowed"], ["are", "people"], ["is", "it", "ok"], ["is", "it", "okay"], ["is", "it", "alright"],
    ] + ["can", "should"].flatMap { verb in conditionNames.union(["patients"]).map { [verb, $0] } }

    /// Words that ask about doing a thing again.
    static let repeatWords: Set<String> = ["once", "twice", "again", "another"]

    /// Words that say who asks rather than what is done ("people with fibromyalgia", "if I have fibro").
    static let askers: Set<String> = conditionNames.union([
        "patient", "patients", "people", "person", "someone", "sufferer", "sufferers", "allowed", "ok", "okay", "alright",
    ])

    /// True for a question asking leave to do one thing, named in at most two words once the
    /// asker and the condition are set aside: "can I give blood if I have fibro" (not "can I
    /// exercise after giving blood", which asks about the exercise).
    static func asksLeave(_ words: [String]) -> Bool {
        guard leaveOpenings.contains(where: { words.starts(with: $0) }) else { return false }
        // "can I have a nerve block more than once" asks about doing it again, not leave to do it.
        if words.contains(where: repeatWords.contains) { return false }
        let done = words.filter { !StopWords.contains($0) && !askers.contains($0) && $0.contains(where: \.isLetter) }
        return (1...2).contains(done.count)
    }

    /// Requests for an account of a thing named after them ("describe tactile allodynia", "tell
    /// me the benefits of vibration therapy", "give me the history of fibro"): the defining
    /// openers and a few more, longest first.
    static let accountRequests: [[String]] = (definingOpeners + [["tell", "me", "all", "about"], ["tell", "me"], ["give", "me"], ["show", "me"]])
        .sorted { $0.count > $1.count }

    /// The words of a request for an account read as the question it stands for ("describe
    /// the procedure" as "what is the procedure", "tell me the benefits of …" as "what are the
    /// benefits of …"); nil when the question opens otherwise or asks with a question word.
    static func askedByRequest(_ words: [String]) -> [String]? {
        let start = requestStart(in: words)
        guard let request = accountRequests.first(where: { Array(words.dropFirst(start).prefix($0.count)) == $0 }) else { return nil }
        let rest = Array(words.dropFirst(start + request.count))
        guard let first = rest.first, !wrappedOpeners.contains(first) else { return nil }
        let named = rest.first { !determiners.contains($0) } ?? first
        return ["what", AnswerType.looksPlural(named) ? "are" : "is"] + rest
    }
}
