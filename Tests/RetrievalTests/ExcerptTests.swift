import Testing
@testable import Retrieval

@Suite struct ExcerptTests {
    let passage = "Ketamine has been used for fifty years. Dr. Smythe defined it in 1972. "
        + "The drug blocks the nerve receptors that transfer pain signals. It is often used in surgery."

    @Test func splitsSentencesButNotAbbreviations() {
        let sentences = SentenceSplitter().sentences(in: passage).map { range in
            String(decoding: Array(passage.utf8)[range], as: UTF8.self)
        }
        #expect(sentences == [
            "Ketamine has been used for fifty years.", "Dr. Smythe defined it in 1972.",
            "The drug blocks the nerve receptors that transfer pain signals.", "It is often used in surgery.",
        ])
    }

    @Test func aFurtherExcerptTakesOtherSentencesThatHoldAQueryTerm() throws {
        let text = "Ketamine blocks the nerve receptors that carry pain signals, which is why surgeons have used it for decades. "
            + "Nothing in this sentence is about the question at all, and it is long enough to stand on its own. "
            + "At a far lower dose, ketamine given slowly through a drip can ease the pain of fibromyalgia for weeks."
        let weights = Dictionary(uniqueKeysWithValues: Analyzer().terms("ketamine pain").map { ($0, 1.0) })
        let first = try #require(ExcerptSelector().excerpt(of: text, weights: weights))
        #expect(first.text(in: text).hasPrefix("Ketamine blocks"))
        let further = try #require(ExcerptSelector().excerpt(of: text, weights: weights, excluding: first.range))
        #expect(further.text(in: text).hasPrefix("At a far lower dose"))
        #expect(!further.range.overlaps(first.range))
        #expect(ExcerptSelector().excerpts(of: text, weights: weights, limit: 3) == [first, further])
        let surgeons = Dictionary(uniqueKeysWithValues: Analyzer().terms("surgeons").map { ($0, 1.0) })
        let only = try #require(ExcerptSelector().excerpt(of: text, weights: surgeons))
        #expect(ExcerptSelector().excerpt(of: text, weights: surgeons, excluding: only.range) == nil)
    }

    @Test func aQuoteNeverStopsAtAColon() throws {
        let text = "Localized vibration therapy is given by a therapist who holds the device against your thigh muscles. "
            + "Reportedly, the benefits of vibration extend to the following:\n\n• Increase bone density\n• Improve circulation\n\nNothing else."
        let excerpt = try #require(ExcerptSelector().excerpt(of: text, weights: ["benefit": 2, "vibrat": 1]))
        #expect(excerpt.text(in: text).hasSuffix("• Improve circulation"))
        #expect(excerpt.text(in: text).contains("Reportedly"))
    }

    @Test func aShortIntroductionGrownOverItsListTakesTheWholeList() throws {
        let text = "Reportedly, the benefits extend to the following:\n\n• Increase bone density\n• Increase muscle mass\n"
            + "• Improve circulation\n• Reduce joint pain\n• Boost metabolism"
        let excerpt = try #require(ExcerptSelector().excerpt(of: text, weights: ["benefit": 1]))
        #expect(excerpt.text(in: text) == text)
    }

    @Test func anExcerptGrowsForwardWhenBothNeighboursAddAsMuch() throws {
        let text = "The needle can leave the arm bruised. Bruises vary in color and size. "
            + "Yellow or purple bruises are nothing to worry about. They fade in a week."
        let weights: [String: Double] = ["color": 2, "bruis": 2, "arm": 0.55, "purpl": 0.5, "fade": 0.45]
        let excerpt = try #require(ExcerptSelector().excerpt(of: text, weights: weights))
        #expect(excerpt.text(in: text).hasPrefix("Bruises vary"))
        #expect(excerpt.text(in: text).hasSuffix("in a week."))
    }

    @Test func aNoBreakSpaceAfterAFullStopStillEndsTheSentence() {
        let text = "It is safe.\u{00A0} It takes an hour.\u{00A0}Dr.\u{00A0}Smythe said so.\u{00A0}"
        let sentences = SentenceSplitter().sentences(in: text).map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
        #expect(sentences == ["It is safe.", "It takes an hour.", "Dr.\u{00A0}Smythe said so."])
    }

    @Test func excerptIsWholeVerbatimSentencesWithEllipsesOnlyWhereCut() throws {
        let analyzer = Analyzer()
        let weights = Dictionary(uniqueKeysWithValues: analyzer.terms("nerve receptors pain").map { ($0, 1.0) })
        let excerpt = try #require(ExcerptSelector().excerpt(of: passage, weights: weights))
        let text = excerpt.text(in: passage)
        #expect(passage.contains(text))
        #expect(text.hasPrefix("The drug blocks"))
        #expect(text.hasSuffix("."))
        #expect(excerpt.cutBefore)
        #expect(excerpt.cutAfter == !text.hasSuffix("surgery."))
        let formatted = ExcerptFormatter(style: .plain).format(excerpt, of: passage)
        #expect(formatted == "…" + text + (excerpt.cutAfter ? "…" : ""))
    }

    @Test func aShortQuoteTakesInItsContextWithoutGainingWorth() throws {
        let text = "Blood is needed every two seconds. When you donate you go through a health screening. "
            + "A nurse checks your pulse. Most people feel fine afterwards, and the whole visit takes an hour or so."
        let weights = ["pulse": 1.0, "check": 1.0]
        let bare = try #require(ExcerptSelector().excerpt(of: text, weights: weights))
        #expect(bare.text(in: text) == "A nurse checks your pulse. Most people feel fine afterwards, and the whole visit takes an hour or so.")
        let context = try #require(ExcerptSelector(contextLength: ExcerptSelector.contextLength).excerpt(of: text, weights: weights))
        // The sentence before comes first: it says what the quoted one is part of.
        #expect(context.text(in: text).hasPrefix("When you donate you go through a health screening. A nurse checks your pulse."))
        #expect(context.range.count <= ExcerptSelector.maximumLength)
        #expect(context.score == bare.score)
    }

    @Test func contextTooLongOnOneSideIsTakenFromTheOther() throws {
        let long = "In case you wonder what the machine does, " + String(repeating: "and it goes on and on about it, ", count: 14) + "at length."
        let text = long + " Users stand on a platform that shakes quickly in one or more directions while they hold still."
            + " The shaking makes the muscles work."
        let weights = ["platform": 1.0]
        let excerpt = try #require(ExcerptSelector(contextLength: ExcerptSelector.contextLength).excerpt(of: text, weights: weights))
        // The sentence before would pass the length budget: the one after comes instead.
        #expect(excerpt.text(in: text).hasPrefix("Users stand on a platform"))
        #expect(excerpt.text(in: text).hasSuffix("The shaking makes the muscles work."))
    }

    @Test func anAmountSaidOfWhatWasJustNamedJoinsItsSentence() throws {
        let text = "The procedure is relatively simple and a doctor will help you through it in a safe way. "
            + "They will give you the nerve blocker through an injection into the area. "
            + "Then, as the injection is going into your nerves, you will get to sit and relax while it is going on. "
            + "It takes anywhere from a half hour to an hour, depending on exactly what you need. Many people find relief."
        let weights = ["sit": 1.0, "inject": 1.0]
        let concepts = [["sit": 1.0], ["inject": 1.0]]
        let plain = try #require(ExcerptSelector().excerpt(of: text, weights: weights, concepts: concepts))
        #expect(!plain.text(in: text).contains("half hour"))
        let asked = try #require(ExcerptSelector().excerpt(of: text, weights: weights, concepts: concepts, answerType: .duration))
        #expect(asked.text(in: text).contains("while it is going on. It takes anywhere from a half hour to an hour"))
        #expect(asked.statesAnswer)
    }

    @Test func contextNeverOpensOnASentencePointingBack() throws {
        let text = "Walk for ten minutes first. If the wound keeps bleeding, press on the site. "
            + "Then, raise it above your heart. The pressure slows it. "
            + "This is why you keep the bandage on for hours."
        let weights = ["bandag": 2.0, "hour": 1.0]
        let excerpt = try #require(ExcerptSelector(contextLength: ExcerptSelector.contextLength).excerpt(of: text, weights: weights))
        // "Then" follows "press on the site": the quote starts there, not at "Then".
        #expect(excerpt.text(in: text).hasPrefix("If the wound keeps bleeding, press on the site. Then,"))
        #expect(excerpt.text(in: text).hasSuffix("for hours."))
    }

    @Test func aWholePassageGetsNoEllipsis() throws {
        let short = "Sleep matters. Rest well."
        let excerpt = try #require(ExcerptSelector().excerpt(of: short, weights: ["sleep": 1]))
        #expect(ExcerptFormatter(style: .plain).format(excerpt, of: short) == short)
    }

    @Test func coveringMoreTermsBeatsRepeatingOne() throws {
        let text = "Pain pain pain pain is everywhere in this long sentence about many other things. "
            + "Tactile allodynia turns a gentle touch into pain for many people with this condition, "
            + "even the brush of clothing or the arm of a spouse."
        let weights = ["pain": 1.0, "touch": 1.0, "tactil": 1.0]
        let excerpt = try #require(ExcerptSelector().excerpt(of: text, weights: weights))
        #expect(excerpt.text(in: text).hasPrefix("Tactile allodynia"))
    }

    @Test func controlCharactersNeverPassThrough() {
        #expect(AnswerType.of(question: ["nobody", "in", "my", "family", "has", "it", "how", "did", "i", "get", "it"]) == .cause)
        #expect(AnswerType.of(question: ["i", "only", "drink", "soda", "is", "that", "why", "i", "ache"]) == AnswerType.none)
        #expect(AnswerType.of(question: ["why", "do", "i", "ache"]) == .cause)
        #expect(AnswerType.verdict.isStated(by: ["donating", "is", "a", "safe", "process"]))
        #expect(ExcerptFormatter.sanitize("a\u{1B}[31mb\u{7}") == "a\u{FFFD}[31mb\u{FFFD}")
    }
}

