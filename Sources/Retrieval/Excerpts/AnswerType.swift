/// The kind of fact a question asks for, told by its interrogative ("when", "how long"), and
/// whether a sentence states one. Used to prefer the sentence that holds the asked-for fact.
public enum AnswerType: String, Sendable {
    case none
    /// "when", "what year": a year or a month.
    case time
    /// "how long": an amount of time ("fifteen minutes", "3 months").
    case duration
    /// "how quickly", "how fast", "how soon": a sentence telling how soon ("immediate relief",
    /// "relief rather quickly", "quick results"), or after how long.
    case speed
    /// "how much", "how many", "how often", "how frequently": a number.
    case quantity
    /// "what is X", "what does X mean": a sentence saying what X is ("X is…", "X refers to…").
    case definition
    /// "how do I …", "what should I do", "what helps …": a sentence telling the reader what to
    /// do ("Put pressure on the site", "you need to talk to your doctor").
    case instruction
    /// "why …", "what causes …": a sentence giving a reason ("because", "due to", "caused by").
    case cause
    /// "how does X work": a sentence saying by what means ("by using the same blocking
    /// properties", "this happens because the drug blocks …").
    case mechanism
    /// "who …": a sentence naming people by their role ("an anesthesiologist", "patients").
    case person
    /// "when should I …", "when to …", "when is it serious": a sentence stating a condition
    /// ("… if you have …"); "when was/did …" asks for a time.
    case condition
    /// "what are the symptoms of …", "which foods …": a sentence listing things ("stiffness,
    /// trouble sleeping, headaches", "… include …", "such as …").
    case list
    /// "what should I avoid …", "what not to do …": a sentence telling the reader what not to
    /// do ("Avoid sugary drinks", "It is important to not exercise …").
    case caution
    /// "who does X", "who invented X": a sentence naming someone by a role that does things
    /// ("An anesthesiologist will help you through the procedure"), not a kind of people.
    case agent
    /// "who is X for", "who qualifies for X", "who can get X": a sentence naming the people X
    /// is for ("reserved for patients that have been resistant …").
    case recipient
    /// "what was X for", "what is X used for": a sentence saying what X serves ("it was used
    /// to stimulate the vital organs", "is often used as an anesthetic").
    case purpose
    /// "what is X like", "what does X feel like": a sentence saying what X is like ("The
    /// infusion process is relaxing", "The procedure is relatively simple").
    case description
    /// "what does X look like": a sentence saying what is seen ("a raised area/bump", "little
    /// red marks", "a rosy red glow").
    case appearance
    /// "what happens during X", "… while the injection goes in": a sentence telling what goes
    /// on meanwhile ("you will get to sit and relax while it's going on", "When undergoing the
    /// infusion you basically go into a chemically induced sleep").
    case meanwhile
    /// "where can I …", "where is X": a sentence naming a place or a site ("visit the Kellogg
    /// Discovery Center", "contact your local blood donation center", "for your home").
    case place
    /// "where does the injection go": a sentence pointing to a spot ("into the area where the
    /// pain is being felt", "around your nose").
    case location
    /// "my skin welts up when I scratch, what is that called": a sentence giving what is told
    /// its name ("This is referred to as hyperalgesia", "Rosacea occurs when …").
    case identity
    /// May one do it at all ("can I give blood"): a sentence judging it ("Donating is a safe
    /// process"). Never read from the words here; the caller, which knows who asks, sets it.
    case verdict
    /// "is the infusion dose the same as for surgery", "is it stronger or weaker": a sentence
    /// setting one thing against another ("uses a far lower dose", "similar to other types of
    /// injections", "more advantages than disadvantages").
    case comparison
    /// "why hasn't fibromyalgia been studied", "why is there so little research": a sentence
    /// giving a reason or telling what is lacking ("without more study … and funding", "there
    /// haven't been as many opportunities").
    case absence
    /// "is ketamine only for depression", "is pain the only thing nerve blocks help with": a
    /// sentence telling of more than that ("has also been used", "lots of reasons", "not the
    /// only thing", "as well"), or of what it is kept for ("reserved for").
    case extent

