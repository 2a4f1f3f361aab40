import Retrieval

/// A question turned into what to search: one concept per content word, each with the terms
/// that stand for it (the word's own stem, a spelling correction, lexicon expansions).
struct QueryPlan {
    /// One content word of the question and the weighted terms that can satisfy it.
    struct Concept {
        let word: String
        var alternatives: [Alternative]
        /// Where the word stands in the question as searched (words side by side make a phrase).
        var position = 0
        /// Where the word begins in the question's text, as a UTF-8 offset.
        var offset = 0
        /// Synonyms of several words among the alternatives, each as its run of terms.
        var phrases: [[String]] = []
    }

    /// A term standing for a concept, with its weight and where it came from.
    struct Alternative {
        let term: String
        let weight: Double
        let origin: Origin
    }

    enum Origin: String {
        case question, corrected, expanded, derived
    }

    /// Weights of terms by origin: the reader's own words count most.
    static let correctedWeight = 0.9
    /// An everyday word of the reader's inside a phrase of the lexicon ("give" in "give blood")
    /// weighs this: the phrase, not the word, carries the meaning.
    static let everydayWeight = 0.5
    /// A word of the reader's inside a turn of phrase that a one-way lexicon line maps to other
    /// words ("sick" in "feeling sick" => "nausea") weighs this: less than the word alone,
    /// more than an everyday word.
    static let turnOfPhraseWeight = 0.75
    static let expandedWeight = 0.5
    /// A title before a name ("Dr." in "Dr. Kellogg") weighs this share of a word.
    static let honorificWeight = 0.3
    static let derivedWeight = 0.5
    /// A derived form one letter from the word ("itchy" for "itch") says nearly what it says.
    static let closeFormWeight = 0.8
    /// An expanded term that is one word of a many-word synonym ("red" of "red face") counts at
    /// this share of an expansion's weight.
    static let phrasePartFactor = 0.6
    /// The weight of expanded terms instead when the reader's own word is not in the articles
    /// at all ("kids" → "children", "offspring"): they are the only way the word can match.
    static let standInWeight = 0.8

    var concepts: [Concept] = []
    /// Where the question proper begins after a preamble that sets the scene ("I had cortisone
    /// shots in my knee a few years back, are nerve blocks anything like those"), as a UTF-8
    /// offset; nil when the question has no preamble.
    var questionStart: Int?
    /// Where a sentence of scene told after the question proper begins ("is it like an
    /// epidural? I had one with my son"), as a UTF-8 offset; nil when none follows.
    var questionEnd: Int?
    /// True when the word at `offset` tells the scene rather than asks.
    func isInScene(_ offset: Int) -> Bool {
        questionStart.map { offset < $0 } == true || questionEnd.map { offset >= $0 } == true
    }
    /// The UTF-8 offsets of words the question sets aside ("pain" in "what else besides pain"):
    /// they search at `setAsideWeight`.
    var setAside: Set<Int> = []
    /// True when the question has a scene before or after its question proper.
    var hasScene: Bool { questionStart != nil || questionEnd != nil }
    var corrections: [(from: String, to: String, range: Range<Int>)] = []
    var expansions: [String] = []

    var queryTerms: [QueryTerm] { queryTerms(idf: [:]) }

    /// The query terms with the idf each is searched with (its own where `idf` has none).
    /// The words told after the question proper weigh `toldAfterWeight` of their own, those of
    /// a scene set before it `toldBeforeWeight`, those set aside `setAsideWeight` more.
    func queryTerms(idf: [String: Double]) -> [QueryTerm] {
        concepts.flatMap { concept in
            let told = questionEnd.map { concept.offset >= $0 } == true ? Self.toldAfterWeight
                : questionStart.map { concept.offset < $0 } == true ? Self.toldBeforeWeight : 1
            let factor = told * (setAside.contains(concept.offset) ? Self.setAsideWeight : 1)
            return concept.alternatives.map { QueryTerm(term: $0.term, weight: $0.weight * factor, idf: idf[$0.term]) }
        }
    }

    /// What the reader adds after the question proper ("my doctor brought it up last visit")
    /// says why they ask, not what: its words search at this share of their weight.
    static let toldAfterWeight = 0.5
    /// A scene set before the question proper ("I work indoors all day and never see the sun,
    /// could that make me ache") tells what the question is about, but less than the question
    /// proper itself: its words search at this share of their weight.
    static let toldBeforeWeight = 0.75
    /// What a question sets aside ("besides pain", "other than fibro") is what the reader
    /// already knows of, not what they ask about: its words search at this share of their weight.
    static let setAsideWeight = 0.4
}