@Suite struct AnswerTypeTests {
    @Test func questionsAskForKindsOfFacts() {
        #expect(AnswerType.of(question: ["when", "was", "it", "defined"]) == .time)
        #expect(AnswerType.of(question: ["how", "long", "should", "i", "rest"]) == .duration)
        #expect(AnswerType.of(question: ["how", "much", "time", "does", "donating", "take"]) == .duration)
        #expect(AnswerType.of(question: ["any", "advice", "for", "bruising", "after", "giving", "blood"]) == .instruction)
        #expect(AnswerType.of(question: ["does", "donating", "blood", "take", "long"]) == .duration)
        #expect(AnswerType.of(question: ["has", "ketamine", "been", "used", "in", "hospitals", "for", "long"]) == .duration)
        #expect(AnswerType.of(question: ["is", "it", "for", "long", "term", "pain"]) != .duration)
        #expect(AnswerType.of(question: ["is", "a", "nerve", "block", "a", "long", "procedure"]) == .duration)
        #expect(AnswerType.of(question: ["is", "the", "dose", "the", "same", "as", "for", "surgery"]) == .comparison)
        #expect(AnswerType.of(question: ["is", "the", "dose", "lower", "than", "for", "surgery"]) == .comparison)
        #expect(AnswerType.of(question: ["is", "the", "dose", "bigger", "or", "smaller"]) == .comparison)
        #expect(AnswerType.of(question: ["is", "a", "nerve", "block", "the", "same", "thing", "as", "an", "epidural"]) != .comparison)
        // "Other than" means besides: the question asks what else nerve blocks are used for.
        #expect(AnswerType.of(question: "are nerve blocks used for things other than fibro".split(separator: " ").map(String.init)) != .comparison)
        #expect(AnswerType.of(question: "do they give the same amount of ketamine as in an operation".split(separator: " ").map(String.init)) == .comparison)
        #expect(AnswerType.of(question: ["is", "the", "infusion", "the", "same", "dose"]) == .comparison)
        #expect(AnswerType.of(question: ["is", "the", "ketamine", "dose", "strong"]) == .comparison)
        #expect(AnswerType.of(question: ["is", "it", "a", "high", "dose"]) == .comparison)
        #expect(AnswerType.of(question: ["is", "ketamine", "strong"]) != .comparison)
        #expect(AnswerType.of(question: "how much ketamine do they use compared to surgery".split(separator: " ").map(String.init)) == .comparison)
        // A sentence denying that the one before holds here sets the two apart; so does a
        // superlative, or a name given to one thing for the other.
        let sentence = { (s: String) in s.split(separator: " ").map(String.init) }
        #expect(AnswerType.comparison.isStated(by: sentence("that's not what happens in dermatographism")))
        #expect(AnswerType.comparison.isStated(by: sentence("your skin is your biggest organ")))
        #expect(AnswerType.comparison.isStated(by: sentence("this condition is also referred to as skin writing")))
        #expect(!AnswerType.comparison.isStated(by: sentence("imagine that you have a bump or a bug bite that itches")))
        #expect(AnswerType.of(question: ["how", "much", "ketamine", "do", "they", "use"]) == .quantity)
        #expect(AnswerType.of(question: "is an epidural the same kind of thing as a nerve block".split(separator: " ").map(String.init)) != .comparison)
        #expect(AnswerType.of(question: ["does", "ketamine", "help", "more", "than", "one", "symptom"]) != .comparison)
        #expect(AnswerType.comparison.isStated(by: ["the", "infusion", "uses", "a", "far", "lower", "dose"]))
        #expect(!AnswerType.comparison.isStated(by: ["at", "that", "dose", "it", "causes", "a", "person", "to", "become", "unconscious"]))
        #expect(AnswerType.of(question: ["is", "a", "long", "walk", "good", "for", "me"]) != .duration)
        #expect(AnswerType.of(question: ["how", "long", "can", "the", "pain", "stay", "away"]) == .duration)
        #expect(AnswerType.of(question: ["why", "hasn't", "fibromyalgia", "been", "studied"]) == .absence)
        #expect(AnswerType.of(question: ["why", "is", "there", "so", "little", "research"]) == .absence)
        #expect(AnswerType.of(question: ["why", "does", "my", "skin", "hurt"]) == .cause)
        #expect(AnswerType.of(question: ["what", "makes", "the", "cheeks", "red", "in", "rosacea"]) == .cause)
        #expect(AnswerType.absence.isStated(by: ["without", "more", "study", "we", "simply", "don't", "know"]))
        #expect(!AnswerType.absence.isStated(by: ["it", "is", "being", "offered", "as", "a", "treatment"]))
        // "Only for one end" asks what more it serves; "only for people who …" whom it is for.
        let words = { (q: String) in q.split(separator: " ").map(String.init) }
        #expect(AnswerType.of(question: words("is ketamine only used as an anaesthetic")) == .extent)
        #expect(AnswerType.of(question: words("is pain the only thing nerve blocks help with")) == .extent)
        #expect(AnswerType.of(question: words("aren't nerve blocks just for women in labour")) == .extent)
        #expect(AnswerType.of(question: words("isn't vibration therapy just a fad")) != .extent)
        #expect(AnswerType.of(question: words("is ketamine only for people who tried everything")) == .recipient)
        #expect(AnswerType.of(question: words("is it wrong that i only sleep five hours")) != .extent)
        #expect(AnswerType.of(question: words("is the needle part only 10 min")) != .extent)
        #expect(AnswerType.extent.isStated(by: words("the same substance has also been used to help psychiatric issues")))
        #expect(AnswerType.extent.isStated(by: words("that's not the only thing that nerve blockers do")))
        #expect(AnswerType.extent.isStated(by: words("it is generally reserved for patients that have been resistant")))
        #expect(!AnswerType.extent.isStated(by: words("the drug is often used as an anesthetic for surgery")))
        #expect(AnswerType.of(question: ["how", "is", "dermatographism", "described"]) == .definition)
        #expect(AnswerType.of(question: ["how", "is", "it", "given"]) != .definition)
        #expect(AnswerType.of(question: ["how", "much", "water"]) == .quantity)
        #expect(AnswerType.of(question: ["how", "frequently", "is", "blood", "needed"]) == .quantity)
        #expect(AnswerType.of(question: ["has", "ketamine", "been", "used", "for", "a", "long", "time"]) == .duration)
        #expect(AnswerType.of(question: ["what", "is", "rosacea"]) == .definition)
        // A technical noun asks for a cause or a means wherever it stands; "what now" asks what to do.
        #expect(AnswerType.of(question: ["what", "is", "the", "pathophysiology", "of", "rosacea"]) == .mechanism)
        #expect(AnswerType.of(question: ["what", "is", "the", "etiology", "of", "fibromyalgia"]) == .cause)
        #expect(AnswerType.of(question: ["i", "feel", "dizzy", "after", "giving", "blood", "what", "now"]) == .instruction)
        #expect(AnswerType.of(question: ["how", "do", "i", "stop", "the", "bleeding"]) == .instruction)
        #expect(AnswerType.of(question: ["what", "should", "you", "eat"]) == .instruction)
        #expect(AnswerType.of(question: ["what", "helps", "a", "cold"]) == .instruction)
        #expect(AnswerType.of(question: ["what", "do", "i", "do", "if", "i", "feel", "dizzy"]) == .instruction)
        #expect(AnswerType.of(question: ["what", "do", "nerve", "blocks", "do"]) == .none)
        // Learners' word order: the reader before the verb.
        #expect(AnswerType.of(question: ["my", "arm", "have", "bruise", "what", "i", "do"]) == .instruction)
        #expect(AnswerType.of(question: ["how", "i", "can", "get", "ketamine"]) == .instruction)
        #expect(AnswerType.of(question: ["how", "you", "get", "fibromyalgia"]) != .instruction)
        #expect(AnswerType.of(question: ["why", "should", "i", "donate", "blood"]) == .none)
        #expect(AnswerType.of(question: ["what", "can", "help", "with", "stress"]) == .instruction)
        #expect(AnswerType.of(question: ["how", "do", "nerve", "blocks", "work"]) == .mechanism)
        #expect(AnswerType.of(question: ["why", "does", "my", "skin", "hurt"]) == .cause)
        #expect(AnswerType.of(question: ["what", "causes", "rosacea"]) == .cause)
        #expect(AnswerType.of(question: ["what", "thing", "can", "start", "the", "fibromyalgia"]) == .cause)
        #expect(AnswerType.of(question: ["what", "could", "trigger", "a", "flare"]) == .cause)
        #expect(AnswerType.of(question: ["what", "can", "help", "a", "flare"]) != .cause)
        #expect(AnswerType.of(question: ["what", "do", "doctors", "think", "causes", "fibromyalgia"]) == .cause)
        #expect(AnswerType.of(question: ["when", "should", "i", "see", "a", "doctor"]) == .condition)
        #expect(AnswerType.of(question: ["when", "is", "body", "pain", "serious"]) == .condition)
        #expect(AnswerType.of(question: ["what", "happens", "when", "you", "scratch"]) == .condition)
        #expect(AnswerType.of(question: ["who", "defined", "it"]) == .agent)
        #expect(AnswerType.of(question: ["what", "kind", "of", "doctor", "performs", "nerve", "blocks"]) == .agent)
        #expect(AnswerType.of(question: ["which", "specialist", "does", "nerve", "blocks"]) == .agent)
        #expect(AnswerType.of(question: ["what", "are", "the", "symptoms", "of", "fibromyalgia"]) == .list)
        #expect(AnswerType.of(question: ["which", "fruits", "keep", "you", "hydrated"]) == .list)
        #expect(AnswerType.of(question: ["what", "are", "nerve", "blocks"]) == .definition)
        #expect(AnswerType.of(question: ["what", "are", "signs", "of", "dehydration"]) == .list)
        #expect(AnswerType.of(question: ["what", "are", "histones"]) == .definition)
        #expect(AnswerType.of(question: ["what", "are", "fibromyalgia", "symptoms"]) == .list)
        #expect(AnswerType.of(question: ["what", "are", "common", "fibro", "symptoms"]) == .list)
        #expect(AnswerType.of(question: ["what", "other", "conditions", "can", "nerve", "blocks", "help"]) == .list)
        #expect(AnswerType.of(question: ["what", "other", "diseases", "are", "like", "fibromyalgia"]) != .description)
        #expect(AnswerType.of(question: ["how", "does", "ketamine", "work", "for", "pain"]) == .mechanism)
        #expect(AnswerType.of(question: ["how", "do", "i", "get", "a", "nerve", "block"]) == .instruction)
        #expect(AnswerType.of(question: ["how", "does", "ketamine", "relieve", "pain"]) == .mechanism)
        #expect(AnswerType.of(question: ["why", "is", "it", "important", "to", "donate", "blood"]) == AnswerType.none)
        #expect(AnswerType.of(question: ["why", "is", "my", "skin", "so", "sensitive"]) == AnswerType.none)
        #expect(AnswerType.of(question: ["why", "does", "my", "skin", "hurt"]) == .cause)
        #expect(AnswerType.of(question: ["how", "does", "stress", "affect", "the", "body"]) != .mechanism)
        // "have a discussion" instructs where it opens a clause; "have been" does not.
        #expect(AnswerType.instruction.isStated(by: ["if", "you", "want", "to", "have", "a", "discussion"],
                                                clauseStarts: [true, false, false, false, true, false, false]))
        #expect(!AnswerType.instruction.isStated(by: ["have", "been", "found", "to", "help"], clauseStarts: [true, false, false, false, false]))
        #expect(AnswerType.mechanism.isStated(by: ["it", "helps", "by", "using", "the", "same", "properties"]))
        #expect(AnswerType.mechanism.isStated(by: ["the", "idea", "is", "that", "the", "rapid", "vibrations", "force", "the", "muscles"]))
        #expect(!AnswerType.mechanism.isStated(by: ["it", "is", "being", "offered", "as", "a", "treatment"]))
        #expect(AnswerType.mechanism.isStated(by: ["this", "happens", "because", "the", "drug", "blocks", "receptors"]))
        #expect(!AnswerType.mechanism.isStated(by: ["stand", "by", "me"]))
        #expect(AnswerType.of(question: ["what", "symptoms", "can", "nerve", "blocks", "relieve"]) == .list)
        // Opened by the things wanted, or naming them after a word that qualifies them.
        #expect(AnswerType.of(question: ["signs", "i'm", "not", "sleeping", "enough"]) == .list)
        #expect(AnswerType.of(question: ["side", "effects", "of", "ketamine"]) == .list)
        #expect(AnswerType.of(question: ["causes", "of", "body", "pain"]) != .list)
        #expect(AnswerType.of(question: ["what", "physical", "signs", "show", "stress"]) == .list)
        #expect(AnswerType.of(question: ["what", "do", "symptoms", "mean"]) != .list)
        #expect(AnswerType.of(question: ["who", "gets", "ketamine", "therapy"]) == .recipient)
        #expect(AnswerType.of(question: ["who", "gets", "offered", "ketamine", "for", "fibro"]) == .recipient)
        #expect(AnswerType.of(question: ["who", "is", "prescribed", "nerve", "blocks"]) == .recipient)
        // A "who" after a noun tells which one is meant.
        #expect(AnswerType.of(question: ["the", "cereal", "guy", "who", "hated", "sex", "what", "did", "he", "invent"]) != .agent)
        #expect(AnswerType.of(question: ["do", "you", "know", "who", "invented", "granola"]) == .agent)
        #expect(AnswerType.of(question: ["what's", "the", "best", "thing", "for", "a", "bruise"]) == .instruction)
        #expect(AnswerType.of(question: ["what", "is", "the", "best", "way", "to", "sleep"]) == .instruction)
        #expect(AnswerType.of(question: ["what's", "the", "8x8", "rule"]) == .definition)
        // Strings of search words say what they want by a label or a plural.
        #expect(AnswerType.of(question: ["hyperalgesia", "definition"]) == .definition)
        // What something does to a named thing is no definition; what it does in general is.
        #expect(AnswerType.of(question: ["what", "does", "vibration", "therapy", "do", "for", "bones"]) == AnswerType.none)
        #expect(AnswerType.of(question: ["what", "does", "sleep", "do", "for", "the", "body"]) == .definition)
        #expect(AnswerType.of(question: ["what", "does", "dehydration", "do", "to", "you"]) == .definition)
        // "what if I need …" asks what happens then, as "what if I don't …" does.
        #expect(AnswerType.of(question: ["what", "if", "i", "need", "the", "toilet", "during", "the", "infusion"]) == .condition)
        #expect(AnswerType.of(question: ["what", "if", "i", "have", "to", "pee"]) == .condition)
        #expect(AnswerType.of(question: ["what", "if", "i", "feel", "dizzy"]) == .instruction)
        // A verb after "what" asks no list ("what turns genes on").
        #expect(AnswerType.of(question: ["what", "turns", "genes", "on"]) != .list)
        #expect(AnswerType.of(question: ["what", "fruits", "keep", "you", "hydrated"]) == .list)
        #expect(AnswerType.of(question: ["serious", "conditions", "body", "pain"]) == .list)
        #expect(AnswerType.of(question: ["nerve", "block", "procedure", "length"]) == .duration)
        #expect(AnswerType.of(question: ["what", "conditions", "cause", "body", "pain"]) != .definition)
        #expect(AnswerType.formWords(in: ["full", "list", "fibromyalgia", "symptoms"]) == [0, 1])
        #expect(AnswerType.formWords(in: ["what", "is", "the", "definition", "of", "rosacea"]).isEmpty)
        #expect(AnswerType.formWords(in: ["hyperalgesia", "definition"]) == [1])
        // A preposition before a question word opens a sentence, whose last word is no label.
        #expect(AnswerType.formWords(in: ["in", "which", "year", "fibromyalgia", "was", "defined"]).isEmpty)
        #expect(AnswerType.formWords(in: ["in", "fibromyalgia", "defined"]) == [2])
        #expect(AnswerType.of(question: ["what", "happens", "if", "i", "bleed"]) == .condition)  // "happens" is a verb, not a plural to list
        #expect(AnswerType.of(question: ["what", "should", "i", "avoid", "after", "donating"]) == .caution)
        #expect(AnswerType.of(question: ["what", "not", "to", "do"]) == .caution)
        #expect(AnswerType.of(question: "what shouldn't i do after giving blood".split(separator: " ").map(String.init)) == .caution)
        // A subject named first, then asked about, is no string of search words: "skin
        // symptoms, what should I do" asks what to do, not for a list of symptoms.
        #expect(AnswerType.of(question: "skin symptoms what should i do".split(separator: " ").map(String.init)) == .instruction)
        #expect(AnswerType.of(question: "i've noticed new skin symptoms what should i do".split(separator: " ").map(String.init)) == .instruction)
        #expect(AnswerType.of(question: "fibromyalgia symptoms list".split(separator: " ").map(String.init)) == .list)
        // What a thing ought not to do is told, not asked: "things that shouldn't hurt".
        #expect(AnswerType.of(question: "why does my body overreact to things that shouldn't hurt".split(separator: " ").map(String.init)) != .caution)
        #expect(AnswerType.of(question: ["what", "drinks", "should", "i", "stay", "away", "from"]) == .caution)
        #expect(AnswerType.of(question: ["what", "should", "i", "not", "do", "after", "giving", "blood"]) == .caution)
        #expect(AnswerType.of(question: ["what", "should", "i", "do", "if", "it", "is", "not", "better"]) != .caution)
        #expect(AnswerType.of(question: ["which", "patients", "get", "ketamine", "infusions"]) == .recipient)
        #expect(AnswerType.of(question: ["which", "people", "can", "have", "nerve", "blocks"]) == .recipient)
        #expect(AnswerType.of(question: ["which", "skin", "disorders", "go", "with", "fibro"]) == .list)
        #expect(AnswerType.of(question: ["what", "if", "i", "don't", "sleep", "enough"]) == .condition)
        #expect(AnswerType.of(question: ["what", "if", "my", "arm", "keeps", "bleeding"]) == .instruction)
    }

    @Test func aCautionForbidsButAReassuranceDoesNot() {
        #expect(AnswerType.caution.isStated(by: ["it", "is", "important", "to", "not", "exercise"]))
        #expect(AnswerType.caution.isStated(by: ["avoid", "sugary", "drinks"]))
        #expect(!AnswerType.caution.isStated(by: ["you", "should", "not", "be", "at", "all", "concerned"]))
        #expect(!AnswerType.caution.isStated(by: ["drink", "plenty", "of", "water"]))
    }

    @Test func aQuestionEndingInLikeAsksWhatSomethingIsLike() {
        #expect(AnswerType.of(question: ["what", "does", "the", "infusion", "feel", "like"]) == .description)
        #expect(AnswerType.of(question: ["what", "is", "it", "like", "to", "donate"]) == .description)
        #expect(AnswerType.of(question: ["what's", "it", "like", "to", "donate"]) == .description)
        #expect(AnswerType.of(question: ["what", "was", "kellogg", "like"]) == .description)
        #expect(AnswerType.of(question: ["what", "other", "diseases", "are", "like", "fibromyalgia"]) != .description)
        #expect(AnswerType.of(question: ["how", "is", "dna", "like", "a", "manual"]) != .description)
        #expect(AnswerType.likening(in: ["what", "does", "dehydration", "feel", "like"]) == 4)
        #expect(AnswerType.likening(in: ["what", "does", "fibro", "feel", "like", "besides", "aching"]) == 4)
        #expect(AnswerType.likening(in: ["iv", "ketamine", "what", "is", "it", "like", "while", "it's", "going", "in"]) == 5)
    }

    @Test func askingWhatAToldThingIsCalledAsksForItsName() {
        func of(_ question: String) -> AnswerType { AnswerType.of(question: question.split(separator: " ").map(String.init)) }
        #expect(of("my skin welts up when i scratch what is that called") == .identity)
        #expect(of("my cheeks go red for no reason what could it be") == .identity)
        #expect(of("a hug hurts my skin is there a name for this") == .identity)
        // Nothing told before it: a plain question about "it".
        #expect(of("what is it") != .identity)
        let named = ["this", "is", "referred", "to", "as", "hyperalgesia"]
        #expect(AnswerType.identity.isStated(by: named, searched: named.map { _ in false }))
        let told = ["you", "get", "an", "itchy", "spot"]
        #expect(!AnswerType.identity.isStated(by: told, searched: told.map { _ in false }))
    }

    @Test func aDescriptionSaysWhatItsSubjectIsLike() {
        func states(_ words: [String], subject: String) -> Bool {
            AnswerType.description.isStated(by: words, searched: words.map { $0 == subject })
        }
        #expect(states(["the", "infusion", "process", "is", "relaxing"], subject: "infusion"))
        #expect(states(["the", "process", "of", "taking", "blood", "is", "not", "painful"], subject: "blood"))
        #expect(states(["kellogg", "was", "an", "odd", "fellow"], subject: "kellogg"))
        #expect(!states(["rosacea", "is", "a", "skin", "condition"], subject: "rosacea"))
        #expect(!states(["infusion", "therapy", "is", "generally", "reserved", "for", "patients"], subject: "infusion"))
        #expect(!states(["the", "procedure", "is", "relaxing"], subject: "infusion"))
    }

    @Test func whoIsItForAsksForThePeopleItIsFor() {
        #expect(AnswerType.of(question: ["who", "is", "ketamine", "infusion", "for"]) == .recipient)
        #expect(AnswerType.of(question: ["who", "qualifies", "for", "ketamine"]) == .recipient)
        #expect(AnswerType.of(question: ["who", "is", "allowed", "ketamine", "infusions"]) == .recipient)
        #expect(AnswerType.of(question: ["who", "is", "eligible", "for", "a", "nerve", "block"]) == .recipient)
    }

    @Test func whoDoesItAsksForARoleNotAKindOfPeople() {
        #expect(AnswerType.of(question: ["who", "does", "a", "nerve", "block"]) == .agent)
        #expect(AnswerType.of(question: ["who", "gives", "the", "referral"]) == .agent)
        #expect(AnswerType.of(question: ["who", "gets", "rosacea"]) == .person)
        #expect(AnswerType.of(question: ["who", "was", "gustav", "zander"]) == .person)
        #expect(AnswerType.of(question: ["who", "can", "get", "ketamine", "infusions"]) == .recipient)
        #expect(AnswerType.agent.isStated(by: ["an", "anesthesiologist", "will", "help", "you"]))
        #expect(AnswerType.agent.isStated(by: ["talk", "to", "your", "doctor"]))
        #expect(!AnswerType.agent.isStated(by: ["cause", "a", "woman", "to", "feel", "pain"]))
        #expect(AnswerType.person.isStated(by: ["cause", "a", "woman", "to", "feel", "pain"]))
        #expect(AnswerType.recipient.isStated(by: ["therapy", "is", "generally", "reserved", "for", "patients", "that"]))
        #expect(AnswerType.recipient.isStated(by: ["reserved", "for", "fibromyalgia", "patients"]))
        #expect(!AnswerType.recipient.isStated(by: ["so", "useful", "to", "anesthesiologists"]))
        #expect(AnswerType.person.isStated(by: ["so", "useful", "to", "anesthesiologists"]))
    }

    @Test func whatIsItForAsksWhatItServes() {
        #expect(AnswerType.of(question: ["what", "was", "the", "vibrating", "chair", "for"]) == .purpose)
        #expect(AnswerType.of(question: ["kellogg", "vibrating", "chair", "purpose"]) == .purpose)
        #expect(AnswerType.of(question: ["what", "does", "wbvt", "stand", "for"]) == .definition)
        #expect(AnswerType.purpose.isStated(by: ["allegedly", "it", "was", "used", "to", "stimulate"]))
        #expect(AnswerType.purpose.isStated(by: ["it", "is", "being", "offered", "as", "a", "treatment", "for", "balance"]))
        #expect(!AnswerType.purpose.isStated(by: ["among", "kellogg's", "inventions", "was", "the", "chair"]))
    }

    @Test func duringAsksWhatGoesOnMeanwhile() {
        #expect(AnswerType.of(question: ["what", "happens", "during", "a", "ketamine", "infusion"]) == .meanwhile)
        #expect(AnswerType.of(question: ["how", "is", "the", "ketamine", "given", "during", "an", "infusion"]) != .meanwhile)
        #expect(AnswerType.of(question: ["the", "block", "worked", "for", "a", "while", "can", "i", "get", "another"]) != .meanwhile)
        #expect(AnswerType.of(question: ["how", "long", "does", "dizziness", "last", "during", "donation"]) == .duration)
        #expect(AnswerType.meanwhile.isStated(by: ["you", "will", "get", "to", "sit", "and", "relax", "while", "it's", "going", "on"]))
        #expect(AnswerType.meanwhile.isStated(by: ["when", "undergoing", "the", "infusion", "you", "go", "into", "a", "sleep"]))
        #expect(!AnswerType.meanwhile.isStated(by: ["the", "process", "is", "repeated", "several", "times"]))
    }

    @Test func lookingLikeAsksWhatIsSeen() {
        #expect(AnswerType.of(question: ["what", "does", "dermatographism", "look", "like", "on", "the", "arms"]) == .appearance)
        #expect(AnswerType.of(question: ["what", "do", "the", "welts", "look", "like"]) == .appearance)
        #expect(AnswerType.of(question: ["what", "does", "the", "infusion", "feel", "like"]) == .description)
        #expect(AnswerType.appearance.isStated(by: ["you", "may", "also", "see", "little", "bumps", "up", "and", "down", "your", "arms"]))
        #expect(!AnswerType.appearance.isStated(by: ["in", "some", "cases", "a", "towel", "can", "cause", "this", "reaction"]))
    }

    @Test func whereAsksForAPlace() {
        #expect(AnswerType.of(question: ["where", "can", "i", "buy", "a", "vibration", "machine"]) == .place)
        #expect(AnswerType.of(question: ["where", "is", "the", "kellogg", "discovery", "center"]) == .place)
        #expect(AnswerType.of(question: ["where", "does", "the", "injection", "go"]) == .location)
        #expect(AnswerType.location.isStated(by: ["put", "into", "the", "area", "where", "the", "pain", "is"]))
        #expect(!AnswerType.location.isStated(by: ["visit", "the", "mayo", "clinic", "site"]))
        #expect(AnswerType.of(question: ["why", "do", "i", "bruise", "where", "the", "needle", "went"]) == .cause)
        #expect(AnswerType.place.isStated(by: ["you", "can", "still", "visit", "the", "kellogg", "discovery", "center"]))
        #expect(AnswerType.place.isStated(by: ["put", "into", "the", "area", "where", "the", "pain", "is"]))
        #expect(!AnswerType.place.isStated(by: ["among", "kellogg's", "inventions", "was", "the", "chair"]))
    }

    @Test func aTriggerGivesAReason() {
        #expect(AnswerType.cause.isStated(by: ["there", "is", "most", "often", "some", "triggering", "factor"]))
        #expect(!AnswerType.cause.isStated(by: ["the", "needle", "goes", "in"]))
    }

    @Test func namingTheCausesGivesNoReason() {
        let sentence = { (s: String) in s.split(separator: " ").map(String.init) }
        #expect(!AnswerType.cause.isStated(by: sentence("as well as addressing the causes of the disorder")))
        #expect(!AnswerType.mechanism.isStated(by: sentence("as well as addressing the causes of the disorder")))
        #expect(AnswerType.cause.isStated(by: sentence("the possible causes of fibromyalgia")))
        #expect(AnswerType.cause.isStated(by: sentence("stress causes the body to ache")))
    }

    @Test func aListIsCommasOrAListingWord() {
        let words = ["stiffness", "trouble", "sleeping", "headaches", "and", "pain"]
        let starts = [true, true, false, true, true, false]
        #expect(AnswerType.list.isStated(by: words, clauseStarts: starts))
        #expect(!AnswerType.list.isStated(by: words, clauseStarts: [true, false, false, true, false, false]))
        #expect(AnswerType.list.isStated(by: ["symptoms", "include", "thirst"]))
    }

    @Test func longClausesBetweenCommasAreNoList() {
        // "The last time I mentioned it, half of you launched into tirades at the suggestion,
        // while the other half gave high-fives, so here we are": commas, but no short items.
        let clauses = [5, 9, 7, 4]
        let starts = clauses.flatMap { [true] + Array(repeating: false, count: $0 - 1) }
        #expect(!AnswerType.list.isStated(by: Array(repeating: "word", count: starts.count), clauseStarts: starts))
        // "bruising, pain, weakness, continued bleeding, or dizziness": short items.
        let items = [1, 1, 1, 2, 2].flatMap { [true] + Array(repeating: false, count: $0 - 1) }
        #expect(AnswerType.list.isStated(by: Array(repeating: "word", count: items.count), clauseStarts: items))
    }

    @Test func aHyphenatedWordIsNoList() {
        // "Additionally, there are over-the-counter medications": one comma, and hyphens that
        // join a word's parts, not three separators around short items.
        let sentence = "Additionally, there are over-the-counter medications to help relieve your aches."
        let tokens = Analyzer().tokens(sentence)
        let starts = ExcerptSelector.clauseStarts(of: tokens, in: sentence)
        #expect(starts.filter { $0 }.count == 2)
        #expect(!AnswerType.list.isStated(by: tokens.map(\.word), clauseStarts: starts))
        let dashed = "Symptoms - aches - fatigue - fog"
        #expect(ExcerptSelector.clauseStarts(of: Analyzer().tokens(dashed), in: dashed) == [true, true, true, true])
    }

    @Test func sentencesStateThem() {
        #expect(AnswerType.time.isStated(by: ["solidified", "in", "1972"]))
        #expect(AnswerType.duration.isStated(by: ["for", "about", "fifteen", "minutes"]))
        #expect(!AnswerType.duration.isStated(by: ["minutes", "matter"]))
        #expect(AnswerType.duration.isStated(by: ["can", "take", "up", "to", "at", "least", "an", "hour"]))
        #expect(AnswerType.quantity.isStated(by: ["it", "uses", "a", "far", "lower", "dose"]))
        #expect(!AnswerType.quantity.isStated(by: ["it", "is", "injected", "slowly"]))
        #expect(AnswerType.cause.isStated(by: ["it", "aches", "because", "of", "the", "flu"]))
        #expect(!AnswerType.cause.isStated(by: ["it", "aches", "in", "the", "flu"]))
        #expect(!AnswerType.cause.isStated(by: ["they", "don't", "really", "have", "a", "reason"]))
        let notHere = ["it", "is", "not", "why", "it", "aches", "because", "of", "the", "flu"]
        #expect(AnswerType.cause.isStated(by: notHere, clauseStarts: notHere.indices.map { $0 == 0 || $0 == 6 }))
        #expect(AnswerType.of(question: ["how", "quickly", "do", "nerve", "blocks", "work"]) == .speed)
        #expect(AnswerType.of(question: ["how", "soon", "will", "i", "feel", "better"]) == .speed)
        #expect(AnswerType.speed.isStated(by: ["you", "get", "immediate", "relief"]))
        #expect(AnswerType.of(question: ["does", "a", "nerve", "block", "work", "right", "away"]) == .speed)
        #expect(AnswerType.of(question: ["is", "the", "relief", "slow", "to", "kick", "in"]) == .speed)
        #expect(AnswerType.of(question: ["does", "a", "nerve", "block", "work"]) == .none)
        #expect(AnswerType.speed.isStated(by: ["relief", "for", "up", "to", "3", "months"]))
        #expect(!AnswerType.speed.isStated(by: ["the", "injection", "is", "put", "into", "the", "area"]))
        #expect(AnswerType.mechanism.isStated(by: ["the", "nerves", "stop", "firing", "thus", "easing", "the", "pain"]))
        #expect(!AnswerType.mechanism.isStated(by: ["the", "nerves", "stop", "firing"]))
        #expect(AnswerType.condition.isStated(by: ["see", "a", "doctor", "if", "it", "lasts"]))
        #expect(AnswerType.person.isStated(by: ["defined", "by", "dr", "hugh", "smythe"]))
        #expect(AnswerType.person.isStated(by: ["an", "anesthesiologist", "will", "help"]))
        #expect(!AnswerType.person.isStated(by: ["it", "will", "help", "the", "list"]))
        #expect(!AnswerType.person.isStated(by: ["anyone", "with", "fibromyalgia", "knows"]))
    }

    @Test func anInstructionOpensAClauseWithAVerbOrAdvises() {
        #expect(AnswerType.of(question: ["what", "if", "my", "arm", "keeps", "bleeding"]) == .instruction)
        let words = ["if", "it", "bleeds", "put", "pressure", "on", "it"]
        #expect(AnswerType.instruction.isStated(by: words, clauseStarts: [true, false, false, true, false, false, false]))
        #expect(!AnswerType.instruction.isStated(by: words, clauseStarts: [true, false, false, false, false, false, false]))
        #expect(AnswerType.instruction.isStated(by: ["avoid", "sugary", "drinks"]))
        #expect(!AnswerType.instruction.isStated(by: ["sleep", "is", "very", "important"]))
        #expect(AnswerType.instruction.isStated(by: ["to", "get", "it", "you", "need", "to", "ask"]))
        let clause = "If you keep bleeding, put pressure on it."
        #expect(ExcerptSelector.clauseStarts(of: Analyzer().tokens(clause), in: clause)
                    == [true, false, false, false, true, false, false, false])
        let passage = "The bleeding should slow down within a few minutes once the needle is out and the arm is kept still. "
            + "If you keep bleeding after the needle comes out, put firm pressure on the site that is bleeding."
        let excerpt = ExcerptSelector().excerpt(of: passage, weights: ["bleed": 1], answerType: .instruction)
        #expect(excerpt.map { $0.text(in: passage) }?.hasPrefix("If you keep bleeding") == true)
    }

    @Test func synonymsOfOneWordDoNotOutweighAnotherWordOfTheQuestion() {
        let passage = "It brings rest, slumber and sleep of a sort to everyone who lies down on the couch for a long while. "
            + "Nothing in this sentence is about the question at all, and it is long enough to stand on its own. "
            + "It brings sleep with ketamine, for some hours, to everyone who goes through the whole procedure once."
        let concepts = [["sleep": 1.0, "rest": 0.8, "slumber": 0.8], ["ketamin": 1.0]]
        let weights = ["sleep": 1.0, "rest": 0.8, "slumber": 0.8, "ketamin": 1.0]
        let grouped = ExcerptSelector().excerpt(of: passage, weights: weights, concepts: concepts)
        #expect(grouped.map { $0.text(in: passage) }?.hasPrefix("It brings sleep with ketamine") == true)
        let ungrouped = ExcerptSelector().excerpt(of: passage, weights: weights)
        #expect(ungrouped.map { $0.text(in: passage) }?.hasPrefix("It brings rest") == true)
    }

    @Test func theSentenceWithTheAskedForFactWins() throws {
        let text = "Rest after giving blood matters to every donor who gives. You should rest for about fifteen minutes after giving blood."
        let weights = ["rest": 1.0, "give": 1.0, "blood": 1.0]
        let excerpt = try #require(ExcerptSelector().excerpt(of: text, weights: weights, answerType: .duration))
        #expect(excerpt.text(in: text).contains("fifteen minutes"))
    }
}

