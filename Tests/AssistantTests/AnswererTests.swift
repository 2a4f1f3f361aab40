import Foundation
import TestSupport
@testable import Retrieval
import Testing
@testable import Assistant

/// End-to-end answers over the bundled articles, with a private index file.
@Suite struct AnswererTests {
    static let knowledge = SharedFixtures.projectRoot.appendingPathComponent("knowledge")

    static func answerer() throws -> Answerer {
        let index = Scratch.path("fibroqa-ans", extension: "sqlite").path
        return try Answerer(library: Library.open(knowledge: knowledge, indexPath: index))
    }

    @Test func hereditaryQuotesTheGeneticTendencySentenceFirst() throws {
        let answer = try Self.answerer().answer("is fibromyalgia hereditary")
        #expect(answer.status == .answered)
        let first = try #require(answer.quotes.first)
        #expect(first.title == "Is Fibromyalgia Hereditary?")
        #expect(first.excerpt.contains("genetic tendency"))
        #expect(first.excerpt.contains("mothers to daughters"))
        #expect(answer.notice.contains("doctor"))
    }

    @Test func everyExcerptIsVerbatimFromItsArticle() throws {
        let answerer = try Self.answerer()
        let base = try KnowledgeBase.load(from: Self.knowledge)
        for question in ["what is rosacea", "ketamine depression", "side effects of giving blood", "nerve block epidural",
                         "vibration therapy for fibro", "how much water should I drink"] {
            for quote in answerer.answer(question).quotes {
                let article = try #require(base.articles.first { $0.article.title == quote.title })
                let text = try String(contentsOf: Self.knowledge.appendingPathComponent(article.file.name), encoding: .utf8)
                for fragment in quote.excerpt.components(separatedBy: "…") where !fragment.isEmpty {
                    #expect(text.contains(fragment), "\(question): \(fragment)")
                }
            }
        }
    }

    @Test func textingShorthandAsksWhatTheWordsInFullAsk() throws {
        let answerer = try Self.answerer()
        // "4" read as "for" makes the question a request for a use, answered by the anaesthetic.
        let used = answerer.answer("wat is ketamine normally used 4")
        #expect(used.status == .answered)
        #expect(used.quotes.first?.excerpt.contains("anesthetic") == true)
        #expect(used.explanation?.readAs == ["wat → what", "4 → for"])
        // "ppl" is not a word from elsewhere that argues against answering.
        #expect(answerer.answer("can ppl w fibro donate blood").quotes.first?.title == "Fibromyalgia and Donating Blood")
        // Read as "too many pills", it is an emergency before any search.
        #expect(answerer.answer("i took 2 many pills help").status == .emergency)
        #expect(try Answerer(library: answerer.library, without: [.shorthand]).answer("i took 2 many pills help").status != .emergency)
    }

    @Test func aWordKnownOnlyThroughAPhraseIsHeldByThePhrasesWords() throws {
        // "physio" is not in the articles; its synonym "physical therapy" is, in one passage
        // of the nerve block article, which answers rather than a heading full of nerve blocks.
        let answer = try Self.answerer().answer("do nerve blocks help with physio")
        #expect(answer.quotes.first?.excerpt.contains("physical therapy routine") == true)
    }

    @Test func aWordWrittenByEarIsReadAsTheArticleWordItSoundsLike() throws {
        let answerer = try Self.answerer()
        let pane = answerer.answer("what serious conditions cause body pane")
        #expect(pane.corrected == "what serious conditions cause body pain")
        #expect(pane.quotes.first?.title == "Fibromyalgia and Body pain")
        // "doze" is a lay word only in "doze off": elsewhere it may be "dose" heard.
        let doze = answerer.answer("what is the ketamine doze for fibro")
        #expect(doze.explanation?.corrections == ["doze → dose"])
        #expect(doze.quotes.first?.excerpt.contains("far lower dose") == true)
        #expect(answerer.answer("how do I doze off at night").explanation?.corrections.isEmpty == true)
        // Any other slip of such a word is more likely a word from elsewhere.
        #expect(answerer.answer("what is a black hole").status == .noMatch)
    }

    @Test func aComparisonIsAnsweredByTheSentenceThatCompares() throws {
        let answerer = try Self.answerer()
        // The anesthetic passage names surgery; the infusion's "far lower dose" answers.
        let dose = answerer.answer("is the ketamine dose for fibro the same as for surgery")
        #expect(dose.quotes.first?.excerpt.contains("far lower dose") == true)
    }

    @Test func aShortFormIsSpelledOutWhateverTheQuestionCallsIt() throws {
        let answerer = try Self.answerer()
        let abbreviation = answerer.answer("what does the abbreviation wbvt mean")
        #expect(abbreviation.quotes.first?.excerpt.contains("Whole body vibration therapy (WBVT)") == true)
        let initials = answerer.answer("what do the initials MS stand for")
        #expect(initials.quotes.first?.excerpt.contains("Multiple sclerosis (MS)") == true)
        // Letters the articles never spell out are still not theirs to answer.
        #expect(answerer.answer("what does the acronym lol mean").status == .noMatch)
    }

    @Test func anEverydayWordIsMeantAsTyped() throws {
        let answerer = try Self.answerer()
        // "bake" is one slip from "back" and "bread" from "broad": neither is a slip here.
        let bake = answerer.answer("can I bake bread after donating blood")
        #expect(bake.corrected == nil)
        #expect(answerer.answer("which four letters spell out our dna").corrected == nil)
        // "weigh" is no slip of the articles' "weight".
        #expect(answerer.answer("how much does a vibration plate weigh").corrected == nil)
        #expect(answerer.answer("my sister is sensitive to light and noise, is that a fibro sign").corrected == nil)
        // "seat" is no slip of "sweat", nor "style" of "still".
        #expect(answerer.answer("is kellogg's vibrating seat on display anywhere").corrected == nil)
        #expect(answerer.answer("could a wobble board style machine steady me").corrected == nil)
        // Nor "heat" of "heart": the weather's words are meant as typed, and the articles never
        // say whether heat worsens the skin.
        let heat = answerer.answer("does heat make my fibro skin worse")
        #expect(heat.corrected == nil)
        #expect(heat.status == .noMatch)
        // One that sounds the same as an article word may still be that word written by ear,
        // and one the articles use with a derivational ending is read as that word.
        #expect(answerer.answer("is fibromyalgia in your jeans").corrected == "is fibromyalgia in your genes")
        #expect(answerer.answer("did vibration therapy start in russia").corrected == "did vibration therapy start in russian")
        // Only from the word or a regular inflection of it: "braid" is no "brai" + "n".
        #expect(answerer.answer("how do I braid my hair").corrected == nil)
    }

    @Test func aSlipThatMakesAnotherWordIsToldByItsNeighbour() throws {
        let answerer = try Self.answerer()
        // The articles say "mental health", "nerve block" and "cortisone shots", never the words as typed.
        #expect(answerer.answer("can giving blood help my metal health").corrected == "can giving blood help my mental health")
        #expect(answerer.answer("how does a nerve lock work").corrected == "how does a nerve block work")
        #expect(answerer.answer("are nerve blocks like cortisone shoots").corrected == "are nerve blocks like cortisone shots")
        // Without such a neighbour, or for a word the lexicon knows, the word is what it says.
        #expect(answerer.answer("I heard ketamine is only a party drug").corrected == nil)
        #expect(answerer.answer("does fibromyalgia skip generations").corrected == nil)
        #expect(try Answerer(library: answerer.library, without: [.spelling]).answer("can giving blood help my metal health").corrected == nil)
    }

    @Test func aWordFromElsewhereBesideAnArticlesSubjectNamedInFullSaysWhatTheReaderDoes() throws {
        let answerer = try Self.answerer()
        // "tennis" and "evening" beside "donate blood": a question about donating.
        let tennis = answerer.answer("can I play tennis the evening after I donate blood")
        #expect(tennis.status == .answered)
        #expect(tennis.quotes.first?.title == "Fibromyalgia and Donating Blood")
        // Beside one word of a title only, such words still mark a question from elsewhere.
        #expect(answerer.answer("how do I get blood stains out of a carpet").status == .noMatch)
        // Nor beside it does a word asking for what the articles do not give, or a subject of
        // its own the articles never mention.
        #expect(answerer.answer("how much does a ketamine infusion cost").status == .noMatch)
        #expect(answerer.answer("can I donate blood if I have a tattoo").status == .noMatch)
    }

    @Test func clinicalWordingFindsTheArticlesPlainWords() throws {
        let answerer = try Self.answerer()
        let cause = answerer.answer("etiology of fibromyalgia")
        #expect(cause.quotes.first?.title == "Is Fibromyalgia Hereditary?")
        #expect(cause.quotes.first?.excerpt.contains("triggering factor") == true)
        #expect(answerer.answer("post-donation observation period").quotes.first?.excerpt.contains("fifteen minutes") == true)
        #expect(answerer.answer("hematoma after blood donation").quotes.first?.excerpt.contains("bruis") == true)
    }

    @Test func aFigureTheArticlesDoNotGiveIsNoWordFromElsewhere() throws {
        let answerer = try Self.answerer()
        #expect(answerer.answer("I'm 25, can I get rosacea").quotes.first?.excerpt.contains("over the age of 30") == true)
        // Figures alone, or with chatter, still ask nothing the articles cover.
        #expect(answerer.answer("3.14159").status == .noMatch)
        #expect(answerer.answer("testing 123").status == .noMatch)
        #expect(answerer.answer("1987").quotes.first?.title == "Is Fibromyalgia Hereditary?")
        // "top 5" says how many of a list are wanted, not "on top of the sequence" or "5 million".
        let top = answerer.answer("top 5 skin problems with fibromyalgia")
        #expect(top.explanation?.analysed.prefix(2) == ["(top)", "(5)"])
        #expect(top.quotes.first?.title == "Fibromyalgia and Skin Conditions")
    }

    @Test func aClaimToCheckIsSearchedWithoutItsOpening() throws {
        let split = Answerer.splittingPoliteWrapper(Analyzer().tokens("is it true that nerve blocks take days to work"))
        #expect(split.wrapper.map(\.word) == ["is", "it", "true", "that"])
        #expect(split.asked.first?.word == "nerve")
        #expect(Answerer.splittingPoliteWrapper(Analyzer().tokens("I heard giving blood takes all day")).asked.first?.word == "giving")
        // "heard" would find "If you've ever heard of cortisone shots".
        let answer = try Self.answerer().answer("I heard allodynia only hurts a little")
        #expect(answer.quotes.first?.title == "Fibromyalgia and Skin Conditions")
        #expect(try Self.answerer().answer("is it true you can only have one nerve block, is that right").explanation?.analysed.contains("right") == false)
        // "linked" only joins the subjects: the corrected "rosacea" is not alone among unmatched words.
        #expect(try Self.answerer().answer("is it true rosacia is linked to fibro").quotes.first?.title == "Fibromyalgia and Skin Conditions")
    }

    @Test func wordsPointingAtTheArticlesThemselvesAreNotSearched() throws {
        let answerer = try Self.answerer()
        // "what did it say", and where in an article it was said, ask what the articles say.
        let parkinsons = answerer.answer("what did it say about parkinson's at the end")
        #expect(parkinsons.explanation?.analysed == ["(what)", "(did)", "(it)", "(say)", "(about)", "parkinson", "(at)", "(the)", "(end)"])
        #expect(parkinsons.quotes.first?.excerpt.contains("Parkinson’s disease") == true)
        #expect(answerer.answer("what does the article say about glutamate").explanation?.analysed.contains("(say)") == true)
        // "article" would find "In this article, …" and weigh against the hereditary passages.
        #expect(answerer.answer("the hereditary article").quotes.first?.title == "Is Fibromyalgia Hereditary?")
        #expect(answerer.answer("what did the blog say about rosacea").quotes.first?.excerpt.contains("Rosacea") == true)
        #expect(answerer.answer("???? article").status == .noMatch)
    }

    @Test func passagesOfTheNamedArticleAreOrderedByTheQuestionsOtherWords() {
        func hit(_ passage: Int, subject: Double, other: Double) -> (SearchHit, Answerer.Evidence) {
            let contributions = [TermContribution(term: "block", frequency: 1, idf: 1, frequencyWeight: subject, fieldBonus: 0, queryWeight: 1),
                                 TermContribution(term: "hurt", frequency: 1, idf: 1, frequencyWeight: other, fieldBonus: 0, queryWeight: 1)]
            return (SearchHit(passage: passage, score: subject + other, contributions: contributions), Answerer.Evidence())
        }
        // Passage 2 is full of the subject's words, passage 5 holds more of the others; passage
        // 40 is from another article and keeps its place.
        let ranked = [hit(2, subject: 8, other: 1), hit(40, subject: 0, other: 7), hit(5, subject: 3, other: 4)]
        let scores = Dictionary(uniqueKeysWithValues: ranked.map { ($0.0.passage, $0.0.score) })
        let (ordered, placed) = Answerer.orderingWithin(ranked, named: 0..<20, subject: ["block"], searchScores: scores)
        #expect(ordered.map(\.0.passage) == [5, 40, 2])
        #expect(ordered.map(\.0.score) == [9, 7, 7])
        #expect(placed == [5: 2, 2: 5])
        // A passage of the article from below the shortlist may take one of its places.
        let below = [hit(7, subject: 0, other: 6)]
        let (widened, _) = Answerer.orderingWithin(ranked, named: 0..<20, subject: ["block"],
                                                   searchScores: scores.merging([7: 6]) { a, _ in a }, below: below)
        #expect(widened.map(\.0.passage) == [7, 40, 5])
        // Without subject terms nothing moves.
        #expect(Answerer.orderingWithin(ranked, named: 0..<20, subject: [], searchScores: scores).ranked.map(\.0.passage) == [2, 40, 5])
    }

    @Test func aNamedSubjectDoesNotDecideAmongItsOwnArticlesPassages() throws {
        let answer = try Self.answerer().answer("is a nerve block painful")
        #expect(answer.status == .answered)
        let first = try #require(answer.quotes.first)
        // A quote about pain, not the first passage under a heading full of "nerve blocks".
        #expect(first.excerpt.contains("hurt") || first.excerpt.contains("painful"))
    }

    @Test func aCorrectedWordAloneAmongUnmatchedWordsIsNoEvidence() throws {
        let answerer = try Self.answerer()
        let movie = answerer.answer("recommend a moive for tonight")
        #expect(movie.status == .noMatch)
        #expect(movie.explanation?.abstention?.contains("corrected word") == true)
        // Nor beside everyday words only: "score" read as "sore" beside "one".
        #expect(answerer.answer("the one about the football score").status == .noMatch)
        // Two corrected words found in one passage bear each other out.
        let typed = answerer.answer("how do i stopp brusing after donatin")
        #expect(typed.status == .answered)
        #expect(typed.quotes.first?.title == "Fibromyalgia and Donating Blood")
        // The reader sees what was searched, without a promise of results.
        let text = TextRenderer().render(movie)
        #expect(text.hasPrefix("Searched for: recommend a move for tonight\n"))
        #expect(!text.contains("Showing results for"))
        #expect(TextRenderer().render(answerer.answer("dermatografism")).hasPrefix("Showing results for: dermatographism\n"))
        // An unmatched correction weighs like a word from elsewhere: "tides" read as "times"
        // leaves "work" (a heading's word) too little of the question.
        let tides = answerer.answer("how do tides work")
        #expect(tides.status == .noMatch)
        #expect(tides.explanation?.abstention?.contains("not more than 50%") == true)
        // A misspelt subject on its own, or beside words the passage matches, is still answered.
        #expect(answerer.answer("dermatografism").quotes.first?.title == "Fibromyalgia and Skin Conditions")
        #expect(answerer.answer("is fibromyalgia heredetary").quotes.first?.title == "Is Fibromyalgia Hereditary?")
    }

