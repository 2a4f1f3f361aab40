import Retrieval

/// Everyday English words that name no subject: verbs of asking, trying and saying, and plain
/// adjectives and adverbs ("what counts as being dehydrated", "who should I ask about trying a
/// nerve block"). A question word the articles never use counts against answering, as the mark
/// of a question from elsewhere ("who won the super bowl"), unless it is one of these; and
/// none of these is "corrected" into an article's word.
enum CommonWords {
    /// True when `word` (folded, as typed) is one of them or an inflected form of one
    /// ("figured", "describes", "starts", "playing").
    static func contains(_ word: String) -> Bool {
        words.contains(word) || baseForms(of: word).contains(where: words.contains)
    }

    /// True when `word`, of four letters or more and itself no stop word, is one slip of the
    /// keys (a letter changed, added, dropped, or two swapped) from one of `Shorthand`'s frame
    /// words ("dpes", "whst", "anout", "yhis"): the question's frame mistyped, no sign of a
    /// subject from elsewhere. Only frame words whose neighbours are seldom words themselves
    /// are among them: not "same" ("game", "name"), "most" ("cost"), "some" ("home").
    static func isSlipOfAFrameWord(_ word: String) -> Bool {
        guard (4...8).contains(word.count), word.allSatisfy(\.isLetter), !StopWords.contains(word) else { return false }
        let letters = Array(word.unicodeScalars)
        return slipTargets.contains { (frame: [Unicode.Scalar]) -> Bool in
            abs(frame.count - letters.count) <= 1 && SpellingCorrector.editDistance(letters, frame, limit: 1) == 1
        }
    }

    /// The frame words, as letters.
    static let slipTargets: [[Unicode.Scalar]] = Shorthand.frameWords.map { Array($0.unicodeScalars) }

    /// The words `word` may be an inflection of, its ending taken off ("figured" → "figure",
    /// "figur"; "stopped" → "stop"): cheaper than stemming the whole list on every run.
    static func baseForms(of word: String) -> [String] {
        var forms: [String] = []
        for ending in ["s", "es", "ed", "d", "ing"] where word.count > ending.count + 2 && word.hasSuffix(ending) {
            let base = String(word.dropLast(ending.count))
            forms.append(base)
            if ending == "ing" || ending == "ed" { forms.append(base + "e") }
            // A doubled last consonant ("stopped", "planning").
            if (ending == "ing" || ending == "ed"), let last = base.last, base.dropLast().last == last, !"aeiou".contains(last) {
                forms.append(String(base.dropLast()))
            }
        }
        return forms
    }

    /// Stop words are not repeated here: they never reach the test. Not here either: "good",
    /// "best" and the like, which ask for a judgement ("the best way to save money") that the
    /// articles, on their own subject, seldom give.
    static let words: Set<String> = verbs.union(qualities).union(nouns).union(prepositions)

    /// True when `word` (or its base form) is an everyday verb, noun or preposition: not one of
    /// the plain qualities ("quick", "normal"), which may say what is asked of a subject.
    static func namesNothingAsked(_ word: String) -> Bool {
        ([word] + baseForms(of: word)).contains { verbs.contains($0) || nouns.contains($0) || prepositions.contains($0) }
    }

    static let verbs: Set<String> = [
        // Asking, saying and thinking.
        "ask", "asked", "asking", "answer", "answered", "question", "questions", "say", "said", "says", "saying",
        "talk", "talked", "talking", "speak", "spoke", "discuss", "discussed", "describe", "described", "explain",
        "explanation", "explanations", "suggest", "suggested", "recommend", "recommended", "advise", "advice", "tip",
        "tips", "hack", "hacks", "trick", "tricks", "think", "thought", "thinking", "believe",
        "guess", "suppose", "supposed", "assume", "realize", "realise", "understand", "understood", "figure",
        "decide", "decided", "agree", "hear", "heard", "read", "told", "claim", "claims", "claimed", "complain",
        "complaint", "mention", "wonder", "curious", "confused", "confusing", "unsure", "swear", "swears", "swore", "sworn",
        "frustrated", "frustrating", "frustration", "annoyed", "annoying", "puzzled", "puzzling", "scared",
        "afraid", "frightened", "terrified", "offer", "offered", "offering", "offers",
        // Doing, trying and happening.
        "try", "tried", "trying", "attempt", "count", "counts", "counted", "connect", "connected", "connection",
        "relate", "relates", "relation", "link", "linked", "happen", "happens", "happened", "happening", "occur",
        "occurs", "occurred", "bother", "bothers", "matter", "matters", "mattered", "handle", "manage", "managed", "fix", "fixed",
        "fixing", "solve", "solved", "play", "played", "playing", "pay", "paid", "paying", "spend", "spent", "spending",
        "cope", "deal", "dealing", "involve", "involved", "bring", "brings", "brought", "put", "puts", "putting",
        "receive", "received", "receives", "receiving", "let", "lets", "seem", "seems", "seemed", "appear", "appears",
        "become", "becomes", "became", "begin",
        "begins", "began", "started", "starting", "finish", "finished", "end", "ended", "ending", "stop", "stops", "stopped",
        "stopping", "quit", "quits", "quitting", "keep", "kept",
        "stay", "stayed", "come", "comes", "came", "coming", "leave", "left", "give", "gives", "gave", "given",
        "take", "takes", "took", "taken", "taking", "make", "makes", "made", "making", "done", "use", "used",
        "using", "need", "needed", "needs", "look", "looks", "looked", "looking", "see", "saw", "seen", "find",
        "finds", "found", "show", "shows", "showed", "shown", "check", "checked", "notice", "noticed", "mean",
        "means", "meant", "include", "includes", "included", "change", "changes", "changed", "changing", "turn",
        "turns", "turned", "move", "moved", "hold", "held", "wait", "waited", "waiting", "allow", "allowed",
        "expect", "expected", "hope", "hoped", "hoping", "plan", "planned", "planning", "worry", "worried", "care",
        "cared", "like", "liked", "love", "loved", "hate", "hated", "prefer", "wish",
        // Going somewhere for a moment ("can I nip to the gym").
        "nip", "nipping", "nipped",
    ]