@Suite struct DefinitionAndQuestionSentenceTests {
    @Test func whatIsQuestionsPreferTheSentenceThatSaysWhatItIs() {
        #expect(AnswerType.of(question: ["what", "is", "rosacea"]) == .definition)
        #expect(AnswerType.of(question: ["is", "it", "hereditary", "what", "is", "known"]) == .none)
        let passage = "Many people who live with fibromyalgia notice rosacea on their cheeks and around the nose after a flare. "
            + "Rosacea is a skin condition that makes the face red, with small bumps that can sting or burn for days."
        let weights = ["rosacea": 2.0, "skin": 0.5]
        let plain = ExcerptSelector().excerpt(of: passage, weights: weights)
        let typed = ExcerptSelector().excerpt(of: passage, weights: weights, answerType: .definition)
        #expect(typed?.statesAnswer == true)
        #expect(typed.map { String(passage.utf8.dropFirst($0.range.lowerBound).prefix($0.range.count))! }?.hasPrefix("Rosacea is") == true)
        #expect(plain?.range != nil)
    }

    @Test func aNeighbourGivingTheAskedForReasonJoinsTheExcerpt() {
        let passage = "There are lots of reasons that nerve blocks can be used, as we will see later in this long article. "
            + "The most common reason is childbirth, because labour hurts. Nothing else is said here at all."
        let excerpt = ExcerptSelector().excerpt(of: passage, weights: ["nerv": 1, "block": 1], answerType: .cause)
        let text = excerpt.map { String(passage.utf8.dropFirst($0.range.lowerBound).prefix($0.range.count))! }
        #expect(text?.hasSuffix("because labour hurts.") == true)
        let plain = ExcerptSelector().excerpt(of: passage, weights: ["nerv": 1, "block": 1])
        #expect(plain.map { String(passage.utf8.dropFirst($0.range.lowerBound).prefix($0.range.count))! }?.contains("childbirth") == false)
    }

