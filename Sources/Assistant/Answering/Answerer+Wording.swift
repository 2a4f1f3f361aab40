import Foundation
import Retrieval

// The question's wording: the words that ask rather than name a subject ("what is", "in a
// nutshell", greetings), judgements, and corrections written back into the question.
extension Answerer {
    /// Words of judgement that, before a noun ("a good treatment", "a great option"), weigh
    /// the thing rather than name it: the articles' "What is Vibration Therapy Good For?"
    /// answers "good for", not every question with "good" in it.
    static let judgements: Set<String> = ["good", "great", "bad", "decent", "nice", "terrible"]

    /// Words of judgement that, after a verb of feeling or seeming ("I felt great after my first
    /// infusion", "it looked fine"), tell how the reader is: the scene, not what is asked.
    static let statedJudgements: Set<String> = judgements.union(["fine", "ok", "okay", "amazing", "awesome", "wonderful", "awful"])
    /// Verbs of feeling or seeming that a word of judgement may follow.
    static let feelingVerbs: Set<String> = ["feel", "feels", "felt", "feeling", "look", "looks", "looked", "seem", "seems", "seemed"]
    /// Verbs of feeling in the past tense: what the reader tells, not asks ("why did I feel …" asks).
    static let toldFeelings: Set<String> = ["felt", "looked", "seemed"]

    /// Who may be said to feel or seem so in the reader's telling.
    static let tellers: Set<String> = ["i", "she", "he", "we", "they", "it"]
    /// Words that, before the teller, make the feeling the question ("do I feel good after …").
    static let feelingAskers: Set<String> = ["do", "does", "did", "will", "would", "can", "could", "should", "shall", "might", "may", "make", "makes", "made"]

    /// True when `tokens[i]` is a word of judgement before a noun (a word that is not a stop
    /// word) or told of the reader after a verb of feeling ("I felt great", not "why does
    /// donating make people feel good").
    static func judges(_ tokens: [Token], at i: Int) -> Bool {
        if judgements.contains(tokens[i].word) && i + 1 < tokens.count && !tokens[i + 1].isStopWord { return true }
        guard i > 0, statedJudgements.contains(tokens[i].word), feelingVerbs.contains(tokens[i - 1].word) else { return false }
        // A past feeling is told ("… and felt great"); a present one when a teller says it.
        if toldFeelings.contains(tokens[i - 1].word) { return true }
        guard i > 1, tellers.contains(tokens[i - 2].word) else { return false }
        return i < 3 || !feelingAskers.contains(tokens[i - 3].word)
    }

    /// Words naming the shortened form a question asks to spell out ("what does the abbreviation
    /// WBVT mean", "what do the initials MS stand for"): the letters, not the form, are searched.
    static let shortFormNames: Set<String> = ["abbreviation", "abbreviations", "abbreviated", "acronym", "acronyms", "initials"]