    static let qualities: Set<String> = [
        // Plain qualities and amounts.
        "big", "bigger", "small", "smaller", "little", "large", "huge", "tiny", "long", "short", "high", "low",
        "hard", "easy", "easier", "easily", "harder", "halfway", "midway", "fast", "slow", "quick", "quickly", "slowly", "right", "wrong", "true",
        "false", "real", "actual", "normal", "usual", "typical", "common", "rare", "possible", "impossible",
        "likely", "unlikely", "sure", "certain", "fine", "whole", "entire", "single", "different", "another", "new", "old",
        "next", "last", "first", "second", "recent", "recently", "lately", "soon", "later", "earlier", "early", "afterwards", "afterward", "beforehand",
        "late", "today", "tonight", "tomorrow", "yesterday", "now", "still", "yet", "already", "even", "maybe",
        "perhaps", "probably", "possibly", "enough", "almost", "quite", "pretty", "completely", "mostly", "mainly",
        "partly", "properly", "especially", "particularly", "generally", "normally", "typically", "anyway", "anyhow",
        "otherwise", "instead", "stupid", "silly", "ridiculous", "finally", "famous",
    ]

    static let nouns: Set<String> = [
        // Nouns that name nothing in particular.
        "way", "ways", "kind", "kinds", "sort", "sorts", "type", "types", "stuff", "bit", "part", "parts", "point",
        "reason", "reasons", "fact", "facts", "case", "cases", "example", "idea", "ideas", "concept", "concepts", "notion", "manner", "time", "times", "day",
        "days", "week", "weeks", "month", "months", "year", "years", "moment", "people", "person", "one",
        "guy", "guys", "folks", "lady", "ladies", "dude",
        // How a forum addresses its readers ("fibro fam", "nerve block warriors", "spoonies").
        "fam", "warrior", "warriors", "spoonie", "spoonies", "gang", "yall", "y'all",
        // A forum's courtesies around a question ("sorry if this is a dumb question", "apologies
        // for the long post", "fun fact request").
        "sorry", "apologies", "apology", "apologise", "apologize", "dumb", "post", "posts", "request", "fun",
        // Amounts said loosely ("a bunch of hype", "a load of tests").
        "bunch", "load", "loads", "ton", "tons", "heap", "heaps",
        "ones", "place", "places", "word", "words", "number", "amount", "level", "world", "human", "humans",
        // The kind of source asked for ("which newspaper explained epigenetics", "what website").
        "newspaper", "newspapers", "magazine", "magazines", "website", "websites", "source",
        "sources", "organization", "organisation", "organizations", "organisations",
        // A whole undertaking named in passing ("this central pain amplification business", "the whole
        // faff of donating").
        "business", "hassle", "faff", "palaver", "rigmarole", "malarkey",
        // A part or a proposal named in passing ("a heritable component", "the proposed cause").
        "component", "components", "aspect", "aspects", "element", "elements", "proposed",
        // An account asked for by its size ("a quick overview of rosacea", "the basics").
        "overview", "summary", "rundown", "lowdown", "gist", "basics", "recap",
    ]

    static let prepositions: Set<String> = [
        // Prepositions the stop list leaves out ("the story behind", "anything besides").
        "behind", "beside", "besides", "near", "around", "across", "along", "among", "within", "without",
        "toward", "towards", "upon", "beyond", "inside", "outside", "onto", "via", "despite", "except", "versus", "vs",
    ]
}