    @Test func aDefinitionMayNameItsSubjectInTheSentenceBefore() {
        let passage = "Ketamine can also lift a low mood for a while. Ketamine has been used for fifty years. "
            + "The drug is often used as an anesthetic for surgery. The idea is that it resets pain signals."
        let excerpt = ExcerptSelector().excerpt(of: passage, weights: ["ketamin": 1.0], answerType: .definition)
        let text = excerpt.map { String(passage.utf8.dropFirst($0.range.lowerBound).prefix($0.range.count))! }
        #expect(text == "Ketamine has been used for fifty years. The drug is often used as an anesthetic for surgery.")
        #expect(excerpt?.statesAnswer == true)
        #expect(AnswerType.definesAnaphorically(["this", "is", "referred", "to", "as", "hyperalgesia"]))
        #expect(!AnswerType.definesAnaphorically(["the", "idea", "is", "that", "it", "works"]))
        #expect(!AnswerType.definesAnaphorically(["this", "condition", "is", "quite", "odd"]))
        // A later clause may give it its name.
        let namedLater = ["this", "condition", "is", "quite", "odd", "and", "is", "also", "referred", "to", "as", "skin", "writing"]
        #expect(AnswerType.definesAnaphorically(namedLater))
    }

    @Test func aSentenceThatPointsBackIsQuotedWithTheOneBefore() {
        let passage = "Nothing here is about the question at all, it only fills the passage. "
            + "Even a hug from your spouse can feel like a burn on the arm. "
            + "As you'd expect, this is because the nervous system is overstimulated."
        let selector = ExcerptSelector()
        let excerpt = selector.excerpt(of: passage, weights: ["nervous": 1, "system": 1], answerType: .cause)
        let text = excerpt.map { String(passage.utf8.dropFirst($0.range.lowerBound).prefix($0.range.count))! }
        #expect(text?.hasPrefix("Even a hug from your spouse") == true)
        let chain = "Nothing here is about the question, it only fills the passage up. "
            + "You go through a health screening first. They also test your blood. This is a free health checkup."
        let checkup = selector.excerpt(of: chain, weights: ["checkup": 1, "free": 1])
        #expect(checkup.map { String(chain.utf8.dropFirst($0.range.lowerBound).prefix($0.range.count))! }?.hasPrefix("You go through") == true)
        func pointsBack(_ sentence: String) -> Bool {
            ExcerptSelector.pointsBack(Analyzer().tokens(sentence), bytes: Array(sentence.utf8))
        }
        #expect(pointsBack("These spots itch."))
        #expect(pointsBack("In short, this is why."))
        #expect(!pointsBack("Which is odd, and these spots itch."))
        #expect(!pointsBack("The skin turns red, as these do."))
        #expect(pointsBack("Your specialist can then use that information."))
        #expect(pointsBack("Then, keep your arm above your heart."))
        #expect(!pointsBack("Keep track of your symptoms and then compare them."))
    }