    @Test func aCorrectedWordsSynonymsAreNoSurerThanTheCorrection() throws {
        // "wafer" read as "water" matches "hydrated" and "drink" through the lexicon: still
        // only a guess.
        let waiter = try Self.answerer().answer("how many calories are in a wafer")
        #expect(waiter.corrected == "how many calories are in a water")
        #expect(waiter.status == .noMatch)
        #expect(waiter.explanation?.abstention?.contains("corrected word") == true)
    }

    @Test func aLongTimeAsksHowLongNotForTheWords() throws {
        // Not the sentence saying "over a long period of time", but the one saying how long.
        let answer = try Self.answerer().answer("has ketamine been used as medicine for a long time")
        #expect(answer.quotes.first?.excerpt.contains("fifty years") == true)
    }

    @Test func aWordOfATurnOfPhraseWeighsLessThanTheWordAlone() throws {
        // "feeling sick" => nausea: the "sick" of a cold must not take the answer elsewhere.
        let answer = try Self.answerer().answer("is feeling sick normal after donating")
        #expect(answer.quotes.first?.title == "Fibromyalgia and Donating Blood")
        let lexicon = Lexicon(text: "feeling sick | feel sick => nausea\nsick | flu\n")
        let expansions = lexicon.expansions(of: Analyzer().tokens("feeling sick with flu"))
        #expect(expansions.first { $0.matched == "feeling sick" }?.isTurnOfPhrase == true)
        #expect(expansions.first { $0.matched == "flu" }?.isTurnOfPhrase == false)
    }

    @Test func everydayWordsAreKnownInEveryForm() {
        #expect(CommonWords.contains("figure"))
        #expect(CommonWords.contains("figured"))
        #expect(CommonWords.contains("describes"))
        #expect(CommonWords.contains("playing"))
        #expect(CommonWords.contains("letting"))
        #expect(!CommonWords.contains("things"))
        #expect(!CommonWords.contains("ketamine"))
    }

    @Test func anEverydayWordMatchedThroughItsPhraseIsEvidence() throws {
        // "first" and "described" are everyday words, but "first described" is a definition.
        let answer = try Self.answerer().answer("which doctor first described fibro the way we know it now")
        #expect(answer.status == .answered)
        #expect(answer.quotes.first?.excerpt.contains("Hugh Smythe") == true)
    }

    @Test func everydayWordsBesideOneTellingWordDoNotRefuseAPassageMatchingEveryNamingWord() throws {
        let answerer = try Self.answerer()
        // "changes" and "explanation" are everyday words: "epigenetic" is what is asked about.
        for question in ["what are epigenetic changes", "where did the epigenetics explanation come from"] {
            let answer = answerer.answer(question)
            #expect(answer.status == .answered, "\(question)")
            #expect(answer.quotes.first?.title == "Is Fibromyalgia Hereditary?", "\(question)")
            #expect(answer.explanation?.evidence.contains("weighing as unseen ones") == true, "\(question)")
        }
        // Not where a word naming something goes unmatched: "tire" is no "tired", whatever
        // "tools" matches ("an important tool").
        #expect(answerer.answer("how do I change a tire and what tools do I need").status == .noMatch)
        // Nor where the telling match is only a synonym of a word the articles never use.
        #expect(answerer.answer("can I take ibuprofen with fibromyalgia").status == .noMatch)
    }

    @Test func matchingOnlyEverydayWordsIsNoEvidence() throws {
        let answerer = try Self.answerer()
        // "day" and "year" are in the articles, but name nothing they are about.
        let leap = answerer.answer("how many days are in a leap year")
        #expect(leap.status == .noMatch)
        #expect(leap.explanation?.abstention?.contains("everyday words") == true)
        // Nor "person" and "world" ("in the world of medicine").
        #expect(answerer.answer("who is the richest person in the world").status == .noMatch)
        // Nor a question of everyday words alone, which names no subject at all.
        for question in ["said", "what did they say", "how long does it take"] {
            #expect(answerer.answer(question).status == .noMatch, "\(question)")
        }
        // An everyday word beside a word of the subject still helps it along.
        #expect(answerer.answer("how many ketamine sessions will I need").status == .answered)
    }

    @Test func offTopicGibberishAndStopWordsGetNoMatchWithTopics() throws {
        let answerer = try Self.answerer()
        for question in ["how tall is mount everest", "how do I bake sourdough bread", "qwzx vbnm", "!!!", "what is the", "hello",
                         "what's the weather like in paris", "cats or dogs, which make better pets",
                         "I'm going to Italy in June. What should I pack?"] {
            let answer = answerer.answer(question)
            #expect(answer.status == .noMatch, "\(question)")
            #expect(answer.quotes.isEmpty)
            #expect(answer.topics.count == 7)
            #expect(answer.notice.contains("doctor"))
        }
    }

    @Test func aWordSplitInTwoEarnsNoLeniency() throws {
        // "daylight" becomes "day light", two words the articles use; the guess does not make
        // a question about clocks one about the articles.
        let answer = try Self.answerer().answer("when does daylight saving time start")
        #expect(answer.status == .noMatch)
        #expect(answer.explanation?.corrections == ["daylight → day light"])
        #expect(try Self.answerer().answer("why do i get bodyaches").status == .answered)
    }

    @Test func emptyQuestionIsEmpty() throws {
        let answerer = try Self.answerer()
        for question in ["", "   ", "\n\t"] {
            let answer = answerer.answer(question)
            #expect(answer.status == .empty)
            #expect(answer.quotes.isEmpty)
            #expect(!answer.notice.isEmpty)
        }
    }

    @Test func aWordTheLexiconKnowsIsNotTakenForATypo() throws {
        // "skip" is in no article, but "skip a generation" is lay vocabulary for heredity; it
        // must not become "skin".
        let answer = try Self.answerer().answer("does fibromyalgia skip a generation")
        #expect(answer.corrected == nil)
        #expect(answer.quotes.first?.title == "Is Fibromyalgia Hereditary?")
    }

    @Test func thanksAndGreetingsAreNotSearched() throws {
        for words in ["thanks", "thank you", "hello there", "help", "test", "good morning", "hi again"] {
            let answer = try Self.answerer().answer(words)
            #expect(answer.quotes.isEmpty, "\(words)")
            #expect(answer.corrected == nil, "\(words)")
        }
        // The same words inside a question are searched.
        #expect(try Self.answerer().answer("what do they test my blood for").status == .answered)
        #expect(try Self.answerer().answer("can I have a nerve block again").status == .answered)
    }

    @Test func questionsAboutTheAssistantAreNotSearched() throws {
        let answerer = try Self.answerer()
        for question in ["hey there, what's your name", "are you a real doctor", "where do you live", "who made you"] {
            #expect(answerer.answer(question).status == .noMatch, "\(question)")
        }
        // "you" as anyone, or "name" of a thing, still asks the articles.
        #expect(answerer.answer("what's the name of the skin writing condition").status == .answered)
        #expect(answerer.answer("are you sure fibro is hereditary").status == .answered)
    }

    @Test func misspellingIsCorrectedAndSaid() throws {
        let answer = try Self.answerer().answer("fibromyalgia hereditery")
        #expect(answer.corrected == "fibromyalgia hereditary")
        #expect(answer.quotes.first?.title == "Is Fibromyalgia Hereditary?")
    }

    @Test func aRunTogetherWordIsSplitIntoTwoKnownWords() throws {
        let answerer = try Self.answerer()
        let answer = answerer.answer("bodyache")
        #expect(answer.corrected == "body ache")
        #expect(answer.quotes.first?.title == "Fibromyalgia and Body pain")
        #expect(try answerer.compoundParts(of: "bananabread") == nil)
        // An ending that is also a word stays part of its word.
        #expect(try answerer.compoundParts(of: "careless") == nil)
        #expect(try answerer.compoundParts(of: "skinwriting") == ["skin", "writing"])
        // A misspelling is corrected, not split: "painfull" is "painful", not "pain full".
        #expect(answerer.answer("painfull skin").corrected == "painful skin")
    }

    @Test func aShortWordIsCorrectedOnlyWhenOneKnownWordLacksOrSwapsALetterOfItOrSoundsTheSame() {
        let corrector = SpellingCorrector(vocabulary: ["block": 9, "blood": 7, "aches": 3, "pain": 8, "skin": 5, "fact": 2])
        #expect(corrector.correction(for: "blok") == "block")
        #expect(corrector.correction(for: "face") == nil)
        #expect(corrector.correction(for: "skin") == nil)
        // "ch" said as "k", as in "ache" and "chronic".
        #expect(corrector.correction(for: "akes") == "aches")
        // "x" said as "ks": "blox" sounds as "blocks", two letters longer.
        #expect(SpellingCorrector(vocabulary: ["blocks": 2]).correction(for: "blox") == "blocks")
        #expect(corrector.correction(for: "bakes") == nil)
        // Two neighbouring letters swapped, the first two included: the first letter is typed,
        // only late ("apin", "osre"); a wrong first letter is no slip ("vain"), nor a letter
        // moved further ("ipan").
        #expect(corrector.correction(for: "pian") == "pain")
        #expect(corrector.correction(for: "apin") == "pain")
        #expect(corrector.correction(for: "ipan") == nil)
        #expect(corrector.correction(for: "vain") == nil)
        #expect(SpellingCorrector(vocabulary: ["kellogg": 3]).correction(for: "ekllogg") == "kellogg")
        // From five letters, towards a word only the lay vocabulary knows too; not from four.
        #expect(SpellingCorrector(vocabulary: ["bruise": 0]).correction(for: "rbuise") == "bruise")
        #expect(SpellingCorrector(vocabulary: ["sore": 0]).correction(for: "osre") == nil)
        // A longer word may lack its first letter, when one article word fits.
        #expect(SpellingCorrector(vocabulary: ["rosacea": 3]).correction(for: "osacea") == "rosacea")
        #expect(SpellingCorrector(vocabulary: ["rosacea": 0]).correction(for: "osacea") == nil)
        // Or its first letter struck on a neighbouring key; a key from across the board is no slip.
        #expect(SpellingCorrector(vocabulary: ["fibro": 6]).correction(for: "gibro") == "fibro")
        #expect(SpellingCorrector(vocabulary: ["machines": 2]).correction(for: "vachines") == nil)
        #expect(SpellingCorrector(vocabulary: ["blood": 1, "brood": 1]).correction(for: "bood") == nil)
        #expect(SpellingCorrector(vocabulary: ["drawn": 1]).correction(for: "draw") == nil)
        // Nor its first letter left out: "rain" is a word of its own, not "brain".
        #expect(SpellingCorrector(vocabulary: ["brain": 4]).correction(for: "rain") == nil)
        // A letter struck twice leaves the known word, at any length from three letters.
        #expect(SpellingCorrector(vocabulary: ["buy": 0]).correction(for: "bbuy") == "buy")
        #expect(corrector.correction(for: "bllood") == "blood")
        // Three letters are read only as a word with a vowel left out: "skn" is "skin", but
        // "huh" is no "hugh", and a known three-letter word stays.
        #expect(corrector.correction(for: "skn") == "skin")
        #expect(SpellingCorrector(vocabulary: ["hugh": 2]).correction(for: "huh") == nil)
        #expect(SpellingCorrector(vocabulary: ["hugh": 2, "hug": 1]).correction(for: "hug") == nil)
    }

    @Test func reportedWordsAndWhatThatMeansAreNotSearched() throws {
        let answer = try Self.answerer().answer("my rheumatologist said fibro is epigenetic, what does that actually mean")
        #expect(answer.quotes.first?.title == "Is Fibromyalgia Hereditary?")
        #expect(answer.explanation?.analysed.contains("(said)") == true)
        #expect(answer.explanation?.analysed.contains("(mean)") == true)
        // A term asked to be defined keeps "mean": the articles say what words "mean".
        #expect(try Self.answerer().answer("what does allodynia mean").explanation?.analysed.contains("(mean)") == false)
        // A profession named by its ending reports as a listed one does.
        let geneticist = try Self.answerer().answer("the geneticist mentioned methylation, what is that")
        #expect(geneticist.status == .answered)
        #expect(geneticist.explanation?.analysed.contains("(geneticist)") == true)
        #expect(Answerer.isCarer("gynaecologist") && Answerer.isCarer("psychiatrist") && !Answerer.isCarer("list"))
    }

    @Test func aRelativeAskedForIsNotSearchedUnlessTheFamilyIsAsked() throws {
        let answerer = try Self.answerer()
        // "my dad" stands for the reader: not searched, nor read as family by the lexicon.
        let dizzy = answerer.answer("my dad felt dizzy after donating, what should he have done")
        #expect(dizzy.status == .answered)
        #expect(dizzy.quotes.first?.excerpt.contains("observation area") == true)
        #expect(dizzy.explanation?.analysed.contains("(dad)") == true)
        #expect(dizzy.explanation?.expansions.contains { $0.hasPrefix("my dad") } == false)
        // A daughter who may inherit, and a husband who touches, are what is asked.
        let inherit = answerer.answer("can my daughter get fibromyalgia from me")
        #expect(inherit.explanation?.analysed.contains("(daughter)") == false)
        #expect(inherit.quotes.first?.excerpt.contains("mothers to daughters") == true)
        #expect(answerer.answer("a hug from my husband hurts").explanation?.analysed.contains("(husband)") == false)
        // So is a relative beside the reader, whatever their verb is contracted onto "I".
        #expect(answerer.answer("scared i'll get fibro because my mom has it").explanation?.analysed.contains("mom") == true)
        // The words describing the relative go with them, and so does what the relative says.
        let elderly = answerer.answer("my elderly mother says her muscles ache all the time, when should she see a doctor")
        #expect(elderly.status == .answered)
        #expect(["(elderly)", "(mother)", "(says)"].allSatisfy { elderly.explanation?.analysed.contains($0) == true })
        let son = answerer.answer("my 16 year old son bruised after giving blood")
        #expect(["(16)", "(year)", "(old)", "(son)"].allSatisfy { son.explanation?.analysed.contains($0) == true })
    }

    @Test func aSceneSetBeforeTheQuestionWeighsLessInTheEvidence() throws {
        let answerer = try Self.answerer()
        let question = "my dentist and my landlord both have fibro, what is tactile allodynia"
        let answer = answerer.answer(question)
        #expect(answer.status == .answered)
        #expect(answer.quotes.first?.excerpt.contains("Tactile Allodynia") == true)
        #expect(try Answerer(library: answerer.library, without: [.preamble]).answer(question).status == .noMatch)
        // The question proper must carry the evidence itself: a scene does not make it answerable.
        #expect(answerer.answer("my accountant says the budget is tight, what does a nerve block cost").status == .noMatch)
        #expect(answerer.answer("I bought groceries and my mechanic called, how do I make scrambled eggs").status == .noMatch)
        #expect(answer.explanation?.preamble?.hasPrefix("my dentist and my landlord both have fibro (") == true)
        // A question proper of everyday words asks about the scene: its words weigh in full.
        #expect(answerer.answer("my arm felt weak after giving blood, is that normal").explanation?.preamble == nil)
        // A scene's words also search at less than the question proper's: the indoor worker's
        // working day weighs less than what the question asks, and the lack of sun is answered.
        let indoors = answerer.answer("I work indoors all day and never see the sun, could that make me ache")
        #expect(indoors.explanation?.preamble?.contains(String(format: "× %.2f before the question", QueryPlan.toldBeforeWeight)) == true)
        #expect(indoors.quotes.contains { $0.excerpt.contains("vitamin D") })
    }

