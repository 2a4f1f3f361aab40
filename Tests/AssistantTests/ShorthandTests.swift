import Retrieval
import Testing
@testable import Assistant

/// Texting shorthand read as the words it stands for, and left alone where it is not shorthand.
@Suite struct ShorthandTests {
    /// The question's words after reading, as typed in full.
    static func read(_ question: String) -> [String] {
        let tokens = Analyzer().tokens(question)
        return Shorthand.replacing(tokens, with: Shorthand.readings(of: tokens), analyzer: Analyzer()).map(\.word)
    }

    @Test func commonShorthandIsReadAsItsWords() {
        #expect(Self.read("wat r signs im dehydrated") == ["what", "are", "signs", "im", "dehydrated"])
        #expect(Self.read("can ppl w fibro donate blood b4 surgery") == ["can", "people", "with", "fibro", "donate", "blood", "before", "surgery"])
        #expect(Self.read("how many hrs sleep do u need") == ["how", "many", "hours", "sleep", "do", "you", "need"])
        #expect(Self.read("wat iz rosasea") == ["what", "is", "rosasea"])
        #expect(Self.read("is it tru").last == "true")
        #expect(Self.read("wats a methyl grp") == ["what's", "a", "methyl", "group"])
        #expect(Self.read("do they put you under for a ket infusion").suffix(2) == ["ketamine", "infusion"])
        #expect(Self.read("y does my body ake").suffix(2) == ["body", "ache"])
        #expect(Self.read("is blood needed in the u.s.").suffix(2) == ["u", "s"])
        #expect(Self.read("how often is blood needed in the us").last == "usa")
        #expect(Self.read("can you help us").last == "us")
        #expect(Self.read("witch skin conditions come with fibro").first == "which")
        #expect(Self.read("is a witch real").last == "real")
        #expect(Self.read("wear does the nerve block go").first == "where")
        #expect(Self.read("wear a mask when donating").first == "wear")
        // Question words with two letters swapped or one dropped; a word of the articles is left alone.
        #expect(Self.read("waht is rosacea").first == "what")
        #expect(Self.read("hwo do nerve blocks work").first == "how")
        #expect(Self.read("shoud i rest after donating")[0] == "should")
        #expect(Self.read("what ketamine dose is used").contains("dose"))
        #expect(Self.read("whhat is rosacea").first == "what")
        #expect(Self.read("how amny people have fibro")[1] == "many")
        #expect(Self.read("does it save three lives").contains("three"))
        #expect(Self.read("is it from a needle").contains("from"))
        // One letter typed twice in a stop word or everyday word; such words themselves stay.
        #expect(Self.read("can you ttell me why it onnly hurts") == ["can", "you", "tell", "me", "why", "it", "only", "hurts"])
        #expect(Self.read("is it too late to take off the bandage").contains("too"))
        #expect(Self.read("is it ture that fibro is genetic")[2] == "true")
        // A letter struck on a neighbouring key; a word that such a slip makes stays itself.
        #expect(Self.read("a machine tjat shakes you").contains("that"))
        #expect(Self.read("how long is ypur nerve block").contains("your"))
        #expect(Self.read("does it take an hour").contains("hour"))
        #expect(Self.read("how lomg does the donation take")[1] == "long")
        // A slip likelier of a word of crisis is not read as a frame word: "wnat" is "want" swapped.
        #expect(Self.read("wnat to die").first == "wnat")
        #expect(Self.read("i want to dei").last == "die")
        #expect(Self.read("can i giv blood")[2] == "give")
        #expect(Self.read("I don't want to be heer anymore").contains("heer"))
    }

    @Test func aLetterHeldDownForEmphasisIsTakenBack() {
        #expect(Self.read("why is there sooo little research") == ["why", "is", "there", "so", "little", "research"])
        #expect(Self.read("pleeease help, reallyyy tired").prefix(3) == ["please", "help", "really"])
        #expect(Self.read("i want to dieeee").last == "die")
        // A run that makes no known word keeps two letters for the spelling corrector; a word
        // with a letter only doubled is no stretched word.
        #expect(Self.read("my skin hurtsss").last == "hurtss")
        #expect(Self.read("my skin feels odd").last == "odd")
        #expect(Shorthand.unstretched("coffee") == nil)
    }

    @Test func twoAndFourAreWordsOnlyWhereNoNumberIsMeant() {
        #expect(Self.read("how long do i have 2 sit") == ["how", "long", "do", "i", "have", "to", "sit"])
        #expect(Self.read("i took 2 many pills") == ["i", "took", "too", "many", "pills"])
        #expect(Self.read("can it help my tummy 2") == ["can", "it", "help", "my", "tummy", "too"])
        #expect(Self.read("wat is ketamine used 4") == ["what", "is", "ketamine", "used", "for"])
        // Numbers: before a unit, or beside another number.
        #expect(Self.read("rest 2 hours") == ["rest", "2", "hours"])
        #expect(Self.read("is it only 10 min") == ["is", "it", "only", "10", "minutes"])
        #expect(Self.read("min age to donate").first == "min")
        #expect(Self.read("drink 4 glasses") == ["drink", "4", "glasses"])
        #expect(Self.read("every 2 or 3 weeks") == ["every", "2", "or", "3", "weeks"])
    }

    @Test func whyAndDoctorAreReadOnlyWhereTheyMustBe() {
        #expect(Self.read("y does my skin itch").first == "why")
        #expect(Self.read("vitamin y").last == "y")
        #expect(Self.read("when should i see a dr about it")[5] == "doctor")
        #expect(Self.read("ask my dr").last == "doctor")
        // A title before a name stays a title: the articles write "Dr. Kellogg".
        #expect(Self.read("who was dr kellogg")[2] == "dr")
        // "The fam" is the family; a forum's "fibro fam" is its readers.
        #expect(Self.read("does it run in the fam").last == "family")
        #expect(Self.read("hey fibro fam").last == "fam")
    }

    @Test func aReadingKeepsTheShorthandsPlaceInTheQuestion() {
        let tokens = Analyzer().tokens("wat is rosacea")
        let read = Shorthand.replacing(tokens, with: Shorthand.readings(of: tokens), analyzer: Analyzer())
        #expect(read[0].range == tokens[0].range)
        #expect(read[0].isStopWord)
        #expect(read[2] == tokens[2])
    }

    @Test func aCrisisWordsSlipsAreReadAsItOnlyForTheEmergencyCheck() throws {
        let analyzer = Analyzer()
        let read = try #require(Shorthand.crisisReading(of: analyzer.tokens("i watn to dye"), analyzer: analyzer, knowing: { _ in false }))
        #expect(read.map(\.word) == ["i", "want", "to", "dye"])
        #expect(Shorthand.crisisSlips["wsnt"] == "want")
        #expect(Shorthand.crisisSlips["kilk"] == "kill")
        // The search never reads them: "wnat" may be "what" struck beside its "h".
        #expect(Shorthand.readings(of: analyzer.tokens("i watn to dye")).isEmpty)
        // Words in their own right stay: no stop, everyday or frame word is a crisis slip.
        #expect(Shorthand.crisisSlips.keys.allSatisfy { !StopWords.contains($0) && !CommonWords.contains($0) })
        #expect(Shorthand.crisisReading(of: analyzer.tokens("what is rosacea"), analyzer: analyzer, knowing: { _ in false }) == nil)
        // Nor a word the articles use.
        #expect(Shorthand.crisisReading(of: analyzer.tokens("i watn to dye"), analyzer: analyzer, knowing: { $0 == "watn" }) == nil)
    }
}