    @Test func aReasonGivenInTheNextSentenceMakesAPair() {
        let passage = "Rosacea makes the cheeks glow, but they don't really have a reason to do so. "
            + "The skin around your nose turns red and sometimes swells up as well. "
            + "This happens because the little vessels in your skin get swollen."
        let excerpt = ExcerptSelector().excerpt(of: passage, weights: ["rosacea": 1, "red": 1.2], answerType: .cause)
        let text = excerpt.map { String(passage.utf8.dropFirst($0.range.lowerBound).prefix($0.range.count))! }
        #expect(text?.hasSuffix("turns red and sometimes swells up as well. This happens because the little vessels in your skin get swollen.") == true)
        #expect(excerpt?.statesAnswer == true)
        let plain = ExcerptSelector().excerpt(of: passage, weights: ["rosacea": 1, "red": 1.2])
        #expect(plain.map { String(passage.utf8.dropFirst($0.range.lowerBound).prefix($0.range.count))! }?.contains("because") == false)
    }

    @Test func aPairAfterTheBestSentenceJoinsItWhole() {
        // The best sentence holds more of the question; the pair after it gives the reason.
        let passage = "Rosacea occurs when the cheeks have a rosy red glow, but they don't really have a reason to do so. "
            + "The skin around your nose turns red and sometimes swells up as well. "
            + "This happens because the little vessels in your skin get swollen."
        let excerpt = ExcerptSelector().excerpt(of: passage, weights: ["rosacea": 2, "cheek": 2, "red": 1.2], answerType: .cause)
        let text = excerpt.map { String(passage.utf8.dropFirst($0.range.lowerBound).prefix($0.range.count))! }
        #expect(text?.hasPrefix("Rosacea occurs") == true)
        #expect(text?.hasSuffix("This happens because the little vessels in your skin get swollen.") == true)
    }