    @Test func aSentenceToldAfterTheQuestionIsScene() throws {
        let answerer = try Self.answerer()
        // What the reader adds after the question mark says why they ask: "doctor" must not
        // pull the body-pain article's "speak to your doctor" above the ketamine article.
        let ketamine = "how does ketamine help fibromyalgia? my doctor brought it up last visit"
        #expect(answerer.answer(ketamine).quotes.first?.title == "Fibromyalgia & IV Ketamine Infusion Therapy")
        #expect(try Answerer(library: answerer.library, without: [.preamble]).answer(ketamine).quotes.first?.title
            == "Fibromyalgia and Body pain")
        // Words from elsewhere told after a question well covered on its own do not decline it.
        let lunch = answerer.answer("how long does the whole donation take? I only have a lunch break")
        #expect(lunch.status == .answered)
        #expect(lunch.explanation?.preamble?.hasPrefix("i only have a lunch break (") == true)
        #expect(lunch.quotes.first?.excerpt.contains("at least an hour") == true)
        // The kind of fact asked is the question proper's: "what is dermatographism" asks a
        // definition, whatever the sentence after it tells.
        let defined = answerer.answer("what is dermatographism? my arms welt up whenever I scratch")
        #expect(defined.explanation?.asksFor?.hasPrefix("definition") == true)
        #expect(defined.quotes.first?.excerpt.contains("skin writing") == true)
        // A clause opened after a comma in the sentence told after is read as part of it.
        #expect(answerer.answer("is fibro genetic? my mum has it, so how would I know").status == .answered)
        // A second question after the mark is no scene.
        #expect(answerer.answer("what is rosacea? is it linked to fibro?").explanation?.preamble == nil)
    }

    @Test func aUbiquitousWordLendsItsIdfOnlyToItsOwnSynonyms() throws {
        let answerer = try Self.answerer()
        // "dose for fibromyalgia" => "far lower dose": "lower" and "far" keep their own idf.
        let terms = answerer.answer("is the ketamine dose for fibromyalgia lower than for surgery").explanation?.terms ?? []
        #expect(terms.contains { $0.term == "lower" })
        #expect(terms.filter { $0.term == "lower" || $0.term == "far" }.allSatisfy { $0.idf > 1 })
        // "fibro" still weighs no more than "fibromyalgia".
        #expect(terms.filter { $0.term == "fibro" }.allSatisfy { $0.idf < 0.1 })
    }

    @Test func theQuestionClauseAfterASceneSaysWhatKindOfFactIsAsked() throws {
        let answerer = try Self.answerer()
        // "soon, who actually does …": "who" after a break opens a question, not a relative clause.
        let who = answerer.answer("my sister is having a nerve block soon, who actually does the injection")
        #expect(who.explanation?.asksFor?.hasPrefix("agent") == true)
        #expect(who.quotes.first?.excerpt.contains("anesthesiologist") == true)
    }

    @Test func aClaimPutToTheTestIsAStatementNotSearchWords() throws {
        let answerer = try Self.answerer()
        // Unwrapped, "rosacea symptoms can't be treated" would read as search words asking for a list.
        #expect(answerer.answer("someone told me rosacea symptoms can't be treated").explanation?.asksFor == nil)
        #expect(answerer.answer("rosacea symptoms list").explanation?.asksFor?.hasPrefix("list") == true)
    }

    @Test func aOneWayTargetOfSeveralWordsFoundWholeCountsAsOneSynonym() throws {
        let answerer = try Self.answerer()
        // "regular bedtime" => "same time | sleep schedule …": the passage saying "at the same
        // time" answers, not one that happens to say "sleep" and "time" apart.
        let question = "how does a regular bedtime help sleep"
        #expect(answerer.answer(question).quotes.first?.excerpt.contains("at the same time") == true)
        let without = try Answerer(library: answerer.library, without: [.wholePhrases, .subjectWords]).answer(question)
        #expect(without.quotes.first?.excerpt.contains("at the same time") == false)
        // "over and over" => "repeated | done again": the passage saying "done again" answers.
        #expect(answerer.answer("could my nerve block be done over and over").quotes.first?.excerpt.contains("procedure done again") == true)
    }

    @Test func twoQuestionsInOneTakeTurnsInTheQuotes() throws {
        let answerer = try Self.answerer()
        let question = "how much sleep should I get and how can I sleep better"
        let both = answerer.answer(question).quotes.map(\.excerpt)
        #expect(both.first?.contains("six to eight hours") == true)
        // The second quote opens on the advice "how can I sleep better" asks for.
        #expect(both.dropFirst().first?.hasPrefix("…Try going to sleep") == true)
        let without = try Answerer(library: answerer.library, without: [.compound]).answer(question).quotes.map(\.excerpt)
        #expect(without.dropFirst().first?.hasPrefix("…Try going to sleep") == false)
        // Quotes both searches find still leave three to show.
        #expect(answerer.answer("what is tactile allodynia and why do I have it").quotes.count == 3)
        #expect(Answerer.secondQuestionKind(answerer.analyzer.tokens("what are the pros and cons of donating blood")) == nil)
        #expect(Answerer.secondQuestionKind(answerer.analyzer.tokens("what is rosacea and how long does it last")) == .duration)
    }

    @Test func aSlipOfTheQuestionsFrameIsNoWordFromElsewhere() throws {
        let answerer = try Self.answerer()
        // "whst" is one slip from "what": no sign of another subject.
        #expect(answerer.answer("whst is tactile allodynia").status == .answered)
        #expect(CommonWords.isSlipOfAFrameWord("dpes"))
        // Real words beside frame words that are seldom slips stay words from elsewhere.
        #expect(!CommonWords.isSlipOfAFrameWord("game"))
        #expect(!CommonWords.isSlipOfAFrameWord("cat"))
        #expect(answerer.answer("who won the game last night").status == .noMatch)
    }

    @Test func whereTheReaderCameAcrossAThingIsNotSearched() throws {
        let answerer = try Self.answerer()
        let seen = answerer.answer("I saw a vibration plate in a shop, would it help my fibromyalgia")
        #expect(seen.status == .answered)
        #expect(seen.explanation?.analysed.contains("(saw)") == true)
        #expect(seen.explanation?.analysed.contains("(shop)") == true)
        // Nor how the subject came up, nor how it seems to the reader.
        let heard = answerer.answer("I keep hearing about dermatographism, what is it")
        #expect(heard.quotes.first?.excerpt.contains("skin writing") == true)
        #expect(["(keep)", "(hearing)"].allSatisfy { heard.explanation?.analysed.contains($0) == true })
        #expect(answerer.answer("nerve blocks, it sounds painful").explanation?.analysed.contains("(sounds)") == true)
        // Nor who said it: "according to Kellogg" is about Kellogg.
        #expect(answerer.answer("according to kellogg what was the source of most illness").quotes.first?.title == "Fibromyalgia and Vibration Therapy")
        #expect(answerer.answer("are loud sounds a problem with fibro").explanation?.analysed.contains("(sounds)") == false)
        // A place that is itself the subject, with no coming across it, is searched.
        #expect(answerer.answer("can I buy a vibration machine in a store").explanation?.analysed.contains("(store)") == false)
    }

    @Test func aPoliteWrapperIsNotSearchedAndItsQuestionIsReadAsAsked() throws {
        let answerer = try Self.answerer()
        let bare = answerer.answer("what is vibration therapy good for")
        let wrapped = answerer.answer("please tell me what vibration therapy is good for")
        #expect(wrapped.quotes.first?.excerpt == bare.quotes.first?.excerpt)
        #expect(wrapped.quotes.first?.excerpt.contains("balance, back pain") == true)
        #expect(wrapped.explanation.map { Array($0.analysed.prefix(3)) } == ["(please)", "(tell)", "(me)"])
        let split = Answerer.splittingPoliteWrapper(Analyzer().tokens("I was wondering if vibration therapy helps"))
        #expect(split.wrapper.map(\.word) == ["i", "was", "wondering", "if"])
        #expect(split.asked.map(\.word) == ["vibration", "therapy", "helps"])
        // "tell me about rosacea" has no question word after the wrapper: it is left whole.
        #expect(Answerer.splittingPoliteWrapper(Analyzer().tokens("tell me about rosacea")).wrapper.isEmpty)
        // An apology for asking, up to its "but", is no search either, nor a wrapper after it.
        let sorry = Answerer.splittingPoliteWrapper(Analyzer().tokens("sorry if this is a dumb question but can you tell me what epigenetics is"))
        #expect(sorry.asked.map(\.word) == ["what", "epigenetics", "is"])
        #expect(Answerer.splittingPoliteWrapper(Analyzer().tokens("sorry, my skin hurts")).wrapper.isEmpty)
        #expect(answerer.answer("sorry if this is a dumb question but what even is epigenetics").status == .answered)
    }

    @Test func aFeelingToldFirstIsNotSearched() throws {
        let answerer = try Self.answerer()
        let guilty = answerer.answer("I feel guilty that my kids might inherit my fibro")
        #expect(guilty.status == .answered)
        #expect(guilty.quotes.first?.title == "Is Fibromyalgia Hereditary?")
        let confused = answerer.answer("I'm confused about what epigenetics even means")
        #expect(confused.quotes.first?.excerpt.contains("additional information") == true)
        #expect(answerer.answer("it frustrates me that nobody knows if fibro is genetic").status == .answered)
        let split = Answerer.splittingPoliteWrapper(Analyzer().tokens("I'm a bit embarrassed to ask, but is vibration therapy about vibrators"))
        #expect(split.asked.map(\.word) == ["is", "vibration", "therapy", "about", "vibrators"])
        #expect(Answerer.splittingPoliteWrapper(Analyzer().tokens("I'm worried my skin rash is something else")).asked.first?.word == "my")
        // A feeling that is also a symptom is one unless something it is about follows.
        #expect(Answerer.splittingPoliteWrapper(Analyzer().tokens("I'm confused all the time lately")).wrapper.isEmpty)
        #expect(Answerer.splittingPoliteWrapper(Analyzer().tokens("I'm anxious and can't sleep")).wrapper.isEmpty)
        #expect(Answerer.splittingPoliteWrapper(Analyzer().tokens("I'm so stressed that my whole body hurts")).wrapper.isEmpty)
        // A feeling typed without its subject, as in a text message.
        #expect(answerer.answer("lowkey scared i'll get fibro bc my mom has it").quotes.first?.title == "Is Fibromyalgia Hereditary?")
        // A feeling told as a noun: "my biggest fear is that …", "what worries me most is …".
        #expect(answerer.answer("my biggest fear is that my kids will get fibro").status == .answered)
        #expect(Answerer.splittingPoliteWrapper(Analyzer().tokens("what worries me most is the bruising after donating")).asked.first?.word == "the")
        #expect(Answerer.splittingPoliteWrapper(Analyzer().tokens("my fear of needles stops me donating")).wrapper.isEmpty)
        let kept = Answerer.splittingPoliteWrapper(Analyzer().tokens("I feel guilty that my kids might inherit my fibro"), readingFeelings: false)
        #expect(kept.wrapper.isEmpty)
    }

    @Test func aRequestForAnAccountIsNoSearchWhateverFollowsIt() throws {
        let split = Answerer.splittingPoliteWrapper(Analyzer().tokens("walk me through a nerve block procedure"))
        #expect(split.wrapper.map(\.word) == ["walk", "me", "through"])
        #expect(split.asked.map(\.word) == ["a", "nerve", "block", "procedure"])
        #expect(Answerer.splittingPoliteWrapper(Analyzer().tokens("summarize the ketamine article")).asked.first?.word == "the")
        // "walk" alone is a walk: "do walks help stress" keeps it.
        #expect(Answerer.splittingPoliteWrapper(Analyzer().tokens("do walks help stress")).wrapper.isEmpty)
        let answer = try Self.answerer().answer("give me the short version: is fibromyalgia passed down")
        #expect(answer.quotes.first?.title == "Is Fibromyalgia Hereditary?")
    }

    @Test func aQuestionReportedFromSomeoneElseIsTheQuestionItself() throws {
        let reported = Answerer.splittingPoliteWrapper(Analyzer().tokens("my little son asked me when fibromyalgia was recognised"))
        #expect(reported.wrapper.map(\.word) == ["my", "little", "son", "asked", "me"])
        let wants = Answerer.splittingPoliteWrapper(Analyzer().tokens("my husband wants to know if ketamine is addictive"))
        #expect(wants.asked.map(\.word) == ["ketamine", "is", "addictive"])
        // A question about the asker needs the asker: "she" is the daughter.
        #expect(Answerer.splittingPoliteWrapper(Analyzer().tokens("my daughter keeps asking if she'll get fibro")).wrapper.isEmpty)
        // A question after a scene may be asked through a wrapper: the scene still weighs less.
        let answer = try Self.answerer().answer(
            "my mother had the same aches for years and now I have them too, so I'm wondering whether fibromyalgia can be passed on")
        #expect(answer.explanation?.preamble?.hasPrefix("my mother had the same aches for years") == true)
        #expect(answer.quotes.first?.excerpt.contains("mothers to daughters") == true)
    }

    @Test func theExplanationSaysWhatKindOfFactIsAskedFor() throws {
        let answerer = try Self.answerer()
        #expect(answerer.answer("how long does a nerve block take").explanation?.asksFor?.hasPrefix("duration") == true)
        #expect(answerer.answer("is fibromyalgia hereditary").explanation?.asksFor == nil)
        let rendered = try #require(answerer.answer("why does my skin hurt").explanation.map(ExplanationRenderer().render))
        #expect(rendered.contains("  asks for: cause (a quote stating one ranks × 2.0)"))
    }

    @Test func aWordJudgingTheSubjectWeighsAsItsCommonestSynonymInTheEvidence() throws {
        let answerer = try Self.answerer()
        // "dangerous" is in no article: judged at its full rarity it outweighed "rosacea".
        let rosacea = answerer.answer("is rosacea dangerous")
        #expect(rosacea.status == .answered)
        #expect(rosacea.quotes.first?.title == "Fibromyalgia and Skin Conditions")
        #expect(answerer.answer("is it dangerous to be dehydrated").quotes.first?.title == "Fibromyalgia and Body pain")
        #expect(AnswerType.judges("safe") && !AnswerType.judges("rosacea"))
    }

    @Test func whereOnTheBodyASymptomIsFeltWeighsHalfInTheEvidence() throws {
        let answerer = try Self.answerer()
        // "arm" is the donation article's word; the question is about ketamine.
        let answer = answerer.answer("do they put the ketamine drip in my arm")
        #expect(answer.quotes.first?.title == "Fibromyalgia & IV Ketamine Infusion Therapy")
        #expect(Answerer.bodyParts.contains("hands") && !Answerer.bodyParts.contains("skin"))
    }

    @Test func theKindOfFactAskedForIsReadFromTheCorrectedWords() throws {
        let answerer = try Self.answerer()
        // "efects" corrected to "effects": "side effects" asks for a list, typed either way.
        let misspelt = answerer.answer("side efects of giving blod")
        #expect(misspelt.explanation?.asksFor?.hasPrefix("list") == true)
        #expect(misspelt.quotes.first?.excerpt == answerer.answer("side effects of giving blood").quotes.first?.excerpt)
        #expect(answerer.answer("what caudes rosacea redness").explanation?.asksFor?.hasPrefix("cause") == true)
    }

    @Test func theExplanationLabelsHowEachQuoteWasRanked() throws {
        let answerer = try Self.answerer()
        let answer = answerer.answer("how long does ketamine pain relief last")
        let ranks = try #require(answer.explanation?.quotes)
        #expect(ranks.count == answer.quotes.count)
        #expect(ranks.map(\.passage) == answer.quotes.map(\.passage))
        #expect(ranks.map(\.rank) == ranks.map(\.rank).sorted(by: >))
        // The quote saying how long ("up to 3 months") owes its place to stating a duration.
        let stating = try #require(answer.quotes.firstIndex { $0.excerpt.contains("up to 3 months") })
        #expect(ranks[stating].parts.contains("states the asked-for kind of fact: × 2.0"))
        let rendered = try #require(answer.explanation.map(ExplanationRenderer().render))
        #expect(rendered.contains("  quotes:\n    1. from passage \(ranks[0].passage), rank "))
        // Two questions in one: the second's quotes say they were searched for its kind of fact.
        let two = answerer.answer("what is ketamine and how long does the relief last")
        #expect(two.explanation?.quotes.count == two.quotes.count)
        #expect(two.explanation?.quotes.contains { $0.parts.contains { $0.hasPrefix("searched for the second question") } } == true)
        #expect(answerer.answer("how tall is mount everest").explanation?.quotes.isEmpty == true)
    }

    @Test func beingNervousAboutSomethingIsNotTheNervousSystem() throws {
        let answer = try Self.answerer().answer("my daughter is nervous about the nerve block, will it hurt")
        #expect(answer.explanation?.analysed.contains("(nervous)") == true)
        #expect(answer.quotes.first?.excerpt.contains("nervous system") == false)
        #expect(answer.quotes.first?.title == "Can a Nerve Block Help Fibromyalgia?")
    }

    @Test func wordsOfEmphasisOrTimeAreNotSearched() throws {
        let answerer = try Self.answerer()
        let answer = answerer.answer("my skin is super sensitive to touch since my diagnosis")
        #expect(answer.status == .answered)
        #expect(answer.quotes.first?.title == "Fibromyalgia and Skin Conditions")
        #expect(answer.explanation?.analysed.contains("(super)") == true, "shown as not searched")
        // "what year" asks for a year: the word names the answer, not something to find.
        let year = answerer.answer("what year was fibro properly defined by a doctor")
        #expect(year.explanation?.analysed.contains("(year)") == true)
        #expect(year.quotes.first?.excerpt.contains("1972") == true)
        // So does "what time": "As time goes on" says nothing of when a shop closes.
        let time = answerer.answer("what time does the chemist close on a sunday")
        #expect(time.explanation?.analysed.contains("(time)") == true)
        #expect(time.status == .noMatch)
    }

    @Test func anEverydayWordInsideALexiconPhraseWeighsLess() throws {
        // "give" of "give blood" must not pull in "give back to your community".
        let answer = try Self.answerer().answer("how long does it take to give blood")
        #expect(answer.quotes.first?.excerpt.contains("at least an hour") == true)
        let give = answer.explanation?.terms.first { $0.term == "give" && $0.origin == "question" }
        #expect(give?.weight == QueryPlan.everydayWeight)
    }

    @Test func aTurnOfPhraseIsNotSearched() throws {
        // The skin article says "in the first place" twice; the question means "at all".
        let answer = try Self.answerer().answer("what sets off fibro in the first place")
        #expect(answer.quotes.first?.title == "Is Fibromyalgia Hereditary?")
        #expect(answer.explanation?.analysed.contains("(first)") == true)
        #expect(answer.explanation?.analysed.contains("(place)") == true)
        // The reader pointing at the articles asks about rosacea, not about an article.
        let pointing = try Self.answerer().answer("what does the article say about rosacea")
        #expect(pointing.quotes.first?.excerpt.contains("Rosacea occurs") == true)
        #expect(pointing.explanation?.analysed.contains("(article)") == true)
        // "Tend to" and "show up" say how often; the question is about relatives.
        let relatives = try Self.answerer().answer("does fibro tend to show up in several relatives")
        #expect(relatives.status == .answered)
        #expect(relatives.quotes.first?.title == "Is Fibromyalgia Hereditary?")
        #expect(relatives.explanation?.analysed.contains("(tend)") == true)
        // "Last month" says when, in passing: it is not how long something lasts. The pain
        // being back asks whether the block can be done again.
        let again = try Self.answerer().answer("I had a nerve block last month and the pain is back, can I have another")
        #expect(again.explanation?.analysed.contains("(last)") == true)
        #expect(again.explanation?.analysed.contains("(month)") == true)
        #expect(again.quotes.first?.excerpt.contains("done again") == true)
        // "In simple terms" asks for plain words; the articles' "simple" procedure is not it.
        let plain = try Self.answerer().answer("what is hyperalgesia in simple terms")
        #expect(plain.status == .answered)
        #expect(plain.quotes.first?.excerpt.contains("excess pain") == true)
        // "The medical word for" asks for a name; the vibration article's heading "Is This
        // Really a Medical Thing?" does not answer it.
        let name = try Self.answerer().answer("what is the medical word for too much pain")
        #expect(name.quotes.first?.excerpt.contains("referred to as hyperalgesia") == true)
    }

    @Test(arguments: ["what is another name for dermatographism", "what is dermatographism also called"])
    func askingForAnotherNameSearchesOnlyTheThingNamed(question: String) throws {
        // Not "another disorder" or "another skin disorder" of the paragraphs before.
        let answer = try Self.answerer().answer(question)
        #expect(answer.quotes.first?.excerpt.contains("skin writing") == true, "\(question)")
        #expect(answer.explanation?.terms.contains { ["anoth", "name", "call"].contains($0.term) } == false, "\(question)")
    }

    @Test(arguments: ["how is dermatographism described", "how is rosacea defined"])
    func askingHowAThingIsDescribedAsksForItsDefinition(question: String) throws {
        let answer = try Self.answerer().answer(question)
        #expect(answer.status == .answered, "\(question)")
        #expect(answer.quotes.first?.title == "Fibromyalgia and Skin Conditions", "\(question)")
        #expect(answer.explanation?.terms.contains { ["describ", "defin"].contains($0.term) } == false, "\(question)")
    }

    @Test(arguments: ["define dermatographism", "please define dermatographism", "can you explain dermatographism",
                      "tell me about dermatographism", "meaning of dermatographism", "info on dermatographism"])
    func aRequestForADefinitionSearchesOnlyItsSubject(question: String) throws {
        let answer = try Self.answerer().answer(question)
        #expect(answer.quotes.first?.title == "Fibromyalgia and Skin Conditions", "\(question)")
        #expect(answer.explanation?.terms.contains { ["defin", "explain", "tell", "mean", "info"].contains($0.term) } == false, "\(question)")
    }

    @Test func aYesOrNoQuestionLinkingTwoSubjectsSearchesTheSubjects() throws {
        let answerer = try Self.answerer()
        // Not the hereditary article's heading "What causes fibromyalgia?", which lacks headaches.
        #expect(answerer.answer("can stress cause headaches").quotes.first?.title == "Fibromyalgia and Body pain")
        #expect(answerer.answer("what causes fibromyalgia").quotes.first?.title == "Is Fibromyalgia Hereditary?")
        #expect(Answerer.linksTwoSubjects(Analyzer().tokens("does stress cause headaches"), at: 2))
        #expect(!Answerer.linksTwoSubjects(Analyzer().tokens("what causes body aches"), at: 1))
        #expect(!Answerer.linksTwoSubjects(Analyzer().tokens("does ketamine treat the cause of fibro"), at: 4))
    }

    @Test func anEverydayVerbTheArticlesNeverUseIsNoSignOfAnotherSubject() throws {
        let answer = try Self.answerer().answer("how can I fix my sleep schedule")
        #expect(answer.quotes.first?.title == "Fibromyalgia and Body pain")
        #expect(answer.quotes.first?.excerpt.contains("sleep schedule") == true)
    }

    @Test func layDescriptionsReachTheArticlesWords() throws {
        let answerer = try Self.answerer()
        #expect(answerer.answer("an injection that stops the nerves from sending pain").quotes.first?.title == "Can a Nerve Block Help Fibromyalgia?")
        #expect(answerer.answer("a treatment that resets the pain system through a vein").quotes.first?.title
            == "Fibromyalgia & IV Ketamine Infusion Therapy")
        #expect(answerer.answer("does giving a pint help my heart").quotes.first?.title == "Fibromyalgia and Donating Blood")
        // How little is known, however it is asked, is the articles' "not very well understood".
        let study = answerer.answer("why is fibromyalgia hard to study")
        #expect(study.quotes.first?.title == "Is Fibromyalgia Hereditary?")
        #expect(answerer.answer("why don't we know more about fibromyalgia").quotes.first?.excerpt.contains("not very well understood") == true)
        // Relief that wears off is relief that must be repeated to be maintained.
        #expect(answerer.answer("does the ketamine relief wear off").quotes.first?.excerpt.contains("repeated to maintain") == true)
        // "Something else" is the articles' "another disorder".
        #expect(answerer.answer("is my new skin pain just fibro or something else").quotes.first?.excerpt.contains("another disorder") == true)
    }

    @Test func aWordTypedInTwoPiecesIsSearchedWhole() throws {
        let answerer = try Self.answerer()
        let split = answerer.answer("derma graphism")
        #expect(split.corrected == "dermatographism")
        #expect(split.quotes.first?.title == "Fibromyalgia and Skin Conditions")
        #expect(answerer.answer("fibro myalgia pain").corrected == "fibromyalgia pain")
        // Two known words stay two words.
        #expect(answerer.answer("blood pressure").corrected == nil)
        // A small word can open the word: "in fusion" is "infusion", but "a sleep" stays.
        #expect(answerer.answer("ketamine in fusion").corrected == "ketamine infusion")
        #expect(answerer.answer("does ketamine make you fall a sleep").corrected == nil)
        // One piece a word of its own: only a long correction is believed.
        #expect(answerer.answer("what is methyl nation").corrected == "what is methylation")
        #expect(answerer.answer("what is vulva dinia").quotes.first?.excerpt.contains("vulvodynia") == true)
        // Dictated in three or four pieces, small words among them.
        #expect(answerer.answer("what is hypo cal see mia").corrected == "what is hypocalcemia")
        #expect(answerer.answer("what does glue to mate do").corrected == "what does glutamate do")
        #expect(answerer.answer("what is derma to graph ism").quotes.first?.excerpt.contains("Dermatographism") == true)
        // Two or more pieces that sound as an article word's consonants do ("rose asia").
        #expect(answerer.answer("what is rose asia").corrected == "what is rosacea")
        // Punctuation spoken to the dictation program names nothing.
        let spoken = answerer.answer("what are the side effects of donating blood question mark")
        #expect(spoken.explanation?.analysed.suffix(2) == ["(question)", "(mark)"])
        // Not words the articles use on either side: "blood pressure and heart disease" stays.
        #expect(answerer.answer("blood pressure and heart disease").corrected == nil)
    }

    @Test func aMisspeltLayWordIsCorrectedToTheLexiconsWord() throws {
        // "families" is in the lexicon, not the articles: "famlies" still finds it.
        let answer = try Self.answerer().answer("fibromyalgia herediatry in famlies")
        #expect(answer.corrected == "fibromyalgia hereditary in families")
        #expect(answer.quotes.first?.title == "Is Fibromyalgia Hereditary?")
    }

    @Test func slipsAreBelievedOnlyBehindTheRightFirstLetterOrItsNeighbourKey() {
        let corrector = SpellingCorrector(vocabulary: ["machines": 4, "hereditary": 2, "health": 9, "making": 3])
        #expect(corrector.correction(for: "vaccines") == nil)
        #expect(corrector.correction(for: "hereditery") == "hereditary")
        #expect(corrector.correction(for: "mashines") == "machines")
        // "n" is beside "m" on the keyboard; "b" is not.
        #expect(corrector.correction(for: "nachines") == "machines")
        #expect(corrector.correction(for: "bachines") == nil)
        // Another word that differs in its first letter is that word, not a slip.
        #expect(corrector.correction(for: "wealth") == nil)
        #expect(corrector.correction(for: "baking") == nil)
        #expect(corrector.correction(for: "helth") == "health")
    }

    @Test func twoSlipsAreBelievedOnlyWhereTheyKeepTheConsonants() {
        let corrector = SpellingCorrector(vocabulary: ["reading": 3, "exploration": 2, "whatever": 2,
                                                       "hereditary": 2, "dermatographism": 2])
        // English words, not slips: their consonants differ from the known word's.
        #expect(corrector.correction(for: "regarding") == nil)
        #expect(corrector.correction(for: "explanation") == nil)
        #expect(corrector.correction(for: "whenever") == nil)
        // Misspelt by ear, or with letters left out: the consonants are kept.
        #expect(corrector.correction(for: "herditery") == "hereditary")
        #expect(corrector.correction(for: "dermagraphism") == "dermatographism")
        #expect(corrector.correction(for: "dermatografism") == "dermatographism")
    }

    @Test func twoConsonantsSwappedAreASlip() {
        let corrector = SpellingCorrector(vocabulary: ["hereditary": 2, "reading": 3])
        // The same consonants in another order: "t" and "d" typed in each other's place.
        #expect(corrector.correction(for: "heretidary") == "hereditary")
        // Other consonants, not the same ones moved.
        #expect(corrector.correction(for: "regarding") == nil)
    }

    @Test func aSpellingWhoseStemIsKnownByChanceIsStillCorrected() throws {
        let stem = Analyzer().stem
        let corrector = SpellingCorrector(vocabulary: ["sensitive": 4, "sensation": 2, "numbness": 1, "numbers": 2,
                                                       "closely": 1, "closer": 1, "sold": 1, "swells": 1])
        // "sensative" stems as "sensation" does, but is "sensitive" with one slip.
        #expect(corrector.correction(ofUnseenForm: "sensative", stem: stem) == "sensitive")
        // Plain inflections of article words are left alone.
        #expect(corrector.correction(ofUnseenForm: "numbed", stem: stem) == nil)
        #expect(corrector.correction(ofUnseenForm: "close", stem: stem) == nil)
        // "sells" shares its stem with "sold": a verb, not a slip for "swells".
        #expect(corrector.correction(ofUnseenForm: "sells", stem: stem) == nil)
        #expect(corrector.correction(ofUnseenForm: "sensitive", stem: stem) == nil)
        #expect(try Self.answerer().answer("why is my skin so sensative").corrected == "why is my skin so sensitive")
    }

    @Test func aSoftCBeforeIEOrIOSoundsAsSh() {
        let corrector = SpellingCorrector(vocabulary: ["deficiency": 2, "sufficient": 3])
        #expect(SpellingCorrector.phoneticKey("defishency") == SpellingCorrector.phoneticKey("deficiency"))
        #expect(corrector.correction(for: "defishency") == "deficiency")
        #expect(corrector.correction(for: "sufishent") == "sufficient")
        // "rosacea" is said "rosasha".
        let skin = SpellingCorrector(vocabulary: ["rosacea": 2, "rose": 3])
        #expect(skin.correction(for: "rosasha") == "rosacea")
        // "blood" is said "blud", and the "gi" of "fibromyalgia" as a "j".
        let said = SpellingCorrector(vocabulary: ["blood": 7, "fibromyalgia": 80, "blue": 2])
        #expect(said.correction(for: "blud") == "blood")
        #expect(said.correction(for: "fibromyalja") == "fibromyalgia")
        // A silent "gh": "dauter" is "daughter", "nite" and "lite" are "night" and "light".
        let silent = SpellingCorrector(vocabulary: ["daughters": 1, "daughter": 1, "delight": 2])
        #expect(silent.correction(for: "dauter") == "daughter")
        #expect(SpellingCorrector.phoneticKey("nite") == SpellingCorrector.phoneticKey("night"))
        // "-tious" and "-seous" both say "-shus": "nautious" is "nauseous" written by ear.
        #expect(SpellingCorrector(vocabulary: ["nauseous": 0, "nausea": 3]).correction(for: "nautious") == "nauseous")
    }

    @Test func aMisspeltPluralIsReadThroughItsSingular() {
        let corrector = SpellingCorrector(vocabulary: ["family": 3, "trigger": 2, "shake": 2])
        // "famly" is "family" with a letter left out; the plural shares its stem.
        #expect(corrector.correction(for: "famlys") == "family")
        #expect(corrector.correction(for: "riggers") == "trigger")
        // "share" is one letter off "shake", as likely a word of its own.
        #expect(corrector.correction(for: "shares") == nil)
    }

    @Test func aLongWordMayBeMisspeltByEarAndInAHurryAtOnce() {
        let corrector = SpellingCorrector(vocabulary: ["dermatographism": 2, "course": 3, "vibration": 4])
        // "ph" written "f" and "to" left out: the sound key is two edits away, consonants kept.
        #expect(corrector.correction(for: "dermagrafism") == "dermatographism")
        // A word of the lay vocabulary is found so too: "dermagrafia" is "dermatographia".
        #expect(SpellingCorrector(vocabulary: ["dermatographia": 0]).correction(for: "dermagrafia") == "dermatographia")
        // Two short words run together are no long word.
        #expect(corrector.correction(for: "cookrice") == nil)
        // Long, but its consonants are not the known word's.
        #expect(corrector.correction(for: "vaccination") == nil)
    }

    @Test func twoSlipsAreNotBelievedTowardsAWordOnlyTheLayVocabularyKnows() {
        // Frequency 0: a lay word the articles never use.
        let corrector = SpellingCorrector(vocabulary: ["matters": 0, "hereditary": 0, "mattering": 2])
        #expect(corrector.correction(for: "mattress") == nil)
        #expect(corrector.correction(for: "hereditery") == "hereditary")
        #expect(SpellingCorrector(vocabulary: ["matters": 1]).correction(for: "mattress") == "matters")
    }

    @Test func aShortWordSoundingLikeAKnownOneButOneVowelIsCorrected() {
        let corrector = SpellingCorrector(vocabulary: ["rosacea": 3, "lacking": 2, "called": 2])
        // "rosasia" sounds "rosasea", "rosacea" but a vowel, though its letters are two edits away.
        #expect(corrector.correction(for: "rosasia") == "rosacea")
        #expect(corrector.correction(for: "rozacia") == "rosacea")
        // A vowel dropped, or a consonant: other words.
        #expect(corrector.correction(for: "leaking") == nil)
        #expect(corrector.correction(for: "cackled") == nil)
    }

    @Test func aNameMatchedWholeCountsOnceAgainstAnUnknownWord() throws {
        let answerer = try Self.answerer()
        // "united states" is one name in the donation article: one match, against "president".
        #expect(answerer.answer("who is the president of the united states").status == .noMatch)
        // "price" is a lay word with no counterpart in the articles: it counts as unknown.
        #expect(answerer.answer("what is the stock price of apple").status == .noMatch)
        // "learn" is in the lexicon only inside "learn more": alone, it is a word from elsewhere.
        #expect(answerer.answer("what is machine learning").status == .noMatch)
        #expect(answerer.answer("what parts of the face does rosacea affect").status == .answered)
        // "russian" and "athletes" are two matches there: they are not one name in the text.
        #expect(answerer.answer("why were russian athletes so strong").quotes.first?.title == "Fibromyalgia and Vibration Therapy")
    }

    @Test func leniencyNeedsKnownWordsAndTwoDistinctiveMatches() {
        let partial = Answerer.Evidence(share: 0.4, distinctiveMatches: 2, distinctivePhrases: 2, unknownWords: 0, matchedWords: 2)
        #expect(Answerer.abstention(weighing: partial, concepts: 4) != nil)
        #expect(Answerer.abstention(weighing: partial, concepts: 4, lenient: true) == nil)
        var oneDistinctive = partial
        oneDistinctive.distinctiveMatches = 1
        #expect(Answerer.abstention(weighing: oneDistinctive, concepts: 4, lenient: true) != nil)
        var strange = partial
        strange.unknownWords = 1
        #expect(Answerer.abstention(weighing: strange, concepts: 4, lenient: true) != nil)
        var thin = partial
        thin.share = 0.3
        #expect(Answerer.abstention(weighing: thin, concepts: 4, lenient: true) != nil)
        // Words from elsewhere in a story are borne when distinctive matches far outnumber them.
        var story = partial
        story.unknownWords = 1
        story.distinctiveMatches = 4
        story.distinctivePhrases = 4
        #expect(Answerer.abstention(weighing: story, concepts: 9, lenient: true) == nil)
        story.distinctivePhrases = 2
        #expect(Answerer.abstention(weighing: story, concepts: 9, lenient: true) != nil)
    }

    @Test func aQuestionProperCoveredWellCarriesTheSceneBeforeIt() {
        var scene = Answerer.Evidence(share: 0.3, distinctiveMatches: 2, distinctivePhrases: 2, unknownWords: 0, matchedWords: 2)
        scene.properShare = 0.9
        scene.sceneMatches = 1
        #expect(Answerer.abstention(weighing: scene, concepts: 9, lenient: true) == nil)
        #expect(Answerer.abstention(weighing: scene, concepts: 9) != nil)
        // Only with the scene borne out by a distinctive match of its own.
        var alone = scene
        alone.sceneMatches = 0
        #expect(Answerer.abstention(weighing: alone, concepts: 9, lenient: true) != nil)
        var poorly = scene
        poorly.properShare = 0.4
        #expect(Answerer.abstention(weighing: poorly, concepts: 9, lenient: true) != nil)
    }

    @Test func aStoryWithAWordFromElsewhereIsStillAnswered() throws {
        let answer = try Self.answerer().answer("I felt dizzy and sick on the bus going home after donating blood, what should I do next time")
        #expect(answer.status == .answered)
        #expect(answer.quotes.first?.section == "Dizziness and Nausea")
    }

    @Test func anotherArticlesPassageMatchingOnlyEverydayWordsIsNoFurtherQuote() throws {
        // "years" finds "as time goes on … in recent years" in the nerve block article: it says
        // nothing of Kellogg's marriage.
        let answer = try Self.answerer().answer("how many years was kellogg married")
        #expect(answer.quotes.first?.excerpt.contains("married for 40 years") == true)
        #expect(answer.quotes.count > 1)
        #expect(answer.quotes.allSatisfy { $0.title == "Fibromyalgia and Vibration Therapy" })
    }

    @Test func askingWhatAToldThingIsCalledQuotesTheSentenceNamingIt() throws {
        let answer = try Self.answerer().answer("I get raised welts on my arm whenever I scratch it, what is that")
        #expect(answer.explanation?.asksFor?.hasPrefix("identity") == true)
        #expect(answer.quotes.first?.excerpt.hasPrefix("Dermatographism.") == true)
    }

    @Test func anEverydayVerbIsNoTellingWord() throws {
        // "wait" is the rarest word the articles use here, but names nothing asked: the passage
        // on the run (exercise) answers, not one where someone waits.
        let answer = try Self.answerer().answer("should I wait before going for a run after I donate blood")
        #expect(answer.quotes.first?.excerpt.contains("not exercise") == true)
    }

    @Test func aWordSplitInTwoIsOneGuess() throws {
        let homework = try Self.answerer().answer("I need help with my geography homework")
        #expect(homework.status == .noMatch)
        #expect(homework.explanation?.corrections == ["homework → home work"])
        #expect(homework.explanation?.abstention?.contains("corrected word") == true)
    }

    @Test func jsonLineHasTheContractFields() throws {
        let answer = try Self.answerer().answer("what is rosacea")
        let line = JSONLinesRenderer().render(answer)
        #expect(line.hasSuffix("\n"))
        #expect(!line.dropLast().contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["question"] as? String == "what is rosacea")
        #expect(object["status"] as? String == "answered")
        #expect(object["notice"] is String)
        #expect(object.keys.contains("corrected"))
        let answers = try #require(object["answers"] as? [[String: Any]])
        #expect(!answers.isEmpty)
        for a in answers {
            #expect(Set(a.keys).isSuperset(of: ["title", "article", "section", "excerpt", "score"]))
            #expect(a["score"] is Double || a["score"] is Int)
        }
    }
}