    /// Words that add emphasis, a time frame or a concession to a question but name nothing in
    /// it ("super sensitive", "lately", "ever since", "does it hurt though"): not searched. The index keeps them; only questions
    /// drop them. ("really", "very", "just" and the like are stop words already.)
    static let fillers: Set<String> = [
        "super", "extremely", "pretty", "quite", "kinda", "sorta", "lately", "recently", "since", "still", "even",
        "though", "although", "normally", "usually", "typically", "generally", "ordinarily", "honestly",
        // "According to Kellogg" says who said it: the subject is Kellogg, not the articles' "according to".
        "according",
        // The day of an appointment names nothing the articles say.
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Words by which a reader points at the articles themselves ("the hereditary article",
    /// "what did the blog say about rosacea"): every passage is in one, so they name nothing to
    /// find (the articles' own "In this article" would answer them).
    static let selfReferences: Set<String> = [
        "article", "articles", "artical", "articals", "articel", "artcle", "blog", "blogs", "blogpost", "webpage",
    ]

    /// Words that open a request for a definition or an account ("define dermatographism",
    /// "explain tactile allodynia", "meaning of methylation", "tell me about rosacea", "info on
    /// ketamine"): the question's form, like "what is", not a word to find.
    static let definingOpeners: [[String]] = [
        ["define"], ["explain"], ["describe"], ["meaning", "of"], ["definition", "of"], ["tell", "me", "about"], ["tell", "me", "more", "about"],
        ["info", "on"], ["info", "about"], ["information", "on"], ["information", "about"], ["details", "on"],
        ["details", "about"], ["facts", "on"], ["facts", "about"],
    ]

    /// Where a request begins after the courtesies opening it ("please", "can you", "could you").
    static func requestStart(in words: [String]) -> Int {
        words.prefix(3).firstIndex { !["please", "can", "could", "you", "pls"].contains($0) } ?? 0
    }

    /// Where a defining opener stands at the question's start (after "please", "can you",
    /// "could you"), followed by at least one word; nil when it opens otherwise.
    static func definingOpener(in words: [String]) -> Range<Int>? {
        let start = requestStart(in: words)
        return definingOpeners.first { opener in
            words.count > start + opener.count && Array(words[start..<start + opener.count]) == opener
        }.map { start..<start + $0.count }
    }

    /// True for "said" in "my rheumatologist said fibro is epigenetic" and "told" in "I was told
    /// to rest": someone's words reported, the question's setting rather than a word to find;
    /// and for both words of "my doctor wants" or "the nurse suggested": a carer's advice
    /// reported, not a question about doctors (who would find every "talk to your doctor").
    static func reportsSomeone(_ tokens: [Token], at i: Int) -> Bool {
        if i + 1 < tokens.count, i >= 1, isCarer(tokens[i].word), possessives.contains(tokens[i - 1].word),
           advising.contains(tokens[i + 1].word) || reportedSpeech.contains(tokens[i + 1].word) {
            return true
        }
        guard i >= 1 else { return false }
        if advising.contains(tokens[i].word) { return i >= 2 && reportsSomeone(tokens, at: i - 1) }
        guard reportedSpeech.contains(tokens[i].word) else { return false }
        return speakers.contains(tokens[i - 1].word) || relatives.contains(tokens[i - 1].word)
            || (i >= 2 && possessives.contains(tokens[i - 2].word))
    }

    static let reportedSpeech: Set<String> = ["said", "says", "told", "tells", "complains", "complained"]

    /// True for the verb and the place of "saw a vibration plate in a store", "heard on the
    /// news that …", "read online": where the reader came across a thing, not a thing to find.
    static func namesWhereItWasSeen(_ tokens: [Token], at i: Int) -> Bool {
        func place(_ j: Int) -> Bool {
            guard placesComeAcross.contains(tokens[j].word) else { return false }
            var k = j - 1
            while k >= 0, ["a", "an", "the", "my", "our", "some", "local"].contains(tokens[k].word) { k -= 1 }
            return tokens[j].word == "online" || k >= 0 && ["in", "on", "at", "from"].contains(tokens[k].word)
        }
        func seenBefore(_ j: Int) -> Int? { tokens[..<j].lastIndex { comingAcross.contains($0.word) } }
        if place(i) { return seenBefore(i) != nil }
        guard comingAcross.contains(tokens[i].word) else { return false }
        return tokens.indices.contains { $0 > i && place($0) && seenBefore($0) == i }
    }

    /// True for "hearing" in "I keep hearing about dermatographism", "read" in "I read that
    /// fibro is genetic", and the "keep" before such a verb: how the subject came up, not a
    /// thing to find.
    static func tellsHowItCameUp(_ tokens: [Token], at i: Int) -> Bool {
        let word = tokens[i].word
        if ["keep", "keeps", "kept", "been"].contains(word) { return i + 1 < tokens.count && tellsHowItCameUp(tokens, at: i + 1) }
        return comingAcross.contains(word) && i + 1 < tokens.count && ["about", "of", "that"].contains(tokens[i + 1].word)
    }

    /// True for "sounds" in "it sounds scary", "that sounded odd": how a thing seems to the
    /// reader (the articles' "sensitivity to light or sound" is another word).
    static func saysHowItSeems(_ tokens: [Token], at i: Int) -> Bool {
        ["sounds", "sounded"].contains(tokens[i].word) && i > 0 && ["it", "that", "this", "they", "which", "everything"].contains(tokens[i - 1].word)
    }

    /// Verbs of coming across a thing, and the places one does.
    static let comingAcross: Set<String> = [
        "hear", "hearing", "heard", "read", "reading", "seeing", "seen", "saw", "noticed", "spotted", "found", "watched",
    ]
    static let placesComeAcross: Set<String> = [
        "store", "shop", "mall", "supermarket", "pharmacy", "drugstore", "catalog", "catalogue", "magazine",
        "newspaper", "news", "tv", "television", "internet", "online", "web", "forum", "facebook", "youtube",
        "tiktok", "instagram", "reddit", "ad", "advert", "advertisement", "commercial", "podcast", "show",
    ]

    /// True for "say" in "what did it say about Parkinson's", "what does the article say",
    /// "what do they say": the question asks what the articles say, which every quote is.
    static func asksWhatIsSaid(_ tokens: [Token], at i: Int) -> Bool {
        guard ["say", "mention", "write"].contains(tokens[i].word), i >= 2 else { return false }
        let sayers: Set<String> = ["it", "they", "you", "he", "she", "article", "articles", "blog", "author", "writer"]
        return sayers.contains(tokens[i - 1].word) && ["did", "does", "do"].contains(tokens[i - 2].word)
            || i >= 3 && sayers.contains(tokens[i - 1].word) && tokens[i - 2].word == "the" && ["did", "does", "do"].contains(tokens[i - 3].word)
    }
    static let advising: Set<String> = [
        "wants", "suggested", "suggests", "recommended", "recommends", "mentioned", "mentions", "advised", "advises",
        "thinks", "reckons", "prescribed", "offered", "referred",
    ]
    static let possessives: Set<String> = ["my", "the", "our", "her", "his", "their", "your", "a"]
    /// Who reports, or the verb before a passive "told" ("I was told").
    static let speakers: Set<String> = ["he", "she", "they", "someone", "somebody", "everyone", "people", "i", "we", "was", "were", "been"]
    /// Those whose advice a reader reports.
    static let carers: Set<String> = [
        "doctor", "doc", "gp", "rheumatologist", "physician", "nurse", "specialist", "consultant", "physio",
        "physiotherapist", "therapist", "neurologist", "dermatologist", "pharmacist", "surgeon",
        "anaesthetist", "anesthetist", "midwife", "chiropractor", "osteopath", "dietitian", "dietician",
    ]
    /// Endings of the names of medical professions ("geneticist", "gynaecologist", "psychiatrist", "clinician").
    static let carerEndings = ["ologist", "iatrist", "ician", "eticist"]

    /// True when `word` names one whose advice a reader reports.
    static func isCarer(_ word: String) -> Bool {
        carers.contains(word) || carerEndings.contains { word.count > $0.count + 2 && word.hasSuffix($0) }
    }

    /// True for "top" and the figure of "top 5 skin problems", "the top 3 causes": how many
    /// of a list are wanted, which names nothing to find.
    static func ranksAList(_ tokens: [Token], at i: Int) -> Bool {
        func isFigure(_ j: Int) -> Bool { j >= 0 && j < tokens.count && tokens[j].word.allSatisfy(\.isNumber) }
        return tokens[i].word == "top" && isFigure(i + 1) || isFigure(i) && i > 0 && tokens[i - 1].word == "top"
    }

    /// True for "linked" in "is rosacea linked to fibro", "are they related": a verb that only
    /// joins two subjects, which are to be found together, not the link (an everyday word the
    /// passage does not hold would count against a corrected subject).
    static func linksBySaying(_ tokens: [Token], at i: Int) -> Bool {
        ["linked", "related", "connected", "associated", "tied"].contains(tokens[i].word) && i >= 1
            && ["is", "are", "was", "were", "be", "been", "being"].contains(tokens[i - 1].word)
    }

    /// True for "mean" in "what does that mean" or "what does it actually mean if …": a request
    /// to explain what was just said, naming nothing to find (unlike "what does allodynia mean").
    static func asksWhatItMeans(_ tokens: [Token], at i: Int) -> Bool {
        // "what does MS stand for": the closing "stand for" asks what the letters mean.
        if ["stand", "stands"].contains(tokens[i].word), i + 2 == tokens.count, tokens[i + 1].word == "for" { return true }
        guard ["mean", "means"].contains(tokens[i].word) else { return false }
        var j = i - 1
        while j >= 0, ["actually", "really", "even", "exactly", "all"].contains(tokens[j].word) { j -= 1 }
        return j >= 1 && ["that", "this", "it", "these", "those"].contains(tokens[j].word) && ["does", "do", "did"].contains(tokens[j - 1].word)
    }

    /// The playing of a part: "what role do histones play", "does stress play a part in it"
    /// ask what a thing does, which its own words find; "role" and "play" name nothing.
    static func asksWhatPartItPlays(_ words: [String], at i: Int) -> Bool {
        if partNouns.contains(words[i]) {
            // "what role … play".
            if i > 0, ["what", "which"].contains(words[i - 1]), words[(i + 1)...].contains(where: playingVerbs.contains) { return true }
            // "play a role", "play a big part".
            return i > 0 && partQualifiers.contains(words[i - 1]) && words[max(0, i - 3)..<i].contains(where: playingVerbs.contains)
        }
        guard playingVerbs.contains(words[i]) else { return false }
        if let part = words[..<i].lastIndex(where: partNouns.contains), part > 0, ["what", "which"].contains(words[part - 1]) { return true }
        return words[(i + 1)...].prefix(3).contains(where: partNouns.contains)
    }

    static let playingVerbs: Set<String> = ["play", "plays", "played", "playing"]
    static let partNouns: Set<String> = ["role", "roles", "part"]
    /// Words between "play" and the part it names ("play a big part").
    static let partQualifiers: Set<String> = ["a", "an", "any", "big", "major", "key", "some"]

    /// Words that, besides a determiner, make the word after them a noun ("its causes", "the root cause").
    static let nounMarkers: Set<String> = determiners.union(["its", "main", "real", "underlying", "root", "actual"])

    /// Verbs that open a yes-or-no question, or follow its question word ("what does").
    static let auxiliaries: Set<String> = ["can", "does", "do", "could", "will", "might", "would"]

    /// True for "cause" in "can stress cause headaches", "does fibromyalgia cause tingling",
    /// "what does stress do besides cause aches": a question linking two subjects, where the
    /// subjects, not the link, are to be found together ("Stress … headaches" answers it, a
    /// heading "What causes fibromyalgia?" does not).
    static func linksTwoSubjects(_ tokens: [Token], at i: Int) -> Bool {
        guard tokens[i].word == "cause" || tokens[i].word == "causes", i >= 2, i + 1 < tokens.count,
              !AnswerType.reportingVerbs.contains(tokens[i - 1].word),
              // "does ketamine treat the cause of fibro" names a cause, a noun the articles use.
              !Self.nounMarkers.contains(tokens[i - 1].word) else { return false }
        // "can stress cause …", or "how / why / what does stress … cause …".
        let subjectStart: Int
        if auxiliaries.contains(tokens[0].word) {
            subjectStart = 1
        } else if ["how", "why", "what"].contains(tokens[0].word), auxiliaries.contains(tokens[1].word) {
            subjectStart = 2
        } else {
            return false
        }
        return subjectStart < i && tokens[subjectStart..<i].contains { !$0.isStopWord } && tokens[(i + 1)...].contains { !$0.isStopWord }
    }

    /// Marks words that only shape the question ("long" in "how long", "year" in "what year",
    /// "like" in "what is it like", "define" in "define rosacea") or only add emphasis as stop
    /// words; so are the `relative` the question is asked for and the words describing them.
    static func droppingInterrogatives(_ tokens: [Token], relative: ClosedRange<Int>?) -> [Token] {
        let words = tokens.map(\.word)
        let likening = AnswerType.likening(in: words)
        let opener = Self.definingOpener(in: words)
        let idioms = Self.idiomPositions(in: words)
        let role = AnswerType.askedRole(in: words)
        let described = AnswerType.describedAt(in: words)
        let form = AnswerType.formWords(in: words)
        // A question of nothing but chatter ("help", "test", "good morning", "testing 123") asks nothing.
        func chatters(_ token: Token) -> Bool { token.isStopWord || Self.chatter.contains(token.word) || ClauseMood.fillers.contains(token.word) }
        let chatter = tokens.allSatisfy(chatters)
            || tokens.contains { Self.chatter.contains($0.word) } && tokens.allSatisfy { chatters($0) || $0.word.allSatisfy(\.isNumber) }
            || Self.asksAboutTheAssistant(words)
        return tokens.enumerated().map { i, token in
            guard i == likening || (i > 0 && tokens[i - 1].word == "how" && ["long", "often", "far", "soon"].contains(token.word))
                // "how much time", and a learner's "how long time": the time is the question's form.
                || (i > 1 && tokens[i - 2].word == "how" && ["long", "much"].contains(tokens[i - 1].word) && token.word == "time")
                || (i > 0 && ["what", "which"].contains(tokens[i - 1].word) && ["year", "month", "decade", "century", "time"].contains(token.word))
                // "what else besides pain …" asks for more of a kind, as "what other …" does.
                || (i > 0 && tokens[i - 1].word == "what" && token.word == "else")
                || Self.asksWhatHappens(tokens, at: i) || Self.fillers.contains(token.word) || Self.shortFormNames.contains(token.word)
                || Self.selfReferences.contains(token.word) || idioms.contains(i) || chatter || role?.contains(i) == true || i == described || form.contains(i)
                || opener?.contains(i) == true || relative?.contains(i) == true || Self.linksTwoSubjects(tokens, at: i) || Self.linksBySaying(tokens, at: i) || Self.ranksAList(tokens, at: i) || Self.judges(tokens, at: i)
                || Self.reportsSomeone(tokens, at: i) || Self.namesWhereItWasSeen(tokens, at: i) || Self.tellsHowItCameUp(tokens, at: i) || Self.saysHowItSeems(tokens, at: i) || Self.asksWhatIsSaid(tokens, at: i) || Self.asksWhatItMeans(tokens, at: i)
                || Self.asksWhatPartItPlays(words, at: i) else { return token }
            return Token(term: token.term, word: token.word, range: token.range, position: token.position, isStopWord: true)
        }
    }

    /// What the assistant may be asked to be ("are you a real doctor", "are you a bot").
    static let assistantKinds: Set<String> = [
        "doctor", "nurse", "bot", "robot", "chatbot", "human", "person", "ai", "machine", "computer", "program", "alive", "real",
    ]
    /// Questions about the assistant itself, whole ("who are you", "where do you live").
    static let assistantQuestions: [[String]] = [
        ["who", "are", "you"], ["what", "are", "you"], ["who", "made", "you"], ["who", "built", "you"], ["how", "old", "are", "you"],
        ["where", "do", "you", "live"], ["where", "are", "you"], ["do", "you", "have", "feelings"], ["are", "you", "ok"],
        ["how", "are", "you"], ["how", "are", "you", "today"], ["what", "can", "you", "do"],
    ]

    /// Words of address beside `ClauseMood.fillers` ("hey there", "btw").
    static let addressWords: Set<String> = ["there", "btw"]

    /// True for a question asked of the assistant, not the articles: "what's your name", "are
    /// you a real doctor", "who are you", greetings and fillers aside.
    static func asksAboutTheAssistant(_ words: [String]) -> Bool {
        let core = words.filter { !ClauseMood.fillers.contains($0) && !addressWords.contains($0) }
        if assistantQuestions.contains(core) { return true }
        // "your name" ending the question, or with one word after it ("what's your name then").
        if let i = core.firstIndex(of: "your"), i + 1 < core.count, core[i + 1] == "name", core.count - (i + 2) <= 1 { return true }
        guard core.starts(with: ["are", "you"]) else { return false }
        let rest = core.dropFirst(2).filter { !["a", "an", "actual", "really", "just"].contains($0) }
        return (1...2).contains(rest.count) && rest.allSatisfy(assistantKinds.contains)
    }

    /// Words that, making up a whole question with `ClauseMood.fillers` ("help", "please"), are
    /// said to the assistant or typed to try it, not asked of the articles.
    static let chatter: Set<String> = [
        "test", "testing", "hmm", "hm", "yeah", "yep", "nope", "sure", "cool", "nice", "great",
        "good", "morning", "afternoon", "evening", "whatever", "anyway", "alright", "fine", "welcome", "again",
    ]

    /// Turns of phrase that name nothing to look for ("what sets off fibro in the first place"
    /// is not about a first place; the skin article's "in the first place" does not answer it).
    /// "Every time", "each time" and "all the time" are said like "whenever" or "always" ("I
    /// bruise every time they draw my blood"), naming no time; "a long time" and "a long while" ask how long;
    /// "in simple terms" asks for plain words, not for the articles' "simple"; "the medical word
    /// for" asks for a name, which the answer says ("This is referred to as hyperalgesia").
    /// "Another name" and "also known" ask what else a thing is called: the answer says it
    /// ("also referred to as “skin
    /// writing”"), not a name or another thing ("another skin disorder"). "In the article"
    /// points at the articles themselves; "question mark" and "full stop" are punctuation dictated.
    static let idioms: [[String]] = [
        ["every", "time"], ["every", "times"], ["each", "time"], ["each", "times"], ["all", "the", "time"],
        ["in", "the", "first", "place"], ["at", "the", "end", "of", "the", "day"], ["by", "the", "way"],
        // A claim's closing tag ("… is that right?", "true or false").
        ["is", "that", "right"], ["is", "this", "right"], ["is", "that", "true"], ["is", "this", "true"], ["is", "that", "correct"],
        ["true", "or", "false"], ["fact", "or", "fiction"], ["myth", "or", "fact"], ["or", "is", "that", "a", "myth"],
        // Where in an article something was said ("what did it say about Parkinson's at the end").
        ["at", "the", "end"], ["at", "the", "start"], ["at", "the", "beginning"], ["near", "the", "end"],
        ["to", "be", "honest"], ["for", "some", "reason"], ["all", "of", "a", "sudden"], ["these", "days"],
        ["at", "the", "moment"], ["as", "well"], ["a", "long", "time"], ["a", "long", "while"], ["a", "short", "time"],
        ["in", "simple", "terms"], ["in", "simple", "words"], ["in", "plain", "english"], ["in", "plain", "words"],
        ["in", "plain", "terms"], ["in", "plane", "english"], ["in", "plane", "words"], ["in", "plane", "terms"], ["in", "layman's", "terms"], ["in", "laymans", "terms"], ["in", "lay", "terms"],
        ["in", "simple", "manner"], ["in", "a", "simple", "manner"], ["in", "simple", "language"], ["in", "simple", "way"],
        ["in", "a", "simple", "way"], ["in", "easy", "words"], ["in", "easy", "language"],
        // An account asked for by its size: "a quick overview of rosacea" asks about rosacea.
        ["quick", "overview"], ["quick", "summary"], ["quick", "rundown"], ["brief", "overview"], ["brief", "summary"],
        ["short", "summary"], ["quick", "explanation"], ["brief", "explanation"],
        // Whose the thing was: "granola was whose idea" asks who had it.
        ["whose", "idea"], ["who's", "idea"], ["whos", "idea"], ["whose", "invention"],
        ["simply", "put"], ["in", "a", "nutshell"], ["in", "short"], ["to", "me", "simply"], ["explained", "simply"],
        ["simply", "explained"], ["like", "i'm", "five"], ["like", "im", "five"], ["eli5"],
        // "What does a flare look like" asks how it looks, which the answer type reads; the
        // articles' "take a look at your symptoms" does not answer it.
        ["look", "like"], ["looks", "like"], ["looked", "like"],
        // "What's the difference between genetics and epigenetics" asks what each is.
        ["difference", "between"], ["differences", "between"],
        ["medical", "word", "for"], ["medical", "term", "for"], ["medical", "name", "for"], ["proper", "name", "for"],
        ["scientific", "name", "for"], ["technical", "term", "for"], ["fancy", "word", "for"], ["fancy", "name", "for"],
        ["fancy", "term", "for"], ["big", "word", "for"], ["proper", "word", "for"], ["proper", "term", "for"], ["official", "name", "for"], ["the", "word", "for"], ["the", "term", "for"],
        ["the", "name", "for"], ["a", "name", "for"], ["a", "word", "for"], ["a", "term", "for"],
        ["another", "name"], ["other", "name"], ["other", "names"], ["another", "word"], ["other", "word"],
        ["other", "words"], ["another", "term"], ["other", "term"], ["other", "terms"], ["different", "name"],
        ["also", "called"], ["also", "known"], ["in", "full"], ["written", "out"], ["spelled", "out"], ["spelt", "out"],
        // Coming to have something: "could my kids end up with fibro" asks whether they get it.
        ["end", "up", "with"], ["ends", "up", "with"], ["ended", "up", "with"], ["end", "up", "getting"],
        ["end", "up", "having"],
        // Nervous as in worried (which the lexicon reads), not the nervous system.
        ["nervous", "about"], ["nervous", "of"], ["nervous", "before"], ["i'm", "nervous"], ["im", "nervous"],
        ["am", "nervous"], ["feel", "nervous"], ["feeling", "nervous"], ["so", "nervous"],
        // "How are they supposed to help … in particular" asks how they help.
        ["in", "particular"], ["supposed", "to"],
        // How often or how surely, said in passing: "does fibro tend to show up in several
        // relatives" asks whether it runs in families; "I never knew fibro could be hereditary"
        // asks whether it is.
        ["tend", "to"], ["tends", "to"], ["tended", "to"], ["show", "up"], ["shows", "up"], ["showing", "up"],
        ["never", "knew"], ["never", "new"], ["didn't", "know"], ["didnt", "know"], ["did", "not", "know"],
        ["had", "no", "idea"], ["what", "would", "it", "take"], ["what", "will", "it", "take"],
        // When something was, told in passing ("a few years back", "I had a nerve block last month").
        ["years", "back"], ["years", "ago"], ["while", "back"], ["while", "ago"], ["months", "back"], ["months", "ago"],
        ["last", "week"], ["last", "month"], ["last", "year"], ["last", "night"],
        // Punctuation spoken to a dictation program ("… after giving blood question mark").
        ["question", "mark"], ["full", "stop"], ["new", "line"], ["new", "paragraph"], ["exclamation", "mark"],
        ["exclamation", "point"], ["comma"],
        // The reader pointing at the articles themselves ("it says fibro could be 'epigenetic',
        // meaning what exactly").
        ["it", "says"], ["it", "said"], ["meaning", "what"],
        ["in", "the", "article"], ["in", "the", "articles"], ["in", "this", "article"], ["in", "your", "articles"],
        ["according", "to", "the", "article"], ["according", "to", "the", "articles"], ["the", "article", "say"],
        ["the", "articles", "say"], ["the", "article", "says"],
    ] + stepByStepRequests

    /// The positions of `words` inside one of the `idioms`.
    static func idiomPositions(in words: [String]) -> Set<Int> {
        var found: Set<Int> = []
        for idiom in idioms where words.count >= idiom.count {
            for start in 0...(words.count - idiom.count) where Array(words[start..<start + idiom.count]) == idiom {
                found.formUnion(start..<start + idiom.count)
            }
        }
        return found
    }

    /// True when `tokens[i]` is the "happens" of "what happens", "what will happen": part of
    /// the question's form, not of its subject ("That's not what happens in Dermatographism"
    /// says nothing of what scratching does).
    static func asksWhatHappens(_ tokens: [Token], at i: Int) -> Bool {
        guard ["happen", "happens", "happened"].contains(tokens[i].word) else { return false }
        let before = tokens[..<i].suffix(2).map(\.word)
        return before.last == "what" || (before.first == "what" && ["will", "would", "can", "could", "does", "did"].contains(before.last ?? ""))
    }

    /// `question` with each corrected word replaced by its correction.
    static func applying(_ corrections: [(from: String, to: String, range: Range<Int>)], to question: String) -> String {
        var bytes = Array(question.utf8)
        for c in corrections.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            bytes.replaceSubrange(c.range, with: Array(c.to.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
