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

    /// Requests for an account of something, whatever follows them ("walk me through a nerve
    /// block", "give me the short version: is it passed down", "summarize the ketamine
    /// article"), longest first: they ask for an answer and name nothing to search.
    static let requestWrappers: [[String]] = [
        ["explain", "to", "me", "like", "i'm", "five"], ["explain", "like", "i'm", "five"],
        ["give", "me", "the", "short", "version", "of"], ["give", "me", "a", "quick", "overview", "of"],
        ["i", "want", "a", "quick", "overview", "of"], ["i", "would", "like", "to", "learn"], ["give", "me", "the", "short", "version"],
        ["give", "me", "an", "overview", "of"], ["i", "want", "an", "overview", "of"], ["give", "me", "the", "basics", "of"],
        ["help", "me", "understand"], ["i'd", "like", "to", "learn"], ["i", "want", "to", "learn"], ["remind", "me"],
        ["summarize"], ["summarise"], ["eli5"],
    ] + stepByStepRequests

    /// Requests for an account step by step ("walk me through a nerve block"): the question's
    /// form wherever they stand, not a walk.
    static let stepByStepRequests: [[String]] = ["walk", "talk", "run", "take"].flatMap { verb in
        [[verb, "me", "through"], [verb, "us", "through"]]
    }

    /// Words that open the wrapped question; "if" and "whether" only link it ("I was wondering
    /// if vibration therapy helps" asks whether it helps) and go with the wrapper.
    static let wrappedOpeners: Set<String> = ["what", "why", "how", "when", "where", "who", "which", "whose", "if", "whether"]

    /// Verbs reporting someone else's question ("my son asked when …", "my husband wants to know
    /// what …"), longest first.
    static let reportingVerbs: [[String]] = [
        ["would", "like", "to", "know"], ["wants", "to", "know"], ["wanted", "to", "know"], ["needs", "to", "know"],
        ["keeps", "asking"], ["is", "asking"], ["was", "asking"], ["is", "wondering"], ["was", "wondering"],
        ["asked", "me"], ["asks", "me"], ["asked"], ["asks"], ["wonders"],
    ]

    /// Words by which a reported question may be about the one who asks it.
    static let thirdPersons: Set<String> = ["he", "she", "they", "him", "her", "them", "his", "hers", "their", "he'll", "she'll",
                                            "he's", "she's", "they're", "himself", "herself", "themselves"]

    /// How many words open the question by reporting who asks it: "my (little) son" or "he",
    /// then a reporting verb; nil when the question does not open so or nothing follows.
    static func reportedWrapperLength(_ words: [String]) -> Int? {
        var asker = 0
        if ["he", "she", "they", "someone", "somebody"].contains(words.first) {
            asker = 1
        } else if ["my", "our"].contains(words.first),
                  let noun = words.indices.dropFirst().prefix(3).first(where: { !relativeModifiers.contains(words[$0]) }),
                  relatives.contains(words[noun]) {
            asker = noun + 1
        }
        guard asker > 0 else { return nil }
        let rest = Array(words.dropFirst(asker))
        guard let verb = reportingVerbs.first(where: { rest.count > $0.count && Array(rest.prefix($0.count)) == $0 }) else { return nil }
        // A question about the asker ("my daughter keeps asking if she'll get it") needs the asker.
        if rest.dropFirst(verb.count).contains(where: thirdPersons.contains) { return nil }
        return asker + verb.count
    }

    /// Openings that put a claim to be checked ("is it true that …", "I heard …", "someone
    /// told me …"), longest first: the claim, with a "that" after the opening, is the question.
    static let claimWrappers: [[String]] = [
        ["is", "it", "a", "myth", "that"], ["is", "it", "a", "fact", "that"], ["is", "it", "true", "that"], ["is", "it", "a", "myth"],
        ["someone", "told", "me"], ["somebody", "told", "me"], ["i", "have", "heard"], ["i've", "been", "told"],
        ["is", "it", "true"], ["i", "was", "told"], ["i've", "heard"], ["ive", "heard"], ["i", "heard"], ["i've", "read"],
        ["i", "read"], ["someone", "said"], ["somebody", "said"], ["people", "say"], ["they", "say"],
    ]

    /// True when a split-off wrapper ends with the opening of a claim (and its "that"): the claim
    /// is split off last, after any apology, feeling or request before it.
    static func endsWithClaim(_ wrapper: [String]) -> Bool {
        claimWrappers.contains { claim in
            [claim, claim + ["that"]].contains { wrapper.count >= $0.count && Array(wrapper.suffix($0.count)) == $0 }
        }
    }

    /// Words opening an apology for asking ("sorry if this is a dumb question, but …", "apologies
    /// for the long post, but …"), and how far its "but" may stand.
    static let apologies: Set<String> = ["sorry", "apologies", "apologise", "apologize", "apology", "soz"]
    static let apologyReach = 12

    /// How many words an apology for asking takes, its "but" included; nil when the question
    /// opens with none.
    static func apologyLength(_ words: [String]) -> Int? {
        guard let first = words.first, apologies.contains(first),
              let but = words.prefix(apologyReach).firstIndex(of: "but"), but + 1 < words.count else { return nil }
        return but + 1
    }

    /// `tokens` split into a polite wrapper (as stop words) and the question it wraps; no
    /// wrapper when the question does not open with an apology for asking, a request for an account, with a polite
    /// wrapper followed by a question word, or with the opening of a claim followed by the claim.
    /// With `readingFeelings`, a feeling told first ("I feel guilty that …") is a wrapper too.
    static func splittingPoliteWrapper(_ tokens: [Token], readingFeelings: Bool = true) -> (wrapper: [Token], asked: [Token]) {
        let words = tokens.map(\.word)
        func split(_ length: Int) -> (wrapper: [Token], asked: [Token]) {
            let wrapped = tokens.prefix(length).map {
                Token(term: $0.term, word: $0.word, range: $0.range, position: $0.position, isStopWord: true)
            }
            return (wrapped, Array(tokens.dropFirst(length)))
        }
        if let length = apologyLength(words) ?? (readingFeelings ? feelingLength(words) : nil) {
            let rest = splittingPoliteWrapper(Array(tokens.dropFirst(length)), readingFeelings: readingFeelings)
            return (split(length).wrapper + rest.wrapper, rest.asked)
        }
        for wrapper in requestWrappers where words.count > wrapper.count + 1 && Array(words.prefix(wrapper.count)) == wrapper {
            let opened = wrappedOpeners.contains(words[wrapper.count])
            return split(opened && ["if", "whether"].contains(words[wrapper.count]) ? wrapper.count + 1 : wrapper.count)
        }
        for wrapper in politeWrappers where words.count > wrapper.count + 1 && Array(words.prefix(wrapper.count)) == wrapper {
            guard wrappedOpeners.contains(words[wrapper.count]) else { continue }
            return split(["if", "whether"].contains(words[wrapper.count]) ? wrapper.count + 1 : wrapper.count)
        }
        if let length = reportedWrapperLength(words), wrappedOpeners.contains(words[length]) {
            return split(["if", "whether"].contains(words[length]) ? length + 1 : length)
        }
        for wrapper in claimWrappers where words.count > wrapper.count + 1 && Array(words.prefix(wrapper.count)) == wrapper {
            return split(words[wrapper.count] == "that" ? wrapper.count + 1 : wrapper.count)
        }
        return ([], tokens)
    }
}