/// The quality mechanisms of issue 5, each on a question where it decides the answer.
@Suite struct AnswerQualityTests {
    @Test func acronymsDefinedInTheTextAreHarvested() {
        let lines = AcronymHarvester.definitions(in: "Whole body vibration therapy (WBVT) refers to it. A Thing (AT) and (XYZ) and (wbvt).")
        #expect(lines == ["wbvt | whole body vibration therapy", "at | a thing"])
    }

    @Test func theLibraryStoresAcronymsAndQuestionsUseThem() throws {
        let answerer = try AnswererTests.answerer()
        #expect(answerer.library.acronyms.contains("wbvt | whole body vibration therapy"))
        let answer = answerer.answer("what is whole body vibration therapy")
        #expect(answer.explanation?.expansions.contains { $0.contains("wbvt") } == true)
        #expect(answer.quotes.prefix(3).contains { $0.excerpt.contains("passive exercise") })
    }

    @Test func aPassageWithTheQuestionsKeyWordAnswersWhenTheBestPassageMissesIt() throws {
        let answerer = try AnswererTests.answerer()
        let flexible = answerer.answer("do nerve blocks improve flexibility")
        #expect(flexible.status == .answered)
        #expect(flexible.quotes.first?.excerpt.contains("range of motion") == true)
        let without = try Answerer(library: answerer.library, without: [.keyPassage, .subjectWords]).answer("do nerve blocks improve flexibility")
        #expect(without.status == .noMatch)
        // Misspelt, the word weighs less and its passage falls below the shortlist: it is
        // looked for further down.
        let misspelt = answerer.answer("can nerve blocks help flexability")
        #expect(misspelt.quotes.first?.excerpt.contains("range of motion") == true)
        // The key word here ("tired") is in no article: nothing stands in for it.
        let tired = "does donating blood make you tired"
        let withoutKey = try Answerer(library: answerer.library, without: [.keyPassage]).answer(tired)
        #expect(answerer.answer(tired).quotes.map(\.excerpt) == withoutKey.quotes.map(\.excerpt))
    }