    /// Words that, right after a searched word, introduce what it is.
    static let definingWords: Set<String> = ["is", "are", "refers", "means", "describes", "involves", "consists"]

    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "hundreds", "thousand", "million",
        "half", "few", "several", "once", "twice",
    ]
    static let timeUnits: Set<String> = [
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
        "months", "year", "years", "night", "nights", "decade", "decades",
    ]
    /// Words asking whether something is quick, outside a "how" question (not "fast", which
    /// may be going without food, nor "quick", as in "a quick summary").
    static let speedCues: Set<String> = ["immediately", "instantly", "straightaway", "slow", "quickly"]
    static let speedCuePairs: Set<[String]> = [["right", "away"], ["straight", "away"], ["strait", "away"], ["kick", "in"],
                                               ["take", "effect"], ["takes", "effect"], ["take", "days"], ["take", "weeks"]]
    /// Words after "how" that ask how soon.
    static let speedQuestionWords: Set<String> = ["quickly", "fast", "soon", "rapidly", "quick"]
    /// Words of a sentence telling how soon something happens.
    static let speedWords: Set<String> = [
        "immediate", "immediately", "quickly", "quick", "rapid", "rapidly", "fast", "instantly", "instant", "soon", "straight",
    ]
    /// Words that state an amount without a number ("a far lower dose").
    static let measureWords: Set<String> = ["dose", "doses", "dosage", "dosages"]
    static let months: Set<String> = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// Verbs that open an instruction ("Avoid sugary drinks", "If it bleeds, put pressure on it").
    static let instructingVerbs: Set<String> = [
        "apply", "ask", "avoid", "call", "check", "consider", "consult", "contact", "continue", "don't", "drink",
        "eat", "exercise", "follow", "get", "go", "have", "keep", "limit", "make", "put", "raise", "remember", "rest",
        "see", "seek", "sit", "speak", "stay", "stop", "take", "talk", "tell", "try", "use", "visit", "wait",
        "wash", "wear",
    ]
    /// Words that, after an opening verb, show it is a noun instead ("Sleep is very important").
    static let notAfterInstruction: Set<String> = [
        "is", "are", "was", "were", "can", "could", "has", "have", "may", "will", "of", "been", "to", "you", "i", "we", "they",
    ]
    /// Word pairs that advise wherever they stand ("you should", "make sure").
    static let advisingPairs: Set<[String]> = [
        ["you", "should"], ["you", "need"], ["you", "must"], ["make", "sure"], ["be", "sure"], ["important", "to"],
        ["it's", "best"], ["you", "can"], ["you'll", "be"],
    ]
    /// Words that give a reason.
    static let reasonWords: Set<String> = [
        "because", "due", "caused", "causes", "cause", "result", "reason", "reasons", "trigger", "triggers", "triggered", "triggering",
    ]
    /// Words that tell what is lacking, the reason a "why not" question asks for.
    static let lackWords: Set<String> = ["without", "lack", "lacking", "lacks", "enough", "haven't", "hasn't", "unable"]
    /// Negated auxiliaries that, right after "why", ask why something does not happen.
    static let negatedAuxiliaries: Set<String> = [
        "hasn't", "hasnt", "haven't", "havent", "don't", "dont", "doesn't", "doesnt", "isn't", "isnt", "aren't", "arent",
        "didn't", "didnt", "wasn't", "wasnt", "weren't", "werent", "not",
    ]
    /// Words for people by what they are ("women", "patients"): who a thing happens to. Not
    /// "anyone" or "someone": they name no one ("Anyone with fibromyalgia knows …" does not say
    /// who a treatment is for).
    static let kindsOfPeople: Set<String> = [
        "adult", "adults", "athletes", "child", "children", "cosmonauts", "astronauts", "donor", "donors", "man", "men",
        "patient", "patients", "people", "person", "sufferers", "woman", "women",
    ]
    /// Words for people by a role that does things, and titles before a name ("Dr. Smythe");
    /// words ending like "specialist", "physician" or "rheumatologist" count too.
    static let roleWords: Set<String> = [
        "dr", "mr", "mrs", "ms", "prof", "professor", "doctor", "doctors", "nurse", "nurses", "professional",
        "professionals", "surgeon", "surgeons",
    ]
    /// Verbs after "who" that ask who someone is, or whom something befalls ("who gets rosacea"),
    /// rather than who does something.
    static let identifyingVerbs: Set<String> = ["is", "are", "was", "were", "gets", "get", "got", "has", "have", "suffers"]
    static let personEndings = ["ist", "ists", "ician", "icians", "ologist", "ologists"]

    /// Verbs of "who can get X", "who should try X".
    static let receivingVerbs: Set<String> = ["get", "have", "receive", "try", "use", "take"]
    /// Things given to people, which "who gets …" asks the recipients of.
    static let provisions: Set<String> = [
        "therapy", "therapies", "treatment", "treatments", "procedure", "procedures", "infusion", "infusions",
        "injection", "injections", "service", "services", "care", "help", "support",
    ]
    /// How far after "for" the people a thing is for may be named ("for fibromyalgia patients").
    static let recipientReach = 3

    /// Verbs of working or helping: "how does X …" with one asks by what means.
    static let meansVerbs: Set<String> = [
        "work", "works", "help", "helps", "relieve", "relieves", "treat", "treats", "reduce", "reduces", "lower",
        "lowers", "prevent", "prevents", "stop", "stops", "block", "blocks", "ease", "eases", "heal", "heals",
        "improve", "improves", "fight", "fights",
    ]
    /// Words that tell what the means bring about ("the nerves are not firing off …, thus
    /// making it so that you aren't feeling as much pain").
    static let consequenceWords: Set<String> = ["thus", "thereby", "hence", "therefore"]
    /// Word pairs that say how a thing is meant to work ("The idea is that the rapid vibrations
    /// force the muscles …").
    static let explainingPairs: Set<[String]> = [["idea", "is"], ["idea", "behind"], ["principle", "is"], ["works", "by"], ["work", "by"]]
    /// Words that open a condition.
    static let conditionWords: Set<String> = ["if", "when", "whenever", "unless", "once"]

    /// After "what are", words that ask for several things ("what are the symptoms"), unlike a
    /// name ("what are nerve blocks").
    static let listOpeners: Set<String> = [
        "the", "some", "common", "main", "other", "different", "typical", "usual", "all", "any", "possible", "various",
        "several", "known", "major", "key",
    ]
    /// How many words after "what are" a plural asking for several things may stand ("what
    /// are common fibro symptoms").
    static let listNounReach = 3
    /// After "what are", plurals that ask for several things without an article ("what are
    /// signs of dehydration"), unlike a name ("what are histones").
    static let listNouns: Set<String> = aspectNouns.union([
        "reasons", "ways", "options", "examples", "factors", "conditions", "things", "foods", "drinks", "tips",
        "problems", "issues",
    ])
    /// True when `word` (folded, singular or plural) names a kind of fact asked about a subject
    /// ("the signs of rosacea", "a benefit of donating"), rather than the subject itself.
    public static func namesAnAspect(_ word: String) -> Bool {
        aspectNouns.contains(word) || aspectNouns.contains(word + "s") || aspectNouns.contains(word + "es")
    }
    /// True when `word` (folded) judges its subject rather than naming one: whether it is safe,
    /// dangerous, serious, normal ("is rosacea dangerous", "is it normal to bruise").
    public static func judges(_ word: String) -> Bool { judgingWords.contains(word) }
    static let judgingWords: Set<String> = [
        "dangerous", "safe", "unsafe", "safer", "risky", "harmful", "harmless", "serious", "normal", "abnormal",
        "bad", "ok", "okay", "fine", "worrying", "worried", "worry", "scary", "concerning", "healthy", "unhealthy",
    ]
    /// The list nouns that name an aspect of a subject, unlike the other `listNouns`, which
    /// name kinds of thing ("foods", "tips").
    static let aspectNouns: Set<String> = [
        "signs", "symptoms", "benefits", "advantages", "disadvantages", "risks", "causes", "effects", "treatments",
        "triggers", "remedies", "dangers", "downsides", "complications",
    ]
    /// Words ending in "s" after a leading "what" that are verbs, not plural things to list, or
    /// that name a kind ("what types of …" matches any "type" in the text, lists or not).
    static let verbsEndingInS: Set<String> = [
        "does", "happens", "means", "makes", "helps", "works", "goes", "causes", "triggers", "says", "seems",
        "looks", "feels", "gets", "takes", "this", "kinds", "sorts", "types", "turns", "sets", "puts", "keeps", "brings",
        "stops", "lets", "needs", "runs", "comes", "gives", "affects", "changes", "increases", "reduces", "lowers",
        "raises", "shows", "tells", "lasts", "starts", "leads", "relieves", "eases", "prevents", "improves", "worsens",
        "hurts", "decides", "determines", "controls", "regulates", "blocks", "stimulates", "activates", "sends", "passes",
        "qualifies", "matters", "explains", "describes", "defines", "involves", "stands", "refers",
    ]
    /// Words before a closing "for" that make it part of the verb, not a question of purpose:
    /// "what does WBVT stand for", "what should I look out for", "what do they test for".
    static let verbsTakingFor: Set<String> = [
        "stand", "out", "watch", "look", "test", "tested", "testing", "screen", "screened", "check", "checked",
        "wait", "ask", "asked", "care", "pay", "hope", "listen", "search", "searching",
    ]
    /// Words that introduce a list.
    static let listingWords: Set<String> = ["include", "includes", "including", "such", "like"]
    /// A sentence with this many commas or semicolons between its words enumerates ...
    static let listSeparators = 3
    /// ... when at least two of its clauses are this short: items, not clauses of a long
    /// sentence ("bruising, pain, weakness, …", not "…, half of you launched into angry
    /// tirades at the mere suggestion, while the other half …").
    static let listItemWords = 4
    static let shortItems = 2

    /// True when the clause starts of a sentence (see `isStated`) mark out a list.
    static func enumerates(_ clauseStarts: [Bool]) -> Bool {
        let starts = clauseStarts.indices.filter { $0 > 0 && clauseStarts[$0] }
        guard starts.count >= listSeparators else { return false }
        let bounds = [0] + starts + [clauseStarts.count]
        let short = zip(bounds, bounds.dropFirst()).filter { $1 - $0 <= listItemWords }.count
        return short >= shortItems
    }

    /// Question words that ask what not to do.
    static let cautionWords: Set<String> = ["avoid", "avoided", "avoiding", "shouldn't", "mustn't"]
    /// Word pairs that ask what not to do ("what not to do", "stay away from").
    static let cautionPairs: Set<[String]> = [["should", "not"], ["not", "to"], ["stay", "away"], ["steer", "clear"], ["keep", "away"]]
    /// True for "what should I not do", "must you not …": a modal, its subject, then "not".
    static func asksWhatNotToDo(_ words: [String]) -> Bool {
        words.indices.dropLast(2).contains { i in
            ["should", "must"].contains(words[i]) && ["i", "you", "we", "they", "one", "people"].contains(words[i + 1])
                && words[i + 2] == "not"
        }
    }

    /// Words that forbid what follows them in a sentence ("avoid", "never").
    static let forbiddingWords: Set<String> = ["avoid", "never", "don't"]
    /// Word pairs that forbid ("to not exercise", "should not", "do not").
    static let forbiddingPairs: Set<[String]> = [["to", "not"], ["not", "to"], ["should", "not"], ["do", "not"], ["must", "not"]]

    /// Verbs that, before a closing "like", ask what something is like ("feel like", "is it like").
    static let likeningVerbs: Set<String> = ["is", "are", "was", "were", "be", "feel", "feels", "look", "looks", "seem", "seems", "sound", "sounds"]
    /// Words that may follow the "like" of such a question ("what does touch feel like with allodynia").
    static let afterLikening: Set<String> = ["with", "for", "after", "during", "when", "while", "whilst", "once", "before", "if", "to", "in", "at", "on", "from", "besides", "apart", "other", "except", "aside", "beyond"]
    /// Words between a copula and what it says of its subject that do not say it ("is not", "is relatively").
    static let describingAdverbs: Set<String> = [
        "not", "very", "quite", "relatively", "really", "fairly", "pretty", "so", "extremely", "usually", "generally",
        "often", "actually", "basically", "also", "rather", "incredibly", "truly", "mostly", "always", "never",
    ]
    /// Words after a copula that do not describe its subject: articles, pronouns, prepositions
    /// ("is a", "is that", "is in"); "is an X" classifies (a definition, not a description).
    static let notDescribing: Set<String> = [
        "a", "an", "the", "that", "this", "these", "those", "to", "in", "on", "at", "for", "of", "by", "with", "as", "it",
        "what", "when", "where", "why", "how", "one", "another", "there", "because", "due", "being", "no", "my", "your",
        "our", "their", "his", "her", "its", "some", "any", "all",
    ]

    /// The position of the "like" that makes a question ask what something is like ("what is
    /// the ketamine infusion like", "what does dehydration feel like"), or nil.
    public static func likening(in words: [String]) -> Int? {
        guard let opening = words.firstIndex(where: { $0 == "what" || $0 == "what's" || $0 == "how" }) else { return nil }
        // "what does dehydration feel like", or "what is the infusion like".
        for i in words.indices where i > opening + 1 && words[i] == "like"
            && (likeningVerbs.contains(words[i - 1]) || likeningVerbs.contains(words[opening + 1]) || words[opening] == "what's") {
            if i + 1 == words.count || afterLikening.contains(words[i + 1]) { return i }
        }
        return nil
    }

    /// Verbs that report what someone holds ("what do doctors think causes it").
    public static let reportingVerbs: Set<String> = ["say", "says", "think", "thinks", "believe", "believes", "know", "suspect"]

    /// Who the reader may ask about: a question "how do I …" is about what to do, "how do nerve
    /// blocks …" is not; after "can I …" the subject is what the reader would do.
    public static let readers: Set<String> = ["i", "you", "we", "one"]
    /// Who may do something in a clause that "when" joins to the one before ("it hurts when my
    /// husband touches me", "… when they put the needle in").
    static let conjoinedSubjects: Set<String> = ["my", "he", "she", "they", "someone", "somebody", "anyone", "people", "it"]
    /// Verbs of setting something off, asked after "what" and a modal ("what can trigger …").
    static let causeVerbs: Set<String> = ["cause", "trigger", "start", "bring", "set", "spark"]
    /// True when a modal and a verb of setting something off follow the "what" at `i`, "thing"
    /// or "things" aside: "what can start fibromyalgia" asks its cause.
    static func causeAskedWithAModal(_ words: [String], after i: Int) -> Bool {
        let rest = words[(i + 1)...].drop { ["thing", "things", "else"].contains($0) }
        guard let modal = rest.first, ["can", "could", "might", "may", "would", "will"].contains(modal),
              let verb = rest.dropFirst().first else { return false }
        return causeVerbs.contains(verb)
    }
    /// A modal or "do" after "what i" / "how i" asking what to do ("what i should do").
    static let learnersInstructionVerbs: Set<String> = ["do", "can", "should", "must", "could", "need", "have"]

    /// The answer type of a question, from its leading words.
    /// Participles that close a request for a definition put as "how is X described".
    public static let definingParticiples: Set<String> = ["defined", "described", "explained", "characterized", "characterised"]

    /// The position of the closing participle of "how is dermatographism described", "how are
    /// nerve blocks defined": a definition asked for, like "what is"; nil for other questions.
    public static func describedAt(in words: [String]) -> Int? {
        guard words.count >= 4, words[0] == "how", ["is", "are", "was", "were"].contains(words[1]),
              let last = words.last, definingParticiples.contains(last) else { return nil }
        return words.count - 1
    }

    /// Words that open a question or a sentence rather than a string of search words.
    static let sentenceOpeners: Set<String> = [
        "what", "what's", "whats", "how", "how's", "why", "when", "who", "whom", "whose", "where", "which", "is", "are",
        "was", "were", "am", "do", "does", "did", "can", "could", "should", "would", "will", "may", "might", "must",
        "has", "have", "had", "i", "i'm", "im", "i've", "ive", "my", "me", "we", "you", "tell", "explain", "define", "describe", "please",
        "any", "anything", "if", "after", "before", "during", "since", "so", "and", "but", "or", "the", "a", "an", "it",
        "it's", "its", "there", "this", "that", "these", "those", "she", "he", "they", "our", "your", "his", "her", "their",
    ]
    /// Words that, closing a string of search words, ask what it means ("hyperalgesia
    /// definition").
    static let definitionLabels: Set<String> = [
        "definition", "meaning", "explained", "explanation", "defined", "described", "101", "basics", "overview", "introduction", "intro",
    ]
    /// Words that ask what to do, wherever they stand ("any advice for bruising after giving blood").
    static let adviceNouns: Set<String> = ["advice", "advise", "tips", "tip", "suggestions", "pointers", "hacks", "recommendations"]
    /// Words that ask how long something lasts, wherever they stand ("nerve block procedure
    /// length", "what is the duration of the relief").
    static let durationNouns: Set<String> = ["duration", "length"]
    /// Things that take time, which "a long …" asks the length of ("a long procedure").
    static let lengthyThings: Set<String> = ["procedure", "process", "appointment", "session", "wait", "visit", "course"]
    /// Words that ask what brings something about, wherever they stand ("what is the etiology
    /// of fibromyalgia").
    static let causeNouns: Set<String> = ["etiology", "aetiology", "pathogenesis"]
    /// Words that ask by what means something happens or works ("the pathophysiology of
    /// rosacea", "ketamine's mechanism of action").
    static let mechanismNouns: Set<String> = ["pathophysiology", "mechanism", "mechanisms"]

    /// Plurals naming the things a list would name ("symptoms", "conditions", "disorders");
    /// "causes" and "triggers" ask for a reason instead.
    static let namedKinds: Set<String> = listNouns.subtracting(["causes", "triggers"]).union(["disorders", "diseases"])

    /// True when `words` are search words rather than a sentence ("rosacea over thirty").
    /// A preposition before a question word opens a sentence too ("in which year was
    /// fibromyalgia defined", "for how long does the relief last").
    public static func isKeywordQuery(_ words: [String]) -> Bool {
        guard let first = words.first else { return false }
        if words.count > 2, openingPrepositions.contains(first), ["which", "what", "how", "whom", "where", "when"].contains(words[1]) {
            return false
        }
        // "skin symptoms, what should I do" names its subject first, then asks.
        let asksLater = words.dropFirst().contains { ["what", "how", "why", "which"].contains($0) }
        return words.count >= 2 && !sentenceOpeners.contains(first) && !asksLater
    }

    /// Prepositions that may open a question before its question word.
    static let openingPrepositions: Set<String> = ["in", "on", "at", "for", "from", "by", "to", "with", "since", "until", "till"]

    /// The positions of words that only say what kind of fact a string of search words wants
    /// ("definition" in "hyperalgesia definition", "list" in "full list fibromyalgia
    /// symptoms"). ("Duration" and "length" stay: the lexicon reads them as hours and minutes.)
    public static func formWords(in words: [String]) -> Set<Int> {
        guard isKeywordQuery(words) else { return [] }
        var found = Set(words.indices.filter { ["list", "full"].contains(words[$0]) })
        if let label = definitionLabel(in: words) { found.insert(label) }
        return found
    }

    /// The position of the closing label of a string of search words that asks what it names
    /// ("definition" in "hyperalgesia definition", "101" in "fibromyalgia 101"), or nil.
    public static func definitionLabel(in words: [String]) -> Int? {
        guard isKeywordQuery(words), let last = words.last, definitionLabels.contains(last) else { return nil }
        return words.count - 1
    }

    public static func of(question words: [String]) -> AnswerType {
        if asksWhatItIsCalled(words) { return .identity }
        if asksWhetherThatIsWhy(words) { return .none }
        if describedAt(in: words) != nil { return .definition }
        if words.contains(where: durationNouns.contains) { return .duration }
        if words.contains(where: causeNouns.contains) { return .cause }
        if words.contains(where: mechanismNouns.contains) { return .mechanism }
        // A string of search words: "hyperalgesia definition", "full list fibromyalgia symptoms",
        // "serious conditions body pain".
        if definitionLabel(in: words) != nil { return .definition }
        if isKeywordQuery(words), words.contains(where: { namedKinds.contains($0) || $0 == "list" }) { return .list }
        if let like = likening(in: words) {
            return ["look", "looks"].contains(words[like - 1]) ? .appearance : .description
        }
        // "what was the vibrating chair for", "its purpose"; not "what does WBVT stand for", which
        // asks a meaning.
        if (words.first == "what" && words.last == "for" && words.count > 3 && !verbsTakingFor.contains(words[words.count - 2]))
            || words.contains("purpose") {
            return .purpose
        }
        // "what does the American College of Rheumatology say causes fibromyalgia": the cause.
        if zip(words, words.dropFirst()).contains(where: { reportingVerbs.contains($0) && ["cause", "causes", "triggers"].contains($1) }) {
            return .cause
        }
        // "how long can the pain stay away", "how long should I avoid exercise" ask the time.
        let asksHowLong = zip(words, words.dropFirst()).contains { $0 == "how" && $1 == "long" }
        // "things that shouldn't hurt" tells what a thing ought not to do, asking no caution.
        let cautions = words.indices.contains { i in
            cautionWords.contains(words[i]) && !(i > 0 && ["that", "which", "it", "this"].contains(words[i - 1]))
        }
        if !asksHowLong, cautions
            || zip(words, words.dropFirst()).contains(where: { cautionPairs.contains([$0, $1]) }) || asksWhatNotToDo(words) {
            return .caution
        }
        // "any advice for bruising", "tips for sleeping better": what to do.
        if words.contains(where: adviceNouns.contains) { return .instruction }
        if askedRole(in: words) != nil { return .agent }
        // "signs I'm not sleeping enough", "side effects of ketamine": a question opened by the
        // things it wants named asks for a list of them.
        if let first = words.first, namedKinds.contains(first) || (first == "side" && words.dropFirst().first == "effects") {
            return .list
        }
        for (i, word) in words.enumerated() {
            let next = i + 1 < words.count ? words[i + 1] : ""
            let third = i + 2 < words.count ? words[i + 2] : ""
            switch (word, next) {
            case ("how", "do"), ("how", "does"):
                if readers.contains(third) { return .instruction }
                // "how does ketamine work", "how does ketamine relieve pain": by what means it
                // works or helps ("how does stress affect the body" asks what it does instead).
                if words[(i + 2)...].contains(where: meansVerbs.contains) { return .mechanism }
            // "how did I get it", "how did she end up with fibro": what brought it on.
            case ("how", "did") where (readers.contains(third) || ["she", "he", "they", "my"].contains(third))
                && words[(i + 3)...].prefix(3).contains(where: ["get", "develop", "catch", "end"].contains):
                return .cause
            case ("how", "can"), ("how", "should"), ("what", "should"), ("what", "can"):
                if readers.contains(third) || (word == "what" && third == "help") { return .instruction }
            // "what do I do if I still feel dizzy": what to do; "what do nerve blocks do" is not.
            case ("what", "do") where readers.contains(third):
                return .instruction
            // "what if I don't sleep enough": what follows when the reader fails to, as "what
            // happens if …" asks.
            case ("what", "if") where ["i", "you", "we"].contains(third) && i + 3 < words.count
                && (["don't", "dont", "can't", "cant", "cannot", "never", "didn't", "forget", "need", "needed"].contains(words[i + 3])
                    || (words[i + 3] == "do" && i + 4 < words.count && words[i + 4] == "not")
                    || (words[i + 3] == "have" && i + 4 < words.count && words[i + 4] == "to")):
                // "what if I need the toilet during the infusion", "what if I have to pee": what
                // happens then ("if you have to use the restroom … you may wake up").
                return .condition
            // "what i do", "how i can get ketamine", "what i must do": the same asked with the
            // reader before the verb, as learners of English often put it.
            case ("what", _) where readers.contains(next) && learnersInstructionVerbs.contains(third),
                 ("how", _) where readers.contains(next) && learnersInstructionVerbs.contains(third) && third != "do":
                return .instruction
            // "what if my arm keeps bleeding": what to do then.
            case ("how", "to"), ("what", "to"), ("what", "if"): return .instruction
            // "what helps a cold", "what can help with stress": what to do for it.
            case ("what", "helps"): return .instruction
            // "why is it important to donate blood", "why is tactile allodynia so sad", "why is
            // fibromyalgia hard to treat" ask about a state, whose answer seldom says "because"
            // ("There is not a known cause of fibromyalgia, which makes it difficult to treat"):
            // a reason word elsewhere would win. "why does / do …" asks for a cause.
            // "why should I donate blood" asks what it is good for, not what causes it.
            // "why hasn't fibro been studied", "why don't we know more", "why is there so little
            // research": why something is missing.
            // "why won't the bleeding stop", "why don't my aches go away": what to do about it.
            case ("why", _) where asksWhyItLasts(words, after: i):
                return .instruction
            case ("why", _) where asksWhyNot(words, after: i):
                return .absence
            case ("why", "is"), ("why", "are"), ("why", "should"):
                return .none
            case ("why", _), ("what", "causes"), ("what", "cause"), ("what", "caused"), ("what", "makes"), ("what", "made"), ("what", "triggers"), ("what", "trigger"):
                return .cause
            // "what can trigger a flare", "what things could start fibromyalgia", "what might bring it on".
            case ("what", _) where causeAskedWithAModal(words, after: i):
                return .cause
            // "the cereal guy who hated sex, what did he invent": a "who" after a noun tells which
            // one is meant; it asks nothing.
            case (let pronoun, _) where ["who", "whom"].contains(pronoun) && isRelative(words, at: i):
                continue
            case ("who", _), ("whom", _):
                let receiving = ["can", "should", "could", "may", "must"].contains(next) && receivingVerbs.contains(third)
                // "who is allowed ketamine", "who is eligible for a nerve block".
                let admitted = copulas.contains(next) && ["allowed", "eligible", "suitable", "entitled", "qualified", "permitted"].contains(third)
                // "who receives nerve blocks", "who gets ketamine therapy" (but "who gets rosacea"
                // asks who has it).
                let gets = ["receives", "needs"].contains(next)
                    || next == "gets" && words[(i + 2)...].prefix(3).contains(where: provisions.contains)
                // "who gets offered ketamine", "who is prescribed nerve blocks".
                let offered = ["gets", "get", "is", "are"].contains(next) && ["offered", "given", "prescribed", "recommended", "referred"].contains(third)
                if words.last == "for" || ["qualifies", "qualify"].contains(next) || receiving || admitted || gets || offered { return .recipient }
                return next.isEmpty || identifyingVerbs.contains(next) ? .person : .agent
            case ("when", "should"), ("when", "to"), ("when", "do"), ("when", "can"), ("when", "must"), ("when", "will"),
                 ("when", "is"), ("when", "are"):
                return .condition
            // "what happens when you scratch with dermatographism": what follows on a condition
            // ("if you scratch it, the area … ends up getting raised"), not a time.
            case ("happens", "when"), ("happens", "if"), ("happen", "when"), ("happen", "if"):
                return .condition
            // "my skin gets raised lines when I scratch, what is it": "when" inside a clause, before
            // who does something, joins it to the clause before; it asks no time.
            case ("when", _) where i > 0 && (readers.contains(next) || conjoinedSubjects.contains(next)):
                continue
            case ("when", _), ("what", "year"), ("which", "year"): return .time
            // "where can I buy …", "where is the center" ask for a place to go; "where does the
            // injection go", "where does fibromyalgia hurt" for a spot (of the body).
            case ("where", _) where i == 0: return readers.contains(third) || copulas.contains(next) ? .place : .location
            case ("how", "long"): return .duration
            case ("how", _) where speedQuestionWords.contains(next): return .speed
            // "has ketamine been used for a long time", "will it take a long while".
            case ("long", "time") where i > 0 && words[i - 1] == "a", ("long", "while") where i > 0 && words[i - 1] == "a":
                return .duration
            // "is a nerve block a long procedure", "is it a long process": how long it takes.
            case ("long", _) where i > 0 && words[i - 1] == "a" && lengthyThings.contains(next):
                return .duration
            // "does donating blood take long", "do the effects last long".
            case ("take", "long"), ("takes", "long"), ("last", "long"), ("lasts", "long"): return .duration
            // "has ketamine been used in hospitals for long": "for long" closing a question asks how long.
            case ("for", "long") where i + 2 == words.count: return .duration
            // "how much time does it take", and a learner's "how long time it stays".
            case ("how", "much") where third == "time": return .duration
            // "how much ketamine do they use compared to surgery" asks how one amount stands to another.
            case ("how", "much"), ("how", "many"), ("how", "often"), ("how", "frequently"): return compares(words) ? .comparison : .quantity
            // "which patients get ketamine", "which people can have nerve blocks": whom it is for.
            case ("which", _) where i == 0 && kindsOfPeople.contains(next) && receives(after: i + 2, in: words):
                return .recipient
            // "what are the symptoms", "what are fibromyalgia symptoms", "what are ketamine's side effects".
            case ("what", "are") where listOpeners.contains(third)
                || words[(i + 2)..<min(words.count, i + 2 + listNounReach)].contains(where: listNouns.contains),
                 ("which", _) where i == 0:
                return .list
            case ("what", _) where i == 0 && looksPlural(next)
                && !verbsEndingInS.contains(next):
                return .list
            // "what skin problems come with fibro", "what fibro symptoms should I watch for":
            // a kind of thing named after a word that qualifies it.
            case ("what", _) where i == 0 && !next.isEmpty && !verbsEndingInS.contains(next) && !copulas.contains(next)
                && !["do", "did", "can", "could", "should", "would", "will", "might", "may", "must", "has", "have", "had"].contains(next)
                && namedKinds.contains(third):
                return .list
            // "what other conditions can nerve blocks help": more of a kind.
            case ("what", "other") where i == 0 && looksPlural(third),
                 ("what", "else") where i == 0:
                return .list
            // "I feel dizzy after giving blood, what now": what to do next.
            case ("what", "now") where i + 2 == words.count, ("now", "what") where i + 2 == words.count:
                return .instruction
            // "what's the best thing for a bruise", "what is the best way to sleep": what to do.
            case ("what's", _) where asksForTheBest(words, after: i), ("whats", _) where asksForTheBest(words, after: i),
                 ("what", "is") where asksForTheBest(words, after: i + 1):
                return .instruction
            // "what does vibration therapy do for bones", "what does ketamine do to the brain": what
            // it does to something, not what it is.
            case ("what", "does") where doesSomethingTo(words, after: i + 2):
                return .none
            case ("what", "is"), ("what", "are"), ("what", "does"), ("what's", _), ("whats", _), ("define", _), ("meaning", "of"):
                return i == 0 || words[i - 1] == "so" ? .definition : .none
            default: continue
            }
        }
        // "what happens during a ketamine infusion", "do I have to do anything during the injection";
        // "how is ketamine given during an infusion" asks the means instead. "A while" is a
        // stretch of time ("it worked for a while"), no "while" within a process.
        let within = words.indices.contains { meanwhileWords.contains(words[$0]) && !(words[$0] == "while" && $0 > 0 && words[$0 - 1] == "a") }
        if words.first != "how" && within { return .meanwhile }
        if compares(words) { return .comparison }
        // "is ketamine only for people who tried everything", "only for severe cases": whom it is for.
        if asksWhetherOnly(words) { return onlyForSomeCases(words) ? .recipient : .extent }
        // "does a nerve block work right away", "is the relief slow to kick in": how soon.
        let pairs = zip(words, words.dropFirst()).map { [$0, $1] }
        return words.contains(where: speedCues.contains) || pairs.contains(where: speedCuePairs.contains) ? .speed : .none
    }

    /// Words after "only" that ask whether a thing serves one end alone: "only for", "only used
    /// as", "only helps with" (not "only sleep five hours", "only 10 minutes").
    static let onlyServing: Set<String> = ["for", "used", "use", "help", "helps", "treat", "treats", "good", "thing", "things"]
    /// Words after "only for" that single out some of those who might have it.
    static let singlingOut: Set<String> = ["who", "whom", "that", "those", "cases", "case"]
    /// Words opening a yes-or-no question, negated or not ("aren't nerve blocks just for labour").
    static let yesNoOpenings: Set<String> = copulas.union(["does", "do", "can", "will", "could"])
        .union(negatedAuxiliaries.subtracting(["not"])).union(refusals)
    /// "Won't", which refuses rather than negates a state.
    static let refusals: Set<String> = ["won't", "wont"]

    /// True for a word that reads as a plural noun ("benefits", "symptoms"; not "stress", "is").
    public static func looksPlural(_ word: String) -> Bool {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss")
    }
    /// Words of a sentence telling what a thing is kept for.
    static let restrictionWords: Set<String> = ["reserved", "exclusively", "solely", "restricted", "limited"]
    /// Words of a sentence telling of more than one thing.
    static let extentWords: Set<String> = ["also", "too", "both", "several", "various", "variety", "additionally", "besides", "lots"]

    /// True when a yes-or-no question asks whether a thing is "only" (or "just") for one end, or
    /// "the only" one ("is ketamine only for severe pain", "aren't nerve blocks just for women in
    /// labour", "are these the only skin disorders").
    static func asksWhetherOnly(_ words: [String]) -> Bool {
        guard let first = words.first, yesNoOpenings.contains(first) else { return false }
        return words.indices.contains { i in
            guard ["only", "just", "solely", "purely"].contains(words[i]), i + 1 < words.count else { return false }
            return onlyServing.contains(words[i + 1]) || (words[i] == "only" && i > 0 && words[i - 1] == "the")
        }
    }

    /// True when "only for" is followed by the cases it singles out ("only for people who tried
    /// everything", "only for severe cases").
    static func onlyForSomeCases(_ words: [String]) -> Bool {
        words.indices.dropLast().contains { i in
            words[i] == "only" && words[i + 1] == "for" && words[(i + 2)...].prefix(4).contains(where: singlingOut.contains)
        }
    }

    /// True when a question sets two things side by side: "the same as", "different from",
    /// "compared to", "… than …", "bigger or smaller", "as strong as".
    static func compares(_ words: [String]) -> Bool {
        words.indices.contains { i in
            let word = words[i]
            let next = i + 1 < words.count ? words[i + 1] : ""
            // "the same dose as", "the same as for surgery"; "the same thing as" asks whether one is
            // the other, "the same aches" tells of a likeness.
            if word == "same", i > 0, words[i - 1] == "the", !["thing", "idea", "kind", "sort", "type"].contains(next),
               words[(i + 1)...].prefix(sameAsReach).contains("as") || amountNouns.contains(next) { return true }
            // "lower than for surgery", "more downsides than upsides"; not "more than one", nor
            // "other than fibro" (besides it).
            if word == "than" { return !countWords.contains(next) && !next.allSatisfy(\.isNumber) && (i == 0 || words[i - 1] != "other") }
            if comparingWords.contains(word) { return true }
            // "is the ketamine dose strong", "a high dose": how much an amount is, against another.
            if amountNouns.contains(word), words[max(0, i - 2)...min(words.count - 1, i + 2)].contains(where: gradingWords.contains) {
                return true
            }
            // "bigger or smaller", "stronger or weaker".
            if word == "or", i > 0, comparatives.contains(words[i - 1]) || comparatives.contains(next) { return true }
            // "as strong as".
            return word == "as" && i + 2 < words.count && words[i + 2] == "as" && !["well", "soon", "long", "much", "many"].contains(next)
        }
    }

    /// True when the "why" at `i` asks why something does not happen: a negated auxiliary right
    /// after it, or a scarcity soon after ("why is there so little research", "why is there not
    /// more"). Not "why can't I …", which asks what stops the reader.
    static func asksWhyNot(_ words: [String], after i: Int) -> Bool {
        guard i + 1 < words.count else { return false }
        if negatedAuxiliaries.contains(words[i + 1]) { return true }
        let clause = words[(i + 1)...].prefix(whyNotReach)
        return zip(clause, clause.dropFirst()).contains { first, second in
            (first == "so" && second == "little") || (first == "not" && ["more", "much", "enough"].contains(second))
        }
    }

    /// Verbs of a trouble ending: "stop", "go away", "heal", "clear up".
    static let endingVerbs: Set<String> = [
        "stop", "stopping", "go", "going", "heal", "healing", "clear", "clearing", "fade", "fading", "end", "ease", "easing",
        "settle", "improve", "improving", "disappear", "quit", "lift", "subside",
    ]

    /// True when the "why" at `i` asks why a trouble does not end ("why won't the bleeding
    /// stop", "why don't my aches go away"): the reader wants to know what to do about it.
    static func asksWhyItLasts(_ words: [String], after i: Int) -> Bool {
        guard i + 1 < words.count, negatedAuxiliaries.contains(words[i + 1]) || refusals.contains(words[i + 1]) else { return false }
        return words[(i + 2)...].prefix(whyNotReach).contains(where: endingVerbs.contains)
    }

    /// How far after "why" a scarcity ("so little", "not more") still tells of the thing asked about.
    static let whyNotReach = 5

    /// How far after "the same" an "as" still closes the likeness ("the same amount of ketamine as").
    static let sameAsReach = 4
    /// Amounts that "the same" sets against another by itself ("is the infusion the same dose").
    static let amountNouns: Set<String> = measureWords.union(["amount", "strength", "quantity", "level"])
    /// Words grading an amount ("a high dose", "is the dose strong").
    static let gradingWords: Set<String> = ["high", "strong", "big", "large", "low", "weak", "small", "heavy", "huge", "massive"]
    /// Words that by themselves set two things against each other.
    static let comparingWords: Set<String> = ["different", "difference", "differences", "differ", "differs", "compared", "compare",
                                              "comparison"]
    /// Words after "than" that count or tell a trend rather than compare two things ("more than
    /// one", "less than a day", "more now than before").
    static let countWords: Set<String> = ["one", "once", "two", "twice", "three", "a", "an", "half", "ten", "few", "before", "ever", "usual"]
    /// Words a sentence setting two things side by side says besides a comparative.
    static let comparisonStatements: Set<String> = ["than", "similar", "similarly", "same", "unlike", "different", "differently",
                                                    "instead", "whereas"]
    /// Superlatives, which set one thing against all the others ("your biggest organ").
    static let superlatives: Set<String> = ["largest", "biggest", "smallest", "highest", "lowest", "best", "worst", "greatest",
                                            "strongest", "weakest", "longest", "shortest", "safest"]
    /// Openings of a sentence denying what the one before told holds here.
    static let contrastOpenings: [[String]] = [
        ["that's", "not"], ["that", "is", "not"], ["this", "is", "not"], ["it's", "not"], ["that", "isn't"], ["this", "isn't"],
    ]
    /// Comparative adjectives a sentence may set one thing against another with.
    static let comparatives: Set<String> = ["lower", "higher", "less", "fewer", "smaller", "bigger", "larger", "greater",
                                            "stronger", "weaker", "worse", "better", "safer", "riskier", "longer", "shorter"]

    /// True for "… is that why I ache", "could that be why": whether what the reader told is
    /// the cause, which the passage telling of it answers, not any sentence giving a reason.
    static func asksWhetherThatIsWhy(_ words: [String]) -> Bool {
        words.indices.contains { i in
            guard ["is", "could", "would", "might", "can"].contains(words[i]), i + 2 < words.count,
                  ["that", "this", "it"].contains(words[i + 1]) else { return false }
            let next = words[i + 2] == "be" && i + 3 < words.count ? words[i + 3] : words[i + 2]
            return next == "why"
        }
    }

    /// Words before "causes of" that name causes without giving one ("addressing the causes of
    /// the disorder", "more causes of muscle pain"); not "a known cause of", which
    /// says whether there is one.
    static let causeNamers: Set<String> = ["the", "more", "its", "their", "other", "many"]

    /// True when the reason word at `i` is a noun naming causes ("the causes of the disorder"),
    /// not a reason given.
    static func namesCauses(_ words: [String], at i: Int) -> Bool {
        ["cause", "causes", "reasons"].contains(words[i]) && i > 0 && causeNamers.contains(words[i - 1])
            && i + 1 < words.count && ["of", "for"].contains(words[i + 1])
    }

    /// Words of a sentence judging whether a thing is safe to do.
    static let verdictWords: Set<String> = ["safe", "safely", "safety", "unsafe", "dangerous", "harmful", "risky", "trusted"]

    /// True when the folded words of a sentence state this kind of fact; `searched[i]` tells
    /// whether `words[i]` matched a query term, `clauseStarts[i]` whether it opens the sentence
    /// or a clause (after a comma, colon, semicolon or dash).
    public func isStated(by words: [String], searched: [Bool] = [], clauseStarts: [Bool] = []) -> Bool {
        switch self {
        case .none:
            return false
        case .instruction:
            return words.indices.contains { Self.instructs(words, at: $0, clauseStarts: clauseStarts) }
        case .cause:
            return words.indices.contains { i in
                Self.reasonWords.contains(words[i]) && !Self.isNegated(words, at: i, clauseStarts: clauseStarts)
                    && !Self.namesCauses(words, at: i)
            }
        case .mechanism:
            // A reason, or the means: "by" and a verb ("by using", "by blocking"), or the idea.
            return AnswerType.cause.isStated(by: words, searched: searched, clauseStarts: clauseStarts)
                || words.contains(where: Self.consequenceWords.contains)
                || zip(words, words.dropFirst()).contains { first, second in
                    (first == "by" && second.count > 4 && second.hasSuffix("ing")) || Self.explainingPairs.contains([first, second])
                }
        case .condition:
            return words.contains(where: Self.conditionWords.contains)
        case .person:
            return words.contains(where: Self.namesPeople)
        case .agent:
            return words.contains(where: Self.namesRole)
        case .recipient:
            return words.indices.contains { i in
                words[i] == "for" && words[(i + 1)...].prefix(Self.recipientReach).contains(where: Self.namesPeople)
            }
        case .caution:
            // "should not be concerned" reassures; it forbids nothing.
            return words.indices.contains { i in
                let next = i + 1 < words.count ? words[i + 1] : ""
                let after = i + 2 < words.count ? words[i + 2] : ""
                return (Self.forbiddingWords.contains(words[i]) && next != "be")
                    || (Self.forbiddingPairs.contains([words[i], next]) && after != "be")
            }
        case .list:
            return Self.enumerates(clauseStarts) || words.contains(where: Self.listingWords.contains)
        case .definition:
            return words.indices.dropLast().contains { i in
                i < searched.count && searched[i] && Self.definingWords.contains(words[i + 1])
            }
        case .time:
            return words.contains { w in
                Self.months.contains(w) || (w.count == 4 && Int(w).map { (1000...2099).contains($0) } == true)
            }
        case .duration:
            // "fifteen minutes", "a few hours", and "an hour" too.
            return words.indices.contains { i in
                Self.timeUnits.contains(words[i])
                    && ((max(0, i - 2)..<i).contains { Self.isNumber(words[$0]) } || (i > 0 && ["a", "an"].contains(words[i - 1])))
            }
        case .quantity:
            return words.contains { Self.isNumber($0) || Self.measureWords.contains($0) }
        case .speed:
            return words.contains(where: Self.speedWords.contains)
                || AnswerType.duration.isStated(by: words, searched: searched, clauseStarts: clauseStarts)
        case .purpose:
            return words.contains("purpose") || zip(words, words.dropFirst()).contains { Self.purposePairs.contains([$0, $1]) }
        case .description:
            return words.indices.contains { i in Self.describes(words, at: i, searched: searched, clauseStarts: clauseStarts) }
        case .appearance:
            return words.contains(where: Self.sightWords.contains)
        case .meanwhile:
            return words.contains(where: Self.meanwhileWords.contains) || words.contains("undergoing")
        case .place:
            return words.contains(where: Self.placeWords.contains)
        case .location:
            return words.contains(where: Self.locationWords.contains)
        case .verdict:
            return words.contains(where: Self.verdictWords.contains)
        case .identity:
            return zip(words, words.dropFirst()).contains { Self.namingPairs.contains([$0, $1]) }
        case .comparison:
            // Or sets itself against the sentence before ("That's not what happens in
            // Dermatographism"), or gives one thing the other's name ("also referred to as").
            return words.contains { Self.comparatives.contains($0) || Self.comparisonStatements.contains($0) || Self.superlatives.contains($0) }
                || Self.contrastOpenings.contains { words.starts(with: $0) }
                || Self.identity.isStated(by: words)
        case .absence:
            return AnswerType.cause.isStated(by: words, searched: searched, clauseStarts: clauseStarts)
                || words.contains(where: Self.lackWords.contains)
        case .extent:
            // Or of what it is kept for: "generally reserved for patients that have been resistant".
            if words.contains(where: Self.restrictionWords.contains) { return true }
            return words.contains(where: Self.extentWords.contains)
                || zip(words, words.dropFirst()).contains { $0 == "as" && $1 == "well" }
                || words.indices.dropFirst().contains { words[$0] == "only" && words[$0 - 1] == "the" && $0 >= 2 && words[$0 - 2] == "not" }
        }
    }

    /// Word pairs that give a thing its name: "referred to as", "known as", "is called", "this
    /// condition", "occurs when".
    static let namingPairs: Set<[String]> = [
        ["referred", "to"], ["known", "as"], ["is", "called"], ["are", "called"], ["also", "called"], ["the", "name"],
        ["this", "condition"], ["occurs", "when"], ["a", "condition"],
    ]

    /// Closing words that ask what the thing told before them is called: "…, what is that",
    /// "…, what could it be", "…, is there a name for this", "…, wtf is that", "…, what is going on".
    static let identityClosings: [[String]] = ["it", "that", "this"].flatMap { thing in
        [["what", "is", thing], ["what's", thing], ["whats", thing], ["what", "is", thing, "called"], ["what's", thing, "called"],
         ["what", "could", thing, "be"], ["what", "might", thing, "be"], ["what", "can", thing, "be"], ["what", "would", thing, "be"],
         ["what", "do", "you", "call", thing], ["is", "there", "a", "name", "for", thing],
         ["wtf", "is", thing], ["what", "the", "hell", "is", thing], ["what", "the", "heck", "is", thing],
         ["what", "on", "earth", "is", thing]]
    } + [["what", "is", "going", "on"], ["what's", "going", "on"], ["whats", "going", "on"]]

    /// The fewest words that must tell the thing before such a closing.
    static let identityTelling = 3

    /// True when `words` tell of something, then ask what it is called.
    static func asksWhatItIsCalled(_ words: [String]) -> Bool {
        identityClosings.contains { closing in
            words.count >= closing.count + identityTelling && Array(words.suffix(closing.count)) == closing
        }
    }

    /// Words that open a sentence going on about the thing the one before named.
    static let anaphors: Set<String> = ["it", "it's", "its", "this", "these", "they", "the"]
    /// A defining word this far into a sentence opened by an anaphor defines what it points to.
    static let anaphoricReach = 5

    /// After "is" or "are", the words that make a definition of it ("is an", "is used", "is
    /// called"), unlike a comment ("is quite odd", "is that …").
    static let classifyingWords: Set<String> = [
        "a", "an", "used", "called", "referred", "known", "defined", "considered", "described", "what", "when",
        "where", "one", "another", "part", "caused", "made",
    ]
    /// Adverbs that may stand between "is" and what classifies ("is often used").
    static let hedges: Set<String> = ["often", "also", "usually", "commonly", "mainly", "mostly", "sometimes", "generally", "simply", "actually"]

    /// True when a sentence (its folded `words`) defines what the sentence before it named,
    /// without naming it: "The drug is often used as an anesthetic", "This is referred to as …".
    public static func definesAnaphorically(_ words: [String]) -> Bool {
        guard let first = words.first, anaphors.contains(first) else { return false }
        let opening = first == "it's" ? ["is"] + words.dropFirst() : Array(words)
        // "This condition is quite odd, and is also referred to as 'skin writing'": a later
        // clause may name it.
        func namedLater() -> Bool {
            opening.indices.dropFirst().contains { i in
                ["is", "are"].contains(opening[i]) && opening[(i + 1)...].drop(while: hedges.contains).first.map(namingWords.contains) == true
            }
        }
        guard let verb = opening.dropFirst().prefix(anaphoricReach).firstIndex(where: definingWords.contains) else { return namedLater() }
        guard ["is", "are"].contains(opening[verb]) else { return true }
        let rest = opening[(verb + 1)...].drop(while: hedges.contains)
        return rest.first.map(classifyingWords.contains) == true || namedLater()
    }

    /// After "is" or "are", words that give what it points to a name ("is also referred to as").
    static let namingWords: Set<String> = ["referred", "known", "called", "defined", "described"]

    /// True when `word` names people by their role or kind ("patients", "anesthesiologist").
    static func namesPeople(_ word: String) -> Bool {
        kindsOfPeople.contains(word) || namesRole(word)
    }

    /// The positions of the words asking for someone by role, "kind of doctor" in "what kind
    /// of doctor performs nerve blocks", "specialist" in "which specialist treats it": the
    /// answer names the role ("an anesthesiologist"), so they are not searched. Nil otherwise.
    public static func askedRole(in words: [String]) -> ClosedRange<Int>? {
        guard let first = words.first, ["what", "which"].contains(first), words.count > 2 else { return nil }
        if ["kind", "type", "sort"].contains(words[1]), words.count > 4, words[2] == "of", namesRole(words[3]) { return 1...3 }
        return namesRole(words[1]) ? 1...1 : nil
    }

    /// True when a "do" after `from` is followed by "for" or "to" and a word ("… do for bones").
    static func doesSomethingTo(_ words: [String], after from: Int) -> Bool {
        guard from < words.count, let verb = words[from...].firstIndex(of: "do"), verb + 2 < words.count,
              ["for", "to"].contains(words[verb + 1]) else { return false }
        // "what does sleep do for the body", "… do to you" ask what it does in general.
        let object = words[(verb + 2)...].drop { ["the", "your", "my", "a", "our"].contains($0) }
        return !(object.first.map { ["you", "me", "us", "people", "someone", "anyone", "body", "health"].contains($0) } ?? true)
    }

    /// True when the words after `i` are "(the) best thing/way/remedy … for/to" ("what's the
    /// best thing for the bruise"): a question of what to do.
    static func asksForTheBest(_ words: [String], after i: Int) -> Bool {
        let rest = Array(words[(i + 1)...].prefix(5))
        guard let best = rest.firstIndex(where: { ["best", "quickest", "fastest", "easiest", "safest"].contains($0) }), best <= 2
        else { return false }
        return rest[(best + 1)...].prefix(2).contains { ["for", "to"].contains($0) }
    }

    /// Words after which "who" opens a question of its own ("and who", "do you know who").
    static let beforeAskingWho: Set<String> = [
        "and", "but", "so", "then", "or", "wonder", "wondering", "know", "tell", "asking", "ask", "guess", "remember",
        "sure", "about", "me", "us", "out", "is", "was", "exactly", "again", "also", "actually", "said", "says", "asked",
        "asks", "wondered", "knows", "find",
    ]
    /// Words after "who" that make it ask ("…, who will do it"), as a relative "who" seldom has.
    static let afterAskingWho: Set<String> = ["will", "can", "should", "could", "would", "does", "do", "did", "might", "may", "must"]

    /// True when the "who" at `i` follows a word naming the one it tells about ("the guy who").
    static func isRelative(_ words: [String], at i: Int) -> Bool {
        i > 0 && !beforeAskingWho.contains(words[i - 1]) && !(i + 1 < words.count && afterAskingWho.contains(words[i + 1]))
    }

    /// True when `words[at...]` opens with a verb of receiving ("get", "qualify for"), a modal
    /// before one ("can have") included.
    static func receives(after at: Int, in words: [String]) -> Bool {
        guard at < words.count else { return false }
        let verb = ["can", "should", "could", "may", "must", "will"].contains(words[at]) && at + 1 < words.count ? words[at + 1] : words[at]
        return receivingVerbs.contains(verb) || ["gets", "has", "receives", "qualify", "qualifies"].contains(verb)
    }

    /// True when `word` names someone by a role ("anesthesiologist", "physician", "doctor").
    static func namesRole(_ word: String) -> Bool {
        roleWords.contains(word) || (word.count > 5 && personEndings.contains(where: word.hasSuffix))
    }

    /// Word pairs that say what something is for ("used to", "used as", "designed to").
    static let purposePairs: Set<[String]> = [
        ["used", "to"], ["used", "for"], ["used", "as"], ["designed", "to"], ["meant", "to"], ["offered", "as"], ["offered", "for"],
    ]

    /// Words that place something within a process ("during", "while").
    static let meanwhileWords: Set<String> = ["during", "while", "meanwhile", "throughout"]

    /// Words for what the eye sees on a body: marks, colours, swelling.
    static let sightWords: Set<String> = [
        "see", "seen", "visible", "appear", "appears", "appearance", "looks", "red", "redness", "rosy", "pink", "pale",
        "yellow", "blue", "purple", "color", "colors", "colour", "colours", "glow", "raised", "bump", "bumps", "lump",
        "lumps", "rash", "rashes", "mark", "marks", "welt", "welts", "spot", "spots", "blister", "blisters", "swollen",
        "swells", "swelling", "lines", "patches",
    ]
    /// Words that point to a spot ("the area where …", "around your nose").
    static let locationWords: Set<String> = ["where", "around", "area", "areas", "location", "locations", "spot", "spots"]

    /// Words that name or point to a place: a spot, or somewhere to go ("visit the … Center").
    static let placeWords: Set<String> = locationWords.union([
        "visit", "site", "sites", "website", "center", "centre", "centers", "clinic", "clinics", "hospital", "office",
        "online", "store", "stores", "shop", "home",
    ])

    /// Copulas that join a subject to what is said of it.
    static let copulas: Set<String> = ["is", "are", "was", "were"]
    /// How far after a searched word its copula may stand ("the IV ketamine infusion process is").
    static let subjectReach = 3

    /// True when `words[i]` is a copula saying what a searched word just before it (in the same
    /// clause) is like: "process is relaxing", "blood is not painful"; not "is a", "is that", nor
    /// a passive "is generally reserved".
    static func describes(_ words: [String], at i: Int, searched: [Bool], clauseStarts: [Bool]) -> Bool {
        guard copulas.contains(words[i]) else { return false }
        var subject = false
        var j = i
        while j > 0, i - j < subjectReach {
            if j < clauseStarts.count, clauseStarts[j] { break }
            j -= 1
            if j < searched.count, searched[j] { subject = true; break }
        }
        guard subject else { return false }
        guard let at = words[(i + 1)...].firstIndex(where: { !describingAdverbs.contains($0) }) else { return false }
        // "Kellogg was an odd fellow": what someone was is said of them as a kind of person.
        let said = ["was", "were"].contains(words[i]) && ["a", "an"].contains(words[at]) && at + 1 < words.count ? words[at + 1] : words[at]
        return !notDescribing.contains(said) && !said.hasSuffix("ed") && !isNumber(said)
    }

    /// True when `words[i]` opens an instruction: an instructing verb opening a clause (and not
    /// a noun before "is"), or the start of an advising pair.
    static func instructs(_ words: [String], at i: Int, clauseStarts: [Bool]) -> Bool {
        let next = i + 1 < words.count ? words[i + 1] : ""
        if advisingPairs.contains([words[i], next]) { return true }
        let opensClause = i == 0 || (i < clauseStarts.count && clauseStarts[i])
        return opensClause && instructingVerbs.contains(words[i]) && !notAfterInstruction.contains(next)
    }

    /// Words that deny what follows them ("they don't really have a reason").
    static let negators: Set<String> = ["no", "not", "never", "without", "don't", "doesn't", "didn't", "isn't", "aren't", "nor"]
    /// How far back in its clause a negator reaches.
    static let negationReach = 4

    /// True when a negator stands in the same clause within `negationReach` words before `words[i]`.
    static func isNegated(_ words: [String], at i: Int, clauseStarts: [Bool]) -> Bool {
        var j = i
        while j > 0, i - j < negationReach {
            if j < clauseStarts.count, clauseStarts[j] { return false }
            j -= 1
            if negators.contains(words[j]) { return true }
        }
        return false
    }

    public static func isNumber(_ word: String) -> Bool {
        numberWords.contains(word) || (word.first?.isNumber == true)
    }
}