    @Test func aSentenceIntroducingAListStatesTheListAskedFor() {
        let passage = "Localized vibration therapy means a therapist holds a device on your thigh muscles for a while. "
            + "This causes the muscles to contract and relax, over and over, for as long as the session lasts. "
            + "Reportedly, the benefits extend to the following:\n\n• Increase bone density\n• Improve circulation"
        let weights: [String: Double] = ["local": 1, "vibrat": 1, "benefit": 1.5]
        let plain = ExcerptSelector().excerpt(of: passage, weights: weights)
        #expect(plain.map { String(passage.utf8.dropFirst($0.range.lowerBound).prefix($0.range.count))! }?.hasPrefix("Localized") == true)
        let excerpt = ExcerptSelector().excerpt(of: passage, weights: weights, answerType: .list)
        let text = excerpt.map { String(passage.utf8.dropFirst($0.range.lowerBound).prefix($0.range.count))! }
        #expect(text?.hasPrefix("Reportedly") == true)
        #expect(text?.hasSuffix("Improve circulation") == true)
        #expect(excerpt?.statesAnswer == true)
    }

    @Test func aPassageLabelledWithTheSubjectDefinesItFurtherOn() {
        let passage = "Tactile Allodynia. This is, possibly, the saddest skin disorder of all. "
            + "It makes contact with the skin hard to bear. The name, in Latin, literally means a reaction to a painless touch."
        let excerpt = ExcerptSelector().excerpt(of: passage, weights: ["allodynia": 2, "skin": 1], answerType: .definition,
                                                subjects: ["allodynia"])
        let text = excerpt.map { String(passage.utf8.dropFirst($0.range.lowerBound).prefix($0.range.count))! }
        #expect(text == passage)
        #expect(excerpt?.statesAnswer == true)
        let plain = ExcerptSelector().excerpt(of: passage, weights: ["allodynia": 2, "skin": 1])
        #expect(plain.map { String(passage.utf8.dropFirst($0.range.lowerBound).prefix($0.range.count))! }?.contains("Latin") == false)
    }

