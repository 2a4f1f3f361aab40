import Foundation
import Retrieval

// A question wrapped in a request ("can you tell me why …", "I was wondering if …"): the
// wrapper is not searched, and what it wraps is read as the question itself.
extension Answerer {
    /// Openings that ask for an answer rather than ask the question, longest first.
    static let politeWrappers: [[String]] = [
        ["could", "you", "please", "tell", "me"], ["can", "you", "please", "tell", "me"], ["could", "you", "please", "explain"],
        ["can", "you", "please", "explain"], ["i", "would", "like", "to", "understand"], ["i", "would", "like", "to", "know"],
        ["can", "you", "tell", "me"], ["could", "you", "tell", "me"], ["i'd", "like", "to", "know"], ["id", "like", "to", "know"],
        ["i'd", "like", "to", "understand"], ["i", "want", "to", "know"], ["i", "need", "to", "know"],
        ["i", "want", "to", "understand"], ["does", "anyone", "know"], ["can", "you", "explain"], ["could", "you", "explain"],
        ["please", "tell", "me"], ["please", "explain"], ["i", "was", "wondering"], ["i", "wanna", "know"],
        ["do", "you", "know"], ["i'm", "wondering"], ["im", "wondering"], ["just", "wondering"], ["tell", "me"], ["explain"],
        ["i", "wonder"], ["wondering"], ["please"],
    ]

    /// Words that open the wrapped question; "if" and "whether" only link it ("I was wondering
    /// if vibration therapy helps" asks whether it helps) and go with the wrapper.
    static let wrappedOpeners: Set<String> = ["what", "why", "how", "when", "where", "who", "which", "whose", "if", "whether"]

    /// Openings that put a claim to be checked ("is it true that …", "I heard …", "someone
    /// told me …"), longest first: the claim, with a "that" after the opening, is the question.
    static let claimWrappers: [[String]] = [
        ["is", "it", "a", "myth", "that"], ["is", "it", "a", "fact", "that"], ["is", "it", "true", "that"], ["is", "it", "a", "myth"],
        ["someone", "told", "me"], ["somebody", "told", "me"], ["i", "have", "heard"], ["i've", "been", "told"],
        ["is", "it", "true"], ["i", "was", "told"], ["i've", "heard"], ["ive", "heard"], ["i", "heard"], ["i've", "read"],
        ["i", "read"], ["someone", "said"], ["somebody", "said"], ["people", "say"], ["they", "say"],
    ]

    /// `tokens` split into a polite wrapper (as stop words) and the question it wraps; no
    /// wrapper when the question does not open with one followed by a question word, or with
    /// the opening of a claim followed by the claim.
    static func splittingPoliteWrapper(_ tokens: [Token]) -> (wrapper: [Token], asked: [Token]) {
        let words = tokens.map(\.word)
        func split(_ length: Int) -> (wrapper: [Token], asked: [Token]) {
            let wrapped = tokens.prefix(length).map {
                Token(term: $0.term, word: $0.word, range: $0.range, position: $0.position, isStopWord: true)
            }
            return (wrapped, Array(tokens.dropFirst(length)))
        }
        for wrapper in politeWrappers where words.count > wrapper.count + 1 && Array(words.prefix(wrapper.count)) == wrapper {
            guard wrappedOpeners.contains(words[wrapper.count]) else { continue }
            return split(["if", "whether"].contains(words[wrapper.count]) ? wrapper.count + 1 : wrapper.count)
        }
        for wrapper in claimWrappers where words.count > wrapper.count + 1 && Array(words.prefix(wrapper.count)) == wrapper {
            return split(words[wrapper.count] == "that" ? wrapper.count + 1 : wrapper.count)
        }
        return ([], tokens)
    }
}
