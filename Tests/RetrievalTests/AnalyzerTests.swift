import Testing
@testable import Retrieval

@Suite struct AnalyzerTests {
    let analyzer = Analyzer()

    @Test func tokenRangesPointBackIntoTheText() {
        let text = "Fibromyalgia’s “tender points” — naïve 8×8 hand-held!"
        let bytes = Array(text.utf8)
        for token in analyzer.tokens(text) {
            let original = String(decoding: bytes[token.range], as: UTF8.self)
            #expect(!original.isEmpty)
            #expect(original.lowercased().hasPrefix(String(token.word.prefix(1))) || token.word.first == "x")
        }
        #expect(analyzer.tokens(text).map(\.word) == ["fibromyalgia's", "tender", "points", "naive", "8x8", "hand", "held"])
    }

    @Test func stemsAndFlagsStopWords() {
        let tokens = analyzer.tokens("Is fibromyalgia hereditary?")
        #expect(tokens.map(\.term) == ["is", "fibromyalgia", "hereditari"])
        #expect(tokens.map(\.isStopWord) == [true, false, false])
        #expect(analyzer.terms("the running of the tests") == ["run", "test"])
        // "Several" names no subject, and its stem would find "severe".
        #expect(analyzer.terms("several severe headaches") == ["sever", "headach"])
        // "Versus" only sets the words around it against each other.
        #expect(analyzer.terms("rosacea vs dermatographism") == analyzer.terms("rosacea versus dermatographism"))
        #expect(analyzer.terms("rosacea vs dermatographism") == ["rosacea", "dermatograph"])
    }

    @Test func irregularFormsShareTheirBaseWordsTerm() {
        #expect(analyzer.terms("blood drawn") == analyzer.terms("blood draw"))
        #expect(analyzer.terms("I felt dizzy") == analyzer.terms("feeling dizzy"))
        #expect(analyzer.terms("women") == analyzer.terms("woman"))
        // A form that is as often another word keeps its own term.
        #expect(analyzer.terms("left arm") != analyzer.terms("leave arm"))
        // Comparatives and superlatives of short adjectives, which the stemmer leaves whole.
        #expect(analyzer.terms("the biggest organ") == analyzer.terms("how big an organ"))
        #expect(analyzer.terms("larger, easier") == analyzer.terms("large, easy"))
        // "lower" is as often a verb ("lower the risk") and stays apart from "low".
        #expect(analyzer.terms("lower") != analyzer.terms("low"))
        // "known" is an adjective more than a form of "know", a stop word.
        #expect(analyzer.terms("a known cause") == ["known", "caus"])
        // Certainty said in passing is not searched, nor confused with "definition".
        #expect(analyzer.terms("is it definitely hereditary") == analyzer.terms("is it hereditary"))
        // "Anyone", like "anybody", names no one to look for.
        #expect(analyzer.terms("has anyone found the gene") == analyzer.terms("has somebody found the gene"))
    }

    @Test func britishAndAmericanSpellingsShareATerm() {
        let analyzer = Analyzer()
        #expect(analyzer.terms("recognised, localised, organisation") == analyzer.terms("recognized, localized, organization"))
        #expect(analyzer.terms("paralysed") == analyzer.terms("paralyzed"))
        // Spelt like it, the British form reaches the word it is made from, as the American does.
        #expect(analyzer.terms("localised") == analyzer.terms("local"))
        // Words whose "-ise" is no such ending, and short words, keep their own terms.
        #expect(analyzer.terms("exercise") == ["exercis"])
        #expect(analyzer.terms("bruised") == analyzer.terms("bruise"))
        #expect(SpellingVariants.american("raise") == nil)
        #expect(SpellingVariants.american("wise") == nil)
        #expect(SpellingVariants.american("organisation") == "organization")
    }

    @Test func aFormOfAStopWordIsOneToo() {
        // "ups" and "gets" stem to the stop words "up" and "get"; "upset" does not.
        #expect(analyzer.terms("pain flare ups gets upset") == ["pain", "flare", "upset"])
    }

    @Test func aStopWordWithAVerbContractedOntoItIsOneToo() {
        // "who've", "that'll", "should've" say no more than their stop words; a noun's "'s" stays.
        #expect(analyzer.terms("people who’ve tried it, that'll do, should've asked") == analyzer.terms("people tried it do asked"))
        #expect(analyzer.terms("the doctor's advice") == ["doctor", "advic"])
    }

    @Test func aWordIsKeptApartFromAnUnrelatedWordsStem() {
        // Snowball gives "relatives" the stem of "related", and "experiment" that of "experience".
        #expect(analyzer.terms("relatives") != analyzer.terms("related"))
        #expect(analyzer.terms("relatively") == analyzer.terms("related"))
        #expect(analyzer.terms("experiments") == analyzer.terms("experiment"))
        #expect(analyzer.terms("experiment") != analyzer.terms("experience"))
        #expect(analyzer.terms("physics") != analyzer.terms("physical"))
    }

    @Test func swearingForEmphasisNamesNothing() {
        #expect(analyzer.terms("why does my damn skin hurt like hell") == analyzer.terms("why does my skin hurt like"))
        #expect(analyzer.terms("PSA: tired af, tbh") == analyzer.terms("tired"))
        #expect(analyzer.terms("lowkey dizzy fr, bestie") == analyzer.terms("dizzy"))
    }

    @Test func foldsTypographicApostrophesAndCase() {
        #expect(analyzer.terms("DON’T Donating") == analyzer.terms("don't donating"))
    }

    @Test func oddInputDoesNotCrash() {
        for text in ["", "!!!", "\u{0}\u{1B}[31m", "🙂🙂", "שלום עולם", String(repeating: "a", count: 10_000), "'''", "’s"] {
            _ = analyzer.tokens(text)
        }
        #expect(analyzer.tokens(String(repeating: "a", count: 100)).isEmpty)
    }
}