    @Test func aQuestionTheTextAnswersAtOnceIsQuotedWithItsAnswer() throws {
        let passage = "Cosmonauts trained on plates. Why were the Russians so dominant? Their athletes trained on plates too. "
            + "What else? Is it worth it?"
        let text = { (e: Excerpt?) in e.map { String(passage.utf8.dropFirst($0.range.lowerBound).prefix($0.range.count))! } }
        let paired = ExcerptSelector().excerpt(of: passage, weights: ["russian": 1, "domin": 1])
        #expect(text(paired)?.hasPrefix("Why were the Russians so dominant? Their athletes trained on plates too.") == true)
        #expect(paired?.isAnnouncement == false)
        // A question followed by another question is still only an announcement.
        let asked = try #require(ExcerptSelector().excerpt(of: passage, weights: ["els": 1]))
        #expect(asked.isAnnouncement)
    }

    @Test func aQuestionSentenceScoresBelowAStatement() {
        let passage = "Is fibromyalgia hereditary? Fibromyalgia runs in families and is hereditary in part."
        let excerpt = ExcerptSelector().excerpt(of: passage, weights: ["hereditari": 1, "fibromyalgia": 0.1])
        #expect(excerpt?.isAnnouncement == false)
        #expect(ExcerptSelector.isQuestion(0..<27, in: passage))
        #expect(!ExcerptSelector.isQuestion(28..<passage.utf8.count, in: passage))
    }

