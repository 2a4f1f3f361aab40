import Retrieval

// A question may open with how the reader feels about what they ask ("I feel guilty that my
// kids might inherit my fibro", "it frustrates me that nobody knows if fibro is genetic", "I'm
// a bit embarrassed to ask, but …"): the feeling is theirs, not the subject. Like a polite
// wrapper, it is not searched, and what follows is read as the question.
extension Answerer {
    /// Openings by which readers tell their own state, longest first.
    static let feelingSubjects: [[String]] = [
        ["i", "am", "feeling"], ["i'm", "feeling"], ["im", "feeling"], ["i've", "been"], ["i", "have", "been"],
        ["i", "am"], ["i'm"], ["im"], ["i", "feel"], ["i", "felt"], ["i", "was"], ["i", "get"], ["feeling"],
    ]

    /// Words that may stand between the opening and the feeling ("I'm a bit nervous").
    static let feelingDegrees: Set<String> = [
        "so", "really", "very", "quite", "pretty", "super", "bit", "little", "a", "kind", "kinda", "sort", "of",
        "getting", "totally", "absolutely", "extremely", "honestly", "just", "still", "also", "too", "rather", "seriously",
        "lowkey", "highkey", "sorta", "tbh",
    ]

    /// Feelings about a thing, not symptoms: not "stressed", "tired", "depressed" or "lonely",
    /// which the articles treat as subjects of their own.
    static let feelings: Set<String> = [
        "worried", "scared", "afraid", "frightened", "terrified", "petrified", "nervous", "anxious", "guilty",
        "frustrated", "confused", "embarrassed", "ashamed", "upset", "sceptical", "skeptical", "desperate",
        "concerned", "unsure", "uncertain", "curious", "puzzled", "annoyed", "angry", "sad", "devastated",
        "overwhelmed", "paranoid", "apprehensive", "panicking", "panicked", "doubtful", "hesitant", "wary",
        "shocked", "surprised", "relieved", "hopeful", "interested", "bothered", "intrigued", "freaked", "freaking",
    ]

    /// Feelings that name a symptom too ("I'm confused all the time", "anxious and can't sleep"):
    /// a feeling about a thing only where a word linking it to the thing follows.
    static let feelingsThatAreSymptoms: Set<String> = ["confused", "anxious", "overwhelmed", "panicking", "sad", "upset"]

    /// Words that link a feeling to what it is about ("worried about", "guilty that", "scared of").
    static let feelingLinks: Set<String> = [
        "about", "that", "of", "by", "over", "because", "whether", "if", "for",
    ]

    /// Words after a feeling that carry on telling the reader's state, not what it is about
    /// ("scared and alone", "nervous all the time").
    static let feelingContinuations: Set<String> = [
        "and", "or", "but", "all", "lately", "recently", "constantly", "most", "every", "sometimes", "often",
        "easily", "again", "at", "in", "when", "during", "now", "today", "since", "right", "as",
    ]

    /// Verbs by which a thing stirs a feeling in the reader ("it frustrates me that …").
    static let stirringVerbs: Set<String> = [
        "frustrates", "worries", "scares", "upsets", "bothers", "annoys", "terrifies", "frightens", "confuses",
        "concerns", "puzzles", "saddens",
    ]

    /// True when the question starts with the feeling itself, its subject left out as in a
    /// text message ("lowkey scared i'll get fibro bc my mom has it").
    static func opensWithFeeling(_ words: [String]) -> Bool {
        words.first { !feelingDegrees.contains($0) }.map(feelings.contains) == true
    }

    /// True when `words` open with `opener` and a thing stirring a feeling in the reader ("it
    /// frustrates me", "what worries me").
    static func opensStirring(_ words: [String], with opener: String) -> Bool {
        words.count > 2 && words[0] == opener && stirringVerbs.contains(words[1]) && words[2] == "me"
    }

    /// Nouns of a feeling told as "my biggest fear is that …".
    static let feelingNouns: Set<String> = ["fear", "worry", "concern", "dread", "nightmare", "guilt"]
    /// Words that may stand before such a noun ("my biggest fear").
    static let feelingNounDegrees: Set<String> = ["biggest", "main", "greatest", "only", "real", "worst", "one", "big", "constant"]

    /// How many words open the question as "my biggest fear is (that)" or "what worries me (most)
    /// is (that)"; nil when it opens otherwise.
    static func toldFeelingLength(_ words: [String]) -> Int? {
        var end = 0
        if words.first == "my" {
            end = 1
            while end < words.count, feelingNounDegrees.contains(words[end]) { end += 1 }
            guard end < words.count, feelingNouns.contains(words[end]) else { return nil }
            end += 1
        } else if opensStirring(words, with: "what") {
            end = 3
            if end < words.count, words[end] == "most" { end += 1 }
        } else {
            return nil
        }
        guard end < words.count, words[end] == "is" else { return nil }
        end += 1
        if end < words.count, words[end] == "that" { end += 1 }
        return words.count - end >= 2 ? end : nil
    }

    /// Verbs of asking after "embarrassed to" or "nervous to" ("I'm a bit embarrassed to ask, but …").
    static let askingVerbs: Set<String> = ["ask", "say", "admit", "mention", "bring"]

    /// How many words open the question by telling how the reader feels about it, with the word
    /// linking the feeling to it ("I feel guilty that", "I'm worried", "it frustrates me that",
    /// "I'm embarrassed to ask, but", "my biggest fear is that"); nil when the question opens
    /// otherwise, or nothing of two words or more follows.
    static func feelingLength(_ words: [String]) -> Int? {
        var end: Int
        if opensStirring(words, with: "it") {
            end = 3
        } else if let subject = feelingSubjects.first(where: { words.starts(with: $0) })?.count ?? (opensWithFeeling(words) ? 0 : nil) {
            end = subject
            while end < words.count, feelingDegrees.contains(words[end]) { end += 1 }
            guard end < words.count, feelings.contains(words[end]) else { return nil }
            let feeling = words[end]
            end += 1
            if feeling == "freaked" || feeling == "freaking", end < words.count, words[end] == "out" { end += 1 }
            guard end < words.count else { return nil }
            if words[end] == "to", end + 1 < words.count, askingVerbs.contains(words[end + 1]) {
                // "embarrassed to ask, but is …": up to the "but", when one follows soon.
                guard let but = words[end...].prefix(apologyReach).firstIndex(of: "but") else { return nil }
                end = but + 1
            } else if feelingContinuations.contains(words[end]) {
                return nil
            } else if feelingsThatAreSymptoms.contains(feeling), !feelingLinks.contains(words[end]) {
                return nil
            }
        } else {
            return toldFeelingLength(words)
        }
        if end < words.count, feelingLinks.contains(words[end]), words[end] != "if" { end += 1 }
        return words.count - end >= 2 ? end : nil
    }
}