    @Test func aPassageWithTheMostTellingWordTradesPlacesWithABestThatMissesIt() throws {
        // Headings full of "nerve blocks" and "relief" outscore the one paragraph saying how quickly.
        let answerer = try AnswererTests.answerer()
        let question = "does relief from a nerve block come quickly"
        let quick = answerer.answer(question)
        #expect(quick.quotes.first?.excerpt.contains("quickly") == true)
        let without = try Answerer(library: answerer.library, without: [.keyPassage]).answer(question)
        #expect(without.quotes.first?.excerpt.contains("quickly") == false)
    }

    @Test func aWordTheArticlesNeverUseIsHeldOnlyByAWholeSynonym() throws {
        // "plate" is held by "platform" or "machine", not by "therapy" (a part of "therapy
        // machines"), so the passage on what vibration therapy is good for, which lacks
        // "stress", does not keep the list that says "Alleviate stress" from answering.
        let answer = try AnswererTests.answerer().answer("does the vibration plate help with stress")
        #expect(answer.quotes.first?.excerpt.contains("Alleviate stress") == true)
    }

    @Test func aPassageNearlyAsGoodThatCarriesTheEvidenceAnswersForABestThatLacksIt() throws {
        // "sick" finds the passage on colds, which covers too little of the question; the one
        // on nausea after donating scores nearly as well and covers most of it.
        let answerer = try AnswererTests.answerer()
        let question = "can giving blood make me feel sick"
        let sick = answerer.answer(question)
        #expect(sick.status == .answered)
        #expect(sick.quotes.first?.title == "Fibromyalgia and Donating Blood")
        #expect(sick.quotes.first?.excerpt.contains("nausea") == true)
        // "sick" again finds the colds; the passage on stress, scoring 0.73 of it, covers the
        // rest of the question and answers; without this stage the colds are best and declined.
        let stressed = answerer.answer("can being stressed make me more likely to get sick")
        #expect(stressed.status == .answered)
        #expect(stressed.quotes.first?.excerpt.contains("stressed") == true)
        let without = try Answerer(library: answerer.library, without: [.keyPassage]).answer("can being stressed make me more likely to get sick")
        #expect(without.status == .noMatch)
        // One matched word is no evidence: "life" alone does not rescue "the meaning of life".
        #expect(answerer.answer("what is the meaning of life").status == .noMatch)
        // The rescuer needs only the evidence the answer itself needs: the passages naming nerve
        // blocks cover too little of the question, the bullet on flexibility, which does not
        // name them, covers enough.
        let flexible = answerer.answer("can nerve blocks improve flexibility")
        #expect(flexible.status == .answered)
        #expect(flexible.quotes.first?.excerpt.contains("Increased flexibility") == true)
        #expect(try Answerer(library: answerer.library, without: [.keyPassage, .subjectWords]).answer("can nerve blocks improve flexibility").status
            == .noMatch)
    }

    @Test func sendingTheReaderElsewhereAnswersWhereToGo() throws {
        // "For more information, visit the Mayo Clinic site" once counted as an announcement,
        // half its worth, below the article's opening paragraph.
        let answer = try AnswererTests.answerer().answer("where can I find more info on body pain")
        #expect(answer.quotes.first?.excerpt.contains("Mayo Clinic") == true)
    }

    @Test func aStringOfSearchWordsIsReadForTheKindOfFactItLabels() throws {
        let answerer = try AnswererTests.answerer()
        // "definition" once found "its modern definition" in the hereditary article.
        let defined = answerer.answer("hyperalgesia definition")
        #expect(defined.quotes.first?.title == "Fibromyalgia and Skin Conditions")
        #expect(defined.quotes.first?.excerpt.contains("excess pain") == true)
        // "list" once found "Listed below are some reasons".
        #expect(answerer.answer("full list fibromyalgia symptoms").quotes.first?.excerpt.contains("stiffness") == true)
        #expect(answerer.answer("nerve block procedure length").quotes.first?.excerpt.contains("half hour to an hour") == true)
        // The label closes what is to be defined, as "what is" opens it.
        let basics = answerer.answer("fibromyalgia 101")
        #expect(basics.status == .answered)
        #expect(basics.quotes.first?.excerpt.contains("fibromyalgia is") == true)
        #expect(answerer.answer("rosacea meaning").quotes.first?.excerpt.contains("Rosacea occurs when") == true)
    }

    @Test func everydayTurnsOfPhraseAreReadForWhatTheyMean() throws {
        let answerer = try AnswererTests.answerer()
        // "give me" asks what fibro causes; "give" alone once found "giving you signals".
        let headaches = answerer.answer("can fibro give me headaches")
        #expect(headaches.status == .answered)
        #expect(headaches.quotes.first?.excerpt.contains("headaches") == true)
        // Paying is an everyday word, not a subject from elsewhere, and "in the long run" is over time.
        let worth = answerer.answer("is paying for a nerve block worth it in the long run")
        #expect(worth.quotes.first?.excerpt.contains("worth any investment") == true)
        // The cost itself is not covered.
        #expect(answerer.answer("how much does a ketamine infusion cost").status == .noMatch)
        #expect(answerer.answer("should I get up at the same time every day").quotes.first?.excerpt.contains("waking up at the same time") == true)
        #expect(answerer.answer("can fibro mess with my skin").quotes.first?.title == "Fibromyalgia and Skin Conditions")
        // A shoulder is part of the arm the articles speak of; an ankle names nothing they cover.
        #expect(answerer.answer("my husband touches my shoulder and I scream").quotes.first?.title == "Fibromyalgia and Skin Conditions")
        #expect(answerer.answer("how do I treat a sprained ankle").status == .noMatch)
        #expect(answerer.answer("what's the name for when scratching leaves raised red lines on you").quotes.first?.excerpt
            .contains("Dermatographism") == true)
        // "normally" says how often, not what: it once left the question short of evidence.
        #expect(answerer.answer("what is ketamine normally for").quotes.first?.excerpt.contains("anesthetic") == true)
        #expect(answerer.answer("why does my shirt rubbing on me make lumps").quotes.first?.title == "Fibromyalgia and Skin Conditions")
        #expect(answerer.answer("can my fibro be passed to my baby").quotes.first?.title == "Is Fibromyalgia Hereditary?")
        // "what else" asks for more, as "what other" does; "else" once left it short of evidence.
        #expect(answerer.answer("what else besides pain do fibro patients have").status == .answered)
        #expect(answerer.answer("do you lie, sit or stand for vibration therapy").quotes.first?.excerpt.contains("lay, sit, or stand") == true)
        let soviets = answerer.answer("did the soviets win olympics because of vibration")
        #expect(soviets.quotes.first?.excerpt.contains("dominant in the Olympics") == true)
    }

    @Test func anEverydayWordTheArticlesNeverUseIsNoSignOfAnotherSubject() throws {
        let answerer = try AnswererTests.answerer()
        // "counts" is not in the articles, but it names no subject of its own.
        let dehydrated = answerer.answer("what counts as being dehydrated")
        #expect(dehydrated.status == .answered)
        #expect(dehydrated.corrected == nil)
        #expect(dehydrated.quotes.first?.title == "Fibromyalgia and Body pain")
        // Nor does "guy": the question is about the man who made cornflakes.
        let kellogg = answerer.answer("that guy who made cornflakes and a vibrating chair")
        #expect(kellogg.quotes.first?.title == "Fibromyalgia and Vibration Therapy")
        // Nor does "afterwards", any more than "later".
        let gym = answerer.answer("can I go to the gym afterwards? I have a workout planned the same day")
        #expect(gym.quotes.first?.excerpt.contains("not exercise") == true)
        // A judgement ("best") and a word from elsewhere ("money") still decline.
        #expect(answerer.answer("what is the best way to save money").status == .noMatch)
        #expect(answerer.answer("how do I ask my boss for a raise").status == .noMatch)
    }

    @Test func aSynonymOfAWordFoundNearlyEverywhereIsNoMoreTellingThanTheWord() throws {
        // "fibro" is rarer than "fibromyalgia" in the articles, but names the same thing: it
        // must not carry the ketamine article's "fibro symptoms" past the one sentence saying
        // the symptoms are treatable.
        let answer = try AnswererTests.answerer().answer("is fibromyalgia treatable")
        #expect(answer.quotes.first?.excerpt.contains("the symptoms are treatable") == true)
        let fibro = answer.explanation?.terms.first { $0.term == "fibro" }
        #expect(fibro?.origin == "expanded, idf of 'fibromyalgia'")
        #expect(fibro.map { $0.idf < 0.1 } == true)
    }

    @Test func aWordWithAFarCommonerSynonymOfItsOwnRanksNoHigherThanIt() throws {
        // "hurt" is in one passage (an epidural "doesn't hurt anymore"), "pain" in nearly half:
        // the reader's "hurt" is the articles' "pain", and the question is about the nervous system.
        let answer = try AnswererTests.answerer().answer("why does my nervous system make me hurt when nothing is wrong")
        #expect(answer.quotes.first?.excerpt.contains("overreacting") == true)
        let hurt = answer.explanation?.terms.first { $0.term == "hurt" }
        #expect(hurt?.origin == "question, idf of 'pain'")
    }

    @Test func aQuestionAskingForARoleSearchesWhatIsDoneNotTheRole() throws {
        // "doctor" would find "a popular option among doctors"; the answer names the role.
        let answer = try AnswererTests.answerer().answer("what kind of doctor performs nerve blocks")
        #expect(answer.quotes.first?.excerpt.contains("An anesthesiologist") == true)
        #expect(answer.explanation?.terms.contains { $0.term == "doctor" } == false)
    }

    @Test func aPhraseOfSmallWordsCanStandForAConcept() throws {
        // "how do I know if" asks for signs; "can I" (two small words) adds nothing.
        let answer = try AnswererTests.answerer().answer("how do i know if i am dehydrated")
        #expect(answer.quotes.first?.excerpt.contains("dark urine") == true)
        #expect(answer.explanation?.expansions.contains { $0.hasPrefix("how do i know if →") } == true)
        // Two small words that a one-way line maps to other words: "these days" asks what is
        // becoming popular.
        let trend = try AnswererTests.answerer().answer("are doctors using nerve blocks more these days")
        #expect(trend.quotes.first?.excerpt.contains("more popular option") == true)
    }

    @Test func wordsTheHeadingAlreadySaysCountLessInChoosingSentences() throws {
        let concepts = Answerer.discounting(["vibrat"], in: [["vibrat": 2, "shake": 1], ["joint": 3]])
        #expect(concepts == [["vibrat": 1, "shake": 1], ["joint": 3]])
        // "vibration therapy" is the article's title: the line on joints is what is asked.
        let answerer = try AnswererTests.answerer()
        let joints = answerer.answer("can vibration therapy help my joints")
        let without = try Answerer(library: answerer.library, without: [.topicWords]).answer("can vibration therapy help my joints")
        #expect(joints.quotes.first?.excerpt.contains("joint pain") == true)
        #expect(without.quotes.first?.excerpt.contains("joint pain") == false)
    }

    @Test func phrasesAreTheReadersWordsSideBySideCutBetweenTwoTopicWords() throws {
        func concept(_ word: String, _ term: String, at position: Int, origin: QueryPlan.Origin = .question) -> QueryPlan.Concept {
            .init(word: word, alternatives: [.init(term: term, weight: 1, origin: origin), .init(term: "x" + term, weight: 0.5, origin: .expanded)],
                  position: position)
        }
        var plan = QueryPlan()
        // "are nerve blocks used in physical therapy": "are" and "in" are stop words.
        plan.concepts = [concept("nerve", "nerv", at: 1), concept("blocks", "block", at: 2), concept("used", "use", at: 3),
                         concept("physical", "physic", at: 5), concept("therapy", "therapi", at: 6, origin: .corrected),
                         .init(word: "how do i know if", alternatives: [.init(term: "sign", weight: 0.5, origin: .expanded)], position: 4)]
        let phrases = Answerer.phrases(plan)
        #expect(phrases.map { $0.map { $0.sorted() } } == [[["nerv"], ["block"], ["use"]], [["physic"], ["therapi"]]])
        let split = Answerer.splitting(phrases, at: ["nerv", "block", "fibromyalgia"])
        #expect(split.map { $0.map { $0.sorted() } } == [[["block"], ["use"]], [["physic"], ["therapi"]]])
        let answerer = try AnswererTests.answerer()
        let answer = answerer.answer("are nerve blocks used in physical therapy")
        #expect(answer.quotes.first?.excerpt.contains("part of a physical therapy routine") == true)
        let without = try Answerer(library: answerer.library, without: [.phrases]).answer("are nerve blocks used in physical therapy")
        #expect(without.quotes.first?.excerpt.contains("part of a physical therapy routine") == false)
    }

    @Test func aQuestionAskingForSeveralThingsIsAnsweredByAList() throws {
        let answer = try AnswererTests.answerer().answer("what are the symptoms of fibromyalgia")
        #expect(answer.quotes.first?.excerpt.contains("stiffness, trouble sleeping, headaches") == true)
    }

    @Test func theStatesAreTheUnitedStates() throws {
        // Once "states" alone matched nothing telling and the question was declined.
        let answer = try AnswererTests.answerer().answer("how common is fibromyalgia in the states")
        #expect(answer.status == .answered)
        #expect(answer.quotes.first?.excerpt.contains("5 million Americans") == true)
    }

    @Test func howAThingLooksAndAskingPlainlyAreTheQuestionsFormNotItsWords() throws {
        let answerer = try AnswererTests.answerer()
        // "the difference between" asks what each is; the last named is defined.
        let difference = answerer.answer("what's the difference between genetics and epigenetics")
        #expect(difference.quotes.first?.excerpt.contains("Epigenetics is essentially") == true)
        // "take a look at your usual symptoms" once answered for "look".
        let looks = answerer.answer("what does a flare of skin writing look like")
        #expect(looks.quotes.first?.excerpt.contains("Dermatographism") == true)
        // "simply" once found "we simply don't know" before the definition.
        let plainly = answerer.answer("explain epigenetics to me simply")
        #expect(plainly.quotes.first?.excerpt.contains("Epigenetics is essentially") == true)
    }

    @Test func aListAnswersOnlyWhereItOrItsHeadingNamesTheAspectAsked() throws {
        let answerer = try AnswererTests.answerer()
        // The disadvantages' list ("bruising, pain, weakness …") names no advantage.
        let advantages = answerer.answer("what are the advantages of donating blood")
        #expect(advantages.quotes.first?.section == "Advantages of Donating Blood")
        // Its heading says "disadvantages", which the lexicon gives for "side effects".
        #expect(answerer.answer("what are the side effects of donating blood").quotes.first?.excerpt.contains("bruising") == true)
        // "Below we will examine the ways blood donations can help …" announces, but under the
        // heading "Advantages of Donating Blood" it announces the very list asked for.
        let benefits = answerer.answer("what are the benefits of giving blood")
        #expect(benefits.quotes.first?.section == "Advantages of Donating Blood")
        #expect(benefits.explanation?.quotes.first?.parts.contains { $0.hasPrefix("announces") } == false)
        // Asked more than the heading names, the passage telling it comes first.
        #expect(answerer.answer("what are the mental health benefits of donating blood").quotes.first?.section == "Mental Health")
    }

    @Test func anAspectWordIsNoRarerThanItsCommonestSynonym() throws {
        // "signs" is in one passage, "symptoms" in many: the rare wording must not outweigh the
        // subject and leave "rosacea" short of evidence.
        let answer = try AnswererTests.answerer().answer("what are the signs of rosacea")
        #expect(answer.status == .answered)
        #expect(answer.quotes.first?.title == "Fibromyalgia and Skin Conditions")
    }

    @Test func aFurtherExcerptNeverOutranksItsPassagesBest() throws {
        // The nerve-block article's closing line holds "first"; its best excerpt holds little,
        // and a further excerpt scaled by their ratio once came first.
        let answer = try AnswererTests.answerer().answer("who first described fibromyalgia")
        #expect(answer.quotes.first?.title == "Is Fibromyalgia Hereditary?")
        #expect(answer.quotes.first?.excerpt.contains("Smythe") == true)
    }

    @Test func aFurtherExcerptHoldingTheMostTellingWordIsShown() throws {
        // Passage one's best sentence is on getting ketamine treatment; its sentence on
        // repeating it is the answer, and the rarest word of the question says so.
        let answer = try AnswererTests.answerer().answer("does ketamine treatment need to be repeated")
        #expect(answer.quotes.prefix(3).contains { $0.excerpt.contains("repeated") })
    }

    @Test func questionWordsSaidTogetherInAPassageRaiseIt() throws {
        // "can help with your stress" says what is asked; "help to reduce the amount of pain
        // and stress" holds the same words apart.
        // The answer type is off in both: a sentence telling what to do would win either way.
        let library = try AnswererTests.answerer().library
        let together = try Answerer(library: library, without: [.answerType]).answer("what helps with stress")
        let apart = try Answerer(library: library, without: [.answerType, .proximity]).answer("what helps with stress")
        #expect(together.quotes.first?.title == "Fibromyalgia and Body pain")
        #expect(apart.quotes.first?.title != "Fibromyalgia and Body pain")
        #expect(together.explanation?.hits.first?.parts.contains { $0.hasPrefix("proximity") } == true)
    }

    @Test func aWordTheArticlesNeverUseCountsFullyThroughItsExpansions() throws {
        let answerer = try AnswererTests.answerer()
        let kids = answerer.answer("will my kids inherit my chronic pain condition")
        #expect(kids.explanation?.terms.first { $0.word == "kids" && $0.term == "offspr" }?.weight == QueryPlan.standInWeight)
        // Its expansions also stand for it as a key word: the passage on a genetic tendency
        // passed to offspring answers, not the one on chronic pain.
        #expect(kids.quotes.first?.excerpt.contains("genetic tendency") == true)
        // "run" is not in the articles: "run in families" counts through "hereditary", "genetic".
        let families = answerer.answer("does fibro run in families")
        #expect(families.quotes.count == 3)
        #expect(families.quotes.allSatisfy { $0.title == "Is Fibromyalgia Hereditary?" })
        // "passed to" is "passed down".
        let passed = answerer.answer("can my fibro be passed to my son")
        #expect(passed.explanation?.terms.contains { $0.word == "passed" && $0.term == "hereditari" } == true)
        #expect(passed.quotes.first?.title == "Is Fibromyalgia Hereditary?")
        let children = answerer.answer("will my children get fibromyalgia")
        #expect(children.explanation?.terms.first { $0.word == "children" && $0.term == "offspr" }?.weight == QueryPlan.expandedWeight)
    }

    @Test func againIsSearched() throws {
        #expect(!Analyzer().tokens("again").contains { $0.isStopWord })
        let answer = try AnswererTests.answerer().answer("can i have a nerve block again")
        #expect(answer.quotes.prefix(3).contains { $0.excerpt.contains("done again") })
        // "A second time" is again too.
        let second = try AnswererTests.answerer().answer("can i have a nerve block a second time")
        #expect(second.quotes.prefix(3).contains { $0.excerpt.contains("done again") })
    }

    @Test func derivedFormsJoinAKnownOrLayWordButNotAnUnknownOne() throws {
        let answerer = try AnswererTests.answerer()
        let defined = answerer.answer("when was fibromyalgia first defined")
        #expect(defined.explanation?.terms.contains { $0.term == "definit" && $0.origin == "derived" } == true)
        #expect(defined.quotes.prefix(3).contains { $0.excerpt.contains("1972") })
        // A lay word the articles never use in that form still finds its family.
        let lightheaded = answerer.answer("can i feel lightheaded after giving blood")
        #expect(lightheaded.quotes.first?.excerpt.contains("lightheadedness") == true)
        let everest = answerer.answer("how tall is mount everest")
        #expect(everest.explanation?.terms.contains { $0.origin == "derived" } == false)
        #expect(everest.status == .noMatch)
        // Only endings that derive a word: "need" does not bring in "needle".
        let need = answerer.answer("does ketamine treatment need to be repeated")
        #expect(need.explanation?.terms.contains { $0.term == "needl" } == false)
        #expect(need.explanation?.terms.contains { $0.term == "treat" && $0.origin == "derived" } == true)
    }

    @Test func passagesOfTheArticleTheQuestionNamesComeFirst() throws {
        let answerer = try AnswererTests.answerer()
        // "ketamine" is in one title only; "sleep problems" find the body-pain article's
        // passage on sleep, which comes first without the named article.
        let question = "does ketamine help sleep problems"
        let named = answerer.answer(question)
        #expect(named.quotes.first?.title == "Fibromyalgia & IV Ketamine Infusion Therapy")
        let without = try Answerer(library: answerer.library, without: [.namedArticle]).answer(question)
        #expect(without.quotes.first?.title == "Fibromyalgia and Body pain")
        // "when should i worry about new skin pain" is the skin article's, with or without it.
        #expect(answerer.answer("when should i worry about new skin pain").quotes.first?.title == "Fibromyalgia and Skin Conditions")
    }

    @Test func aQuestionAboutASubjectTheArticlesNeverMentionIsDeclined() throws {
        let answerer = try AnswererTests.answerer()
        let newborn = answerer.answer("how much sleep does a newborn need")
        #expect(newborn.status == Answer.Status.noMatch)
        #expect(newborn.explanation?.abstention?.contains("'newborn'") == true)
        #expect(answerer.answer("is coffee good for your heart").status == Answer.Status.noMatch)
        // A claim put to the test opens with its subject.
        let koalas = answerer.answer("I heard that koalas sleep twenty hours a day")
        #expect(koalas.explanation?.abstention?.contains("'koalas'") == true)
        #expect(answerer.answer("I heard that stress causes body aches").status == Answer.Status.answered)
        // After "can I", what the reader would do is the subject; "drive" is in the lexicon only
        // inside "blood drive", which the question does not say.
        let drive = answerer.answer("can I drive after a nerve block")
        #expect(drive.explanation?.abstention?.contains("'drive'") == true)
        #expect(answerer.answer("can I exercise after giving blood").status == Answer.Status.answered)
        #expect(answerer.answer("can you catch fibromyalgia").status == Answer.Status.answered)
        // A word of a phrase the question does use is known: "horse tranquilizer" is ketamine.
        #expect(answerer.answer("is that horse tranquilizer drug any use for chronic pain").status == Answer.Status.answered)
        // What a treatment is asked to help is the subject too.
        let cellulite = answerer.answer("does vibration therapy help with cellulite")
        #expect(cellulite.status == Answer.Status.noMatch)
        #expect(cellulite.explanation?.abstention?.contains("'cellulite'") == true)
        #expect(answerer.answer("does vibration therapy help with constipation").status == Answer.Status.answered)
        #expect(answerer.answer("does ketamine help with depresion").status == Answer.Status.answered)
        // Half the question is not enough: the passage on vitamin D says nothing of a test.
        let test = answerer.answer("what is a vitamin d test")
        #expect(test.status == Answer.Status.noMatch)
        #expect(test.explanation?.abstention?.contains("covers 50%") == true)
        // A flu shot is a thing of its own, not the flu.
        #expect(answerer.answer("how do I get a flu shot").status == Answer.Status.noMatch)
        // The subject follows "is" only when it opens the question; a known subject is answered.
        #expect(answerer.answer("how much sleep does an adult need").status == Answer.Status.answered)
        #expect(answerer.answer("how much ketamine is a safe dose").explanation?.abstention?.contains("'safe'") != true)
        #expect(answerer.answer("does a massager help fibromyalgia").status == Answer.Status.answered)
        let without = try Answerer(library: answerer.library, without: [.evidence]).answer("how much sleep does a newborn need")
        #expect(without.status == Answer.Status.answered)
    }

    @Test func anElsewherePhraseIsOneWordTheArticlesNeverUse() throws {
        let lexicon = Lexicon(text: "elsewhere: cold sore | cold sores | bee sting\nsick | cold | flu\n")
        let analyzer = Analyzer()
        #expect(lexicon.elsewherePhrases(in: analyzer.tokens("how do I get rid of cold sores on my lip")) == [6..<8])
        #expect(lexicon.elsewherePhrases(in: analyzer.tokens("a sore throat from a cold")).isEmpty)
        #expect(lexicon.expansions(of: analyzer.tokens("bee sting")).isEmpty)
        #expect(!lexicon.knows("bee"))
        // With the bundled lexicon: not the passage on colds, nor the one on sore arms.
        let answerer = try AnswererTests.answerer()
        let answer = answerer.answer("how do I get rid of a cold sore")
        #expect(answer.status == Answer.Status.noMatch)
        let terms = answer.explanation?.terms ?? []
        #expect(terms.contains { $0.term == "cold_sore" && $0.documentFrequency == 0 })
        let cold = answerer.answer("why does the cold make my body sore")
        #expect(cold.status == Answer.Status.answered)
        // Making a website is not the articles' "visit the Mayo Clinic site"; a website with more on them is.
        #expect(answerer.answer("how do I make a website").status == Answer.Status.noMatch)
        #expect(answerer.answer("is there a website with more information on body pain").status == Answer.Status.answered)
        // The weather is not the cold the articles mean; a cold caught today is.
        #expect(answerer.answer("isn't it cold today").status == Answer.Status.noMatch)
        #expect(answerer.answer("I have a cold today, why do I ache").status == Answer.Status.answered)
    }

    @Test func lexiconPhrasesMatchExactlyOrWithSmallWordsBetween() {
        let lexicon = Lexicon(text: "hereditary | run in the family | genetic\nfibro | fibromyalgia\n# comment | ignored\n")
        let analyzer = Analyzer()
        let exact = lexicon.expansions(of: analyzer.tokens("does it run in the family"))
        #expect(exact.map(\.matched) == ["run in the family"])
        #expect(exact.first?.terms == ["hereditari", "genet"])
        let loose = lexicon.expansions(of: analyzer.tokens("does fibro run in my family"))
        #expect(Set(loose.map(\.matched)) == ["fibro", "run in my family"])
        #expect(lexicon.expansions(of: analyzer.tokens("my family went for a run")).isEmpty)
        #expect(lexicon.expansions(of: analyzer.tokens("ignored")).isEmpty)
        // A small word at a phrase's end makes its sense: "stay away from" is not "stay away".
        let avoid = Lexicon(text: "stay away from | steer clear of => avoid\n")
        #expect(avoid.expansions(of: analyzer.tokens("should I stay away from sugar")).map(\.matched) == ["stay away from"])
        #expect(avoid.expansions(of: analyzer.tokens("how long will the pain stay away")).isEmpty)
        // "does it work" asks whether; "how does it work" asks how.
        let works = Lexicon(text: "does it work | will it work => help | benefit\n")
        #expect(works.expansions(of: analyzer.tokens("ketamine, does it work")).map(\.matched) == ["does it work"])
        #expect(works.expansions(of: analyzer.tokens("ketamine, how does it work")).isEmpty)
        // A degree adverb inside a member leaves it the same: "put me fully under".
        let under = Lexicon(text: "put me under | knock me out => unconscious\n")
        #expect(under.expansions(of: analyzer.tokens("will the drip put me fully under")).map(\.matched) == ["put me fully under"])
        #expect(under.expansions(of: analyzer.tokens("will they put me near the window under a blanket")).isEmpty)
        // The collection's subject inside a member leaves it the same: "stop fibro pain".
        let stop = Lexicon(text: "stop pain | stops pain => firing off\n")
        #expect(stop.expansions(of: analyzer.tokens("do nerve blocks stop fibro pain"), transparent: ["fibro"]).map(\.matched) == ["stop fibro pain"])
        #expect(stop.expansions(of: analyzer.tokens("do nerve blocks stop fibro pain")).isEmpty)
        // A question's subject after its verb leaves the member the same: "why can't I sleep".
        let sleepless = Lexicon(text: "can't sleep | cannot sleep => lack of sleep\n")
        #expect(sleepless.expansions(of: analyzer.tokens("why can't I sleep at night")).map(\.matched) == ["can't i sleep"])
        #expect(sleepless.expansions(of: analyzer.tokens("I can't, my kids sleep in my room")).isEmpty)
    }

    @Test func aBlockStoppingFibroPainIsAnsweredWithTheNervesNotFiringOff() throws {
        let answer = try AnswererTests.answerer().answer("do nerve blocks stop fibro pain")
        #expect(answer.quotes.first?.excerpt.contains("not firing off") == true)
    }

    @Test func anEverydayWordThePassageMissesWeighsLittleBesideTwoTellingMatches() throws {
        // "left" is in the articles ("left intact"), but the towel and the welts say what is asked.
        let answerer = try AnswererTests.answerer()
        let towel = answerer.answer("my towel left welts on my back after my bath")
        #expect(towel.status == .answered)
        #expect(towel.quotes.first?.excerpt.contains("a towel or even clothes") == true)
        // One telling match is not enough: "life" alone does not answer the meaning of life.
        #expect(answerer.answer("what is the meaning of life").status == .noMatch)
    }

    @Test func aMisspeltDefinitionIsQuotedAsTheCorrectlySpeltOne() throws {
        // The thing asked to be defined is read from the words as corrected: "alodinia" is
        // "allodynia", so the quote runs on from the label to what the name means.
        let answerer = try AnswererTests.answerer()
        let misspelt = answerer.answer("what is tactile alodinia")
        #expect(misspelt.corrected == "what is tactile allodynia")
        #expect(misspelt.quotes.first?.excerpt == answerer.answer("what is tactile allodynia").quotes.first?.excerpt)
        #expect(misspelt.quotes.first?.excerpt.contains("non-painful touch") == true)
    }

    @Test func aTitleBeforeANameWeighsLessThanTheName() throws {
        // "Dr. Kellogg" side by side in a passage on another inventor must not beat the passage
        // about Kellogg that names him "Dr. John Harvey Kellogg".
        let answer = try AnswererTests.answerer().answer("who was Dr. Kellogg")
        #expect(answer.quotes.first?.excerpt.contains("odd fellow") == true)
        let title = answer.explanation?.terms.first { $0.word == "dr" }
        #expect(title?.weight == 0.3)
        #expect(answer.explanation?.terms.first { $0.word == "kellogg" }?.weight == 1)
    }

    @Test func membersOfOneLineOverTheSameWordsAreOneMatch() {
        let lexicon = Lexicon(text: "how do i know if | how do i know => signs\n")
        let matches = lexicon.expansions(of: Analyzer().tokens("how do i know if it is rosacea"))
        #expect(matches.map(\.matched) == ["how do i know if"])
    }

    @Test func aOneWayLexiconLineExpandsOnlyFromItsLeftSide() {
        let lexicon = Lexicon(text: "risks | risk => side effects | complications\n")
        let analyzer = Analyzer()
        let risky = lexicon.expansions(of: analyzer.tokens("what are the risks of it"))
        #expect(risky.map(\.matched) == ["risks"])
        #expect(risky.first?.terms == ["side", "effect", "complic"])
        #expect(lexicon.expansions(of: analyzer.tokens("what are the side effects")).isEmpty)
        #expect(lexicon.expansions(of: analyzer.tokens("any complications")).isEmpty)
        #expect(lexicon.knows("complic") && lexicon.knows("risk"))
        #expect(Lexicon(text: "=> side effects\nrisk =>\n").isEmpty)
    }

    @Test func aOneWayTargetIsRelatedToTheOtherTargetsNotToTheWordingsThatMeanIt() {
        let lexicon = Lexicon(text: "donation help | people helped => lives | saved\nhelp | benefit\n")
        #expect(lexicon.relatives(ofWord: "live") == ["live", "save"])
        #expect(lexicon.relatives(ofWord: "help") == ["help", "benefit"])
        #expect(Lexicon(text: "hurt | pain\n").relatives(ofWord: "pain") == ["hurt", "pain"])
    }

    @Test func aWhatIsQuestionIsAboutTheLastWordBeforeItsPreposition() {
        let analyzer = Analyzer()
        func subjects(_ question: String) -> Set<String> {
            let tokens = analyzer.tokens(question)
            var plan = QueryPlan()
            for token in tokens where !token.isStopWord {
                plan.concepts.append(.init(word: token.word, alternatives: [.init(term: token.term, weight: 1, origin: .question)]))
            }
            return Answerer.definitionSubjects(tokens, plan: plan, acronyms: [])
        }
        #expect(subjects("what are the side effects of donating blood") == ["effect"])
        #expect(subjects("what is a blood donation center") == ["center"])
        #expect(subjects("what does allodynia mean") == ["allodynia"])
        #expect(subjects("what does wbvt stand for") == ["wbvt"])
        #expect(subjects("what is it").isEmpty)
    }

    @Test func aSynonymNeverOutweighsTheReadersOwnWordInSentenceChoice() {
        var plan = QueryPlan()
        plan.concepts.append(.init(word: "therapy", alternatives: [
            .init(term: "therapi", weight: 1, origin: .question), .init(term: "therapist", weight: 0.5, origin: .expanded),
        ]))
        plan.concepts.append(.init(word: "kids", alternatives: [.init(term: "kid", weight: 1, origin: .question), .init(term: "children", weight: 0.8, origin: .expanded)]))
        let statistics = [
            "therapi": TermStatistics(term: "therapi", documentFrequency: 9, idf: 1.6),
            "therapist": TermStatistics(term: "therapist", documentFrequency: 2, idf: 3.5),
            "kid": TermStatistics(term: "kid", documentFrequency: 0, idf: 5.1),
            "children": TermStatistics(term: "children", documentFrequency: 1, idf: 4.0),
        ]
        let concepts = Answerer.excerptConcepts(plan, statistics: statistics)
        #expect(concepts[0] == ["therapi": 1.6, "therapist": 1.6])
        // A word the articles never use leaves its stand-ins their own weight.
        #expect(concepts[1] == ["children": 3.2])
    }

    @Test func aFormOneLetterFromTheWordWeighsNearlyAsMuch() throws {
        let answer = try AnswererTests.answerer().answer("does rosacea itch")
        let terms = try #require(answer.explanation?.terms)
        #expect(terms.contains { $0.term == "itchi" && $0.origin == "derived" && $0.weight == QueryPlan.closeFormWeight })
        #expect(answer.quotes.prefix(3).contains { $0.excerpt.contains("quite itchy") })
        let defined = try AnswererTests.answerer().answer("when was fibromyalgia defined")
        #expect(defined.explanation?.terms.contains { $0.term == "definit" && $0.weight == QueryPlan.derivedWeight } == true)
    }

    @Test func aWhatIsItLikeQuestionQuotesTheSentenceSayingWhatItIsLike() throws {
        let answer = try AnswererTests.answerer().answer("what is it like to have a ketamine infusion")
        #expect(answer.quotes.first?.excerpt.contains("is relaxing") == true)
    }

    @Test func aLongQuestionMatchingManyDistinctiveWordsMayTellItsStoryAroundThem() throws {
        let answer = try AnswererTests.answerer().answer(
            "I've had fibromyalgia for ten years and lately my skin has been really sensitive, even my clothes hurt. Why is that?")
        #expect(answer.status == .answered)
        #expect(answer.quotes.first?.title == "Fibromyalgia and Skin Conditions")
        #expect(try AnswererTests.answerer().answer("My husband and I are planning a trip to Italy next summer and we want to know what the best cities to visit are.").status == .noMatch)
    }

    @Test func aWordSaidTwiceIsOneConcept() throws {
        let answer = try AnswererTests.answerer().answer(
            "I've been so stressed at work lately and my whole body aches. Could the stress be causing it?")
        #expect(answer.explanation?.terms.filter { $0.term == "stress" && $0.origin == "question" }.count == 1)
        #expect(answer.quotes.first?.title == "Fibromyalgia and Body pain")
    }

    @Test func everyTimeSaysWheneverAndIsNotSearched() throws {
        let answer = try AnswererTests.answerer().answer("I bruise every time they draw my blood")
        #expect(answer.status == .answered)
        #expect(answer.explanation?.terms.contains { $0.term == "time" || $0.term == "everi" } == false)
    }

    @Test func everydayBritishWordsAreNoSubjectFromElsewhere() throws {
        // "nip", "faff", "business" name nothing asked; "kills" and "strokes my arm" are pain and touch.
        let answerer = try AnswererTests.answerer()
        #expect(answerer.answer("can i nip to the gym after giving blood").quotes.first?.excerpt.contains("not exercise") == true)
        #expect(answerer.answer("how long is the whole faff of donating blood").quotes.first?.excerpt.contains("at least an hour") == true)
        #expect(answerer.answer("what's this central pain amplification business").quotes.first?.title == "Is Fibromyalgia Hereditary?")
        #expect(answerer.answer("it kills when my partner strokes my arm, what's going on").quotes.first?.excerpt.contains("allodynia") == true)
        #expect(answerer.answer("can i nip to the moon").status == .noMatch)
        // Swearing and a forum's fillers are no subject from elsewhere either.
        #expect(answerer.answer("why does my freaking skin hurt when my husband touches me").quotes.first?.excerpt.contains("allodynia") == true)
        #expect(answerer.answer("do nerve blocks actually work or is it a bunch of hype").status == .answered)
    }

    @Test func aListOfSymptomsFindsThePassageThatNamesThem() throws {
        let answerer = try AnswererTests.answerer()
        // "break out" is the articles' "breakout"; "one spot" is "the area where the pain is being felt".
        #expect(answerer.answer("itchy cheeks that break out and won't settle").quotes.first?.excerpt.contains("breakout") == true)
        #expect(answerer.answer("pain in one spot that won't quit, can a nerve block target it").quotes.first?.excerpt
            .contains("the area where the pain is being felt") == true)
    }

    @Test func definedForTheFirstTimeIsTheModernDefinition() throws {
        // "doctors" and "first" alone find "That's where your doctor is going to step in … in the first place".
        let answer = try AnswererTests.answerer().answer("when did doctors first define fibromyalgia")
        #expect(answer.quotes.first?.excerpt.contains("1972") == true)
    }

    @Test func aParentMayBeTheMother() throws {
        // The articles say "especially from mothers to daughters" and never "parent".
        let answer = try AnswererTests.answerer().answer("can fibromyalgia be inherited from a parent")
        #expect(answer.quotes.first?.excerpt.contains("mothers to daughters") == true)
    }

    @Test func aWhereQuestionQuotesTheSentenceNamingThePlace() throws {
        let answer = try AnswererTests.answerer().answer("where can i see kellogg's vibrating chair")
        #expect(answer.quotes.first?.excerpt.contains("Battle Creek") == true)
    }

    @Test func theKindOfFactAskedForDoesNotLeaveTheArticleTheQuestionNames() throws {
        let answer = try AnswererTests.answerer().answer("who qualifies for a nerve block")
        #expect(answer.quotes.first?.title == "Can a Nerve Block Help Fibromyalgia?")
    }

    @Test func aQuestionSentenceIsNotPreferredOverAnAnswer() throws {
        let answer = try AnswererTests.answerer().answer("is fibromyalgia hereditary")
        #expect(answer.quotes.prefix(3).allSatisfy { !$0.excerpt.hasSuffix("?") && !$0.excerpt.hasSuffix("?”") })
    }

    @Test func lexiconSynonymsAreWeightedBelowTheReadersWords() throws {
        let answer = try AnswererTests.answerer().answer("what are the side effects of donating blood")
        let terms = try #require(answer.explanation?.terms)
        let own = terms.filter { $0.origin == "question" }
        let expanded = terms.filter { $0.origin == "expanded" }
        #expect(expanded.contains { $0.term == "disadvantag" })
        #expect(own.allSatisfy { $0.weight == 1 } && expanded.allSatisfy { $0.weight < 1 })
        #expect(answer.quotes.first?.title == "Fibromyalgia and Donating Blood")
    }

    @Test func theWordsOfPlayingAPartAreTheQuestionsForm() throws {
        let answer = try AnswererTests.answerer().answer("what role do histones play")
        #expect(answer.status == .answered)
        #expect(answer.quotes.first?.excerpt.contains("histones") == true)
        let analysed = try #require(answer.explanation?.terms).map(\.term)
        #expect(!analysed.contains("role") && !analysed.contains("play"))
    }

    @Test func aComparisonInTheOtherDegreeIsTheArticlesWord() throws {
        #expect(Answerer.otherDegree(of: "sadder") == "saddest")
        #expect(Answerer.otherDegree(of: "largest") == "larger")
        #expect(Answerer.otherDegree(of: "rash") == nil)
        let answer = try AnswererTests.answerer().answer("which is sadder, rosacea or tactile allodynia")
        #expect(answer.status == .answered)
        #expect(answer.explanation?.terms.contains { $0.term == "saddest" && $0.origin == "derived" } == true)
    }

    @Test func leaveAskedToDoOneThingAsksForAVerdict() throws {
        func type(_ question: String, clause: Int? = nil) -> AnswerType {
            Answerer.answerType(of: Analyzer().tokens(question), clause: clause)
        }
        #expect(type("can i give blood if i have fibro") == .verdict)
        #expect(type("should people with fibromyalgia donate blood") == .verdict)
        #expect(type("can i exercise after giving blood") != .verdict)
        // After a scene, "can I have another one" asks of what the scene tells.
        #expect(type("i had a nerve block last year, can i have another one", clause: 7) != .verdict)
        // Doing it again is asked about, not leave to do it.
        #expect(type("can i have a nerve block more than once") != .verdict)
        let answer = try AnswererTests.answerer().answer("can i have a nerve block more than once")
        #expect(answer.quotes.first?.excerpt.contains("done again") == true)
    }

    @Test func aStemWithItsLastLetterDoubledIsTheSameWord() throws {
        #expect(Answerer.doublesLastLetter("r", of: "refer"))
        #expect(!Answerer.doublesLastLetter("e", of: "refe"))
        #expect(!Answerer.doublesLastLetter("s", of: "refer"))
        let answer = try AnswererTests.answerer().answer("how does my mum get referred for a ketamine infusion")
        #expect(answer.quotes.first?.excerpt.contains("referral to a clinic") == true)
        #expect(answer.explanation?.terms.contains { $0.term == "referr" && $0.weight == QueryPlan.closeFormWeight } == true)
    }

    @Test func aListAnnouncedAtAPassagesEndQuotesItsItemsNext() throws {
        let answerer = try AnswererTests.answerer()
        let answer = answerer.answer("what are some skin disorders linked to fibromyalgia")
        #expect(answer.quotes.first?.excerpt.contains("Here are just a few of the skin disorders") == true)
        #expect(answer.quotes.dropFirst().first?.excerpt.hasPrefix("Dermatographism.") == true)
        #expect(answer.quotes.dropFirst(2).first?.excerpt.hasPrefix("Rosacea.") == true)
        // Not for a question that asks no list.
        let single = answerer.answer("what is dermatographism")
        #expect(single.quotes.first?.excerpt.hasPrefix("Dermatographism.") == true)
        #expect(single.explanation?.quotes.contains { $0.parts.contains { $0.hasPrefix("an item of the list") } } == false)
    }

    @Test func walkingThroughIsTheQuestionsFormNotAWalk() throws {
        let answer = try AnswererTests.answerer().answer("walk me through a nerve block procedure")
        #expect(answer.explanation?.terms.contains { $0.term == "walk" } == false)
        #expect(answer.quotes.first?.excerpt.contains("anesthesiologist") == true)
    }

    @Test func askingHowToTellWeighsNoMoreThanTheSubject() throws {
        let answer = try AnswererTests.answerer().answer("how do I know if I have rosacea")
        #expect(answer.status == .answered)
        #expect(answer.quotes.first?.excerpt.contains("rosy red glow") == true)
    }

    @Test func aRequestForAnAccountAsksWhatItsQuestionWould() throws {
        func type(_ question: String) -> AnswerType {
            Answerer.answerType(of: Analyzer().tokens(question), clause: nil)
        }
        #expect(type("describe the nerve block procedure") == .definition)
        #expect(type("tell me the benefits of localized vibration therapy") == .list)
        #expect(type("can you describe tactile allodynia") == .definition)
        #expect(Answerer.askedByRequest(["tell", "me", "why", "skin", "hurts"]) == nil)
        let answer = try AnswererTests.answerer().answer("tell me the benefits of localized vibration therapy")
        #expect(answer.quotes.first?.excerpt.contains("Increase bone density") == true)
    }

    @Test func oneNumberTypedOverAndOverIsNoQuestion() throws {
        let answerer = try AnswererTests.answerer()
        #expect(answerer.answer("8 8 8 8 8 8").status == .noMatch)
        #expect(answerer.answer("8x8").status == .answered)
        #expect(answerer.answer("1987").status == .answered)
    }

    @Test func aLearnersHowLongTimeAsksHowLong() throws {
        let answer = try AnswererTests.answerer().answer("how much time does the nerve block procedure take")
        #expect(answer.explanation?.asksFor?.hasPrefix("duration") == true)
        #expect(try #require(answer.explanation?.terms).allSatisfy { $0.term != "time" })
    }

    @Test func aFeelingToldOfTheReaderIsNotSearched() throws {
        let answerer = try AnswererTests.answerer()
        let told = answerer.answer("I had my first ketamine infusion and felt great, but how long will it last")
        #expect(try #require(told.explanation?.terms).allSatisfy { $0.term != "great" })
        #expect(told.quotes.first?.excerpt.contains("up to 3 months") == true)
        // Asked about, the feeling is searched.
        let asked = answerer.answer("why does donating make people feel good")
        #expect(try #require(asked.explanation?.terms).contains { $0.term == "good" })
    }

    @Test func aFarWeakerMatchInAnotherArticleIsNoQuote() throws {
        let answer = try AnswererTests.answerer().answer("my wife has fibromyalgia, will our daughter get it too")
        #expect(answer.quotes.first?.excerpt.contains("mothers to daughters") == true)
        #expect(answer.quotes.allSatisfy { $0.title == "Is Fibromyalgia Hereditary?" }, "\(answer.quotes.map(\.title))")
    }

    /// Lay questions written for these tests (none is in the dev set), with the article a reader
    /// would want first: a guard on wording the tuning never saw.
    static let layQuestions: [(String, String)] = [
        ("my mom has fibro, will I get it too?", "Is Fibromyalgia Hereditary?"),
        // Clinicians' and forum shorthand.
        ("is FM hereditary", "Is Fibromyalgia Hereditary?"),
        ("stress sx list", "Fibromyalgia and Body pain"),
        ("could my fibro have come from my grandmother", "Is Fibromyalgia Hereditary?"),
        ("does fibromyalgia skip a generation", "Is Fibromyalgia Hereditary?"),
        ("red flushed face with fibromyalgia", "Fibromyalgia and Skin Conditions"),
        ("why does light touch hurt", "Fibromyalgia and Skin Conditions"),
        ("what should i do if i feel dizzy after giving blood", "Fibromyalgia and Donating Blood"),
        ("what does a vibration plate do for fibromyalgia", "Fibromyalgia and Vibration Therapy"),
        ("why am i always tired", "Fibromyalgia and Body pain"),
        ("ketamin for chronic pain", "Fibromyalgia & IV Ketamine Infusion Therapy"),
        ("vibraton therpy for fibro", "Fibromyalgia and Vibration Therapy"),
        ("what is a cortisone shot", "Can a Nerve Block Help Fibromyalgia?"),
        ("why does my whole body hurt", "Fibromyalgia and Body pain"),
        ("is fibromyalgia passed from parent to child", "Is Fibromyalgia Hereditary?"),
        ("hi there, I was wondering if you could tell me whether fibromyalgia can be inherited from my father",
         "Is Fibromyalgia Hereditary?"),
        ("ok so my doctor mentioned ketamine, what is that exactly", "Fibromyalgia & IV Ketamine Infusion Therapy"),
        ("are my kids going to have fibromyalgia", "Is Fibromyalgia Hereditary?"),
        ("what happens when you dont drink enough water", "Fibromyalgia and Body pain"),
        ("my skin burns when i wear clothes", "Fibromyalgia and Skin Conditions"),
        ("my doc mentioned numbing the nerves, does that work for fibro", "Can a Nerve Block Help Fibromyalgia?"),
        ("would an injection into the painful spot calm my fibro flare", "Can a Nerve Block Help Fibromyalgia?"),
        ("dermatagraphia", "Fibromyalgia and Skin Conditions"),
        ("why is the nervous system oversensitive in fibro", "Can a Nerve Block Help Fibromyalgia?"),
        ("my hubby's gentle hug makes me cry in pain", "Fibromyalgia and Skin Conditions"),
        ("I've had fibro for years, how exactly does a nerve block stop pain", "Can a Nerve Block Help Fibromyalgia?"),
        ("what skin problems do fibro patients get", "Fibromyalgia and Skin Conditions"),
        ("what does stress do besides cause aches", "Fibromyalgia and Body pain"),
        ("even my clothes brushing my skin hurts", "Fibromyalgia and Skin Conditions"),
        ("what should I do if I think I have a skin disorder", "Fibromyalgia and Skin Conditions"),
        ("is ketamine a good treatment for fibro", "Fibromyalgia & IV Ketamine Infusion Therapy"),
        ("my head pounds and I'm always thirsty and achy", "Fibromyalgia and Body pain"),
    ]

    @Test(arguments: layQuestions)
    func layWordingFindsTheRightArticle(question: String, title: String) throws {
        let answer = try AnswererTests.answerer().answer(question)
        #expect(answer.status == .answered, "\(question)")
        #expect(answer.quotes.first?.title == title, "\(question)")
        #expect(answer.lead == nil, "\(question): \(answer.lead ?? "")")
    }

    @Test func wordsSetAsideAreTheRunAfterBesidesOrOtherThan() {
        func aside(_ question: String) -> [String] {
            let tokens = Analyzer().tokens(question)
            let offsets = Answerer.setAsideOffsets(tokens, in: question)
            return tokens.filter { offsets.contains($0.range.lowerBound) }.map(\.word)
        }
        #expect(aside("what symptoms besides muscle pain does fibromyalgia cause") == ["muscle", "pain"])
        #expect(aside("are nerve blocks used for things other than fibro") == ["fibro"])
        #expect(aside("list what else a nerve block helps apart from the pain") == ["pain"])
        #expect(aside("besides the pain, I have stomach trouble") == ["pain"])
        #expect(aside("what else can nerve blocks help with").isEmpty)
    }
}