    @Test func theQuestionsWordsSideBySideOutweighTheSameWordsApart() throws {
        let passage = "Sometimes it becomes part of a physical therapy routine for the patient, week after week. "
            + "Nothing in this sentence is about the question at all, and it is long enough to stand on its own. "
            + "Your physical therapist will tell you whether you will be using it between the other procedures."
        let analyzer = Analyzer()
        let (physical, therapy, therapist, use) = (analyzer.stem("physical"), analyzer.stem("therapy"), analyzer.stem("therapist"), analyzer.stem("using"))
        let concepts: [[String: Double]] = [[physical: 2.5], [therapy: 1.7, therapist: 1.7], [use: 0.4]]
        let weights = [physical: 2.5, therapy: 1.7, therapist: 1.7, use: 0.4]
        let text = { (e: Excerpt?) in e.map { String(passage.utf8.dropFirst($0.range.lowerBound).prefix($0.range.count))! } }
        let apart = ExcerptSelector().excerpt(of: passage, weights: weights, concepts: concepts)
        #expect(text(apart)?.hasPrefix("Your physical therapist") == true)
        let phrase = ExcerptSelector().excerpt(of: passage, weights: weights, concepts: concepts, phrases: [[[physical], [therapy]]])
        #expect(text(phrase)?.hasPrefix("Sometimes it becomes part of a physical therapy routine") == true)
    }

    @Test func aNeighbourHoldingOnlyANegligibleWordIsNotTakenIn() throws {
        let passage = "Many who suffer with fibromyalgia meet that standard. "
            + "To get ketamine treatments for your symptoms, you need to talk to your doctor about a referral."
        let weights = ["ketamin": 1.4, "treatment": 2.3, "fibromyalgia": 0.002]
        let excerpt = try #require(ExcerptSelector().excerpt(of: passage, weights: weights))
        #expect(excerpt.text(in: passage).hasPrefix("To get ketamine"))
        #expect(!excerpt.terms.contains("fibromyalgia"))
        let weighty = try #require(ExcerptSelector().excerpt(of: passage, weights: ["ketamin": 1.4, "treatment": 2.3, "fibromyalgia": 0.5]))
        #expect(weighty.text(in: passage).hasPrefix("Many who suffer"))
    }

    @Test func aFurtherExcerptOfOneShortSentenceIsNotOffered() {
        let passage = "Your body can be achy when you are sick. "
            + "Your body aches because your immune system is working hard to fight against the infection of a cold. "
            + "Nothing in this sentence is about the question at all, and it is long enough to stand on its own. "
            + "Over-the-counter medications help relieve your body aches and the pain that comes with a cold or flu."
        let weights = ["bodi": 0.6, "ach": 2.5, "achi": 1.5, "infect": 1.7, "medic": 1.0, "sick": 1.2]
        let excerpts = ExcerptSelector(contextLength: ExcerptSelector.contextLength).excerpts(of: passage, weights: weights, limit: 3)
        let texts = excerpts.map { $0.text(in: passage) }
        #expect(texts.count == 2)
        #expect(texts.allSatisfy { $0.utf8.count >= ExcerptSelector.minimumFurtherLength })
        #expect(texts.contains { $0.hasPrefix("Over-the-counter") })
    }

    @Test func aQuoteStartingAfterThePassagesLabelTakesItIn() throws {
        let passage = "Rosacea. You have likely heard of this issue before, especially if your friends are over thirty. "
            + "Rosacea occurs when the cheeks have a rosy red glow for no reason. "
            + "The skin around your nose and cheeks turns red and sometimes swells up as well."
        let weights = ["rosacea": 1.0, "cheek": 2.0, "red": 1.5]
        let excerpt = try #require(ExcerptSelector(contextLength: ExcerptSelector.contextLength).excerpt(of: passage, weights: weights))
        #expect(excerpt.text(in: passage) == passage)
        let bare = try #require(ExcerptSelector().excerpt(of: passage, weights: weights))
        #expect(!bare.text(in: passage).hasPrefix("Rosacea."))
    }

    @Test func aQuoteStartingAfterABulletedHeadingTakesItIn() throws {
        let passage = "– Increased flexibility and range of motion. If you are feeling sore, chances are that you are "
            + "unable to move around very easily. When you get relief from that pain, it is a lot easier to move around."
        let excerpt = try #require(ExcerptSelector(contextLength: ExcerptSelector.contextLength)
            .excerpt(of: passage, weights: ["move": 2.0, "sore": 1.0]))
        #expect(excerpt.text(in: passage).hasPrefix("– Increased flexibility"))
        // A longer first sentence after the dash is an item of its own, no heading; nor is a
        // short sentence without the dash.
        let long = "– If you are worried about the pain flaring up again, you can have the procedure done again."
        #expect(!ExcerptSelector.isBulletHeading(Analyzer().tokens(long)[...], in: long))
        let plain = "Increased flexibility and range of motion."
        #expect(!ExcerptSelector.isBulletHeading(Analyzer().tokens(plain)[...], in: plain))
        #expect(ExcerptSelector.isBulletHeading(Analyzer().tokens("• " + plain)[...], in: "• " + plain))
    }

    @Test func aListToldAcrossPassagesIsAnnouncedThenLabelled() {
        let selector = ExcerptSelector()
        #expect(selector.endsAnnouncing("There are many. Here are just a few of the skin disorders you may have."))
        #expect(!selector.endsAnnouncing("Here are just a few of them. Rosacea is one."))
        let item = "Rosacea. You have likely heard of it. It turns the cheeks red."
        let opening = selector.itemOpening(of: item)
        #expect(opening.map { String(decoding: Array(item.utf8)[$0.range], as: UTF8.self) } == "Rosacea. You have likely heard of it.")
        #expect(opening?.cutAfter == true)
        #expect(selector.itemOpening(of: "Rosacea occurs when the cheeks glow. It itches.") == nil)
    }
}
