import Testing
@testable import Assistant

/// Words written by ear: the sound key, and the corrections it allows.
@Suite struct HomophoneTests {
    static func alike(_ a: String, _ b: String) -> Bool {
        guard let x = Homophone(a), let y = Homophone(b) else { return false }
        return x.soundsLike(y)
    }

    @Test func wordsWrittenByEarSoundLikeTheirArticleWords() {
        for (heard, meant) in [("pane", "pain"), ("flair", "flare"), ("sines", "signs"), ("hole", "whole"), ("doze", "dose"),
                               ("sighed", "side"), ("soar", "sore"), ("chare", "chair"), ("smith", "smythe"), ("xander", "zander"),
                               ("flew", "flu"), ("witch", "which")] {
            #expect(Self.alike(heard, meant), "\(heard) / \(meant)")
        }
    }

    @Test func wordsThatOnlyShareConsonantsDoNot() {
        for (a, b) in [("pain", "pen"), ("hair", "higher"), ("collage", "college"), ("bake", "bike"), ("vain", "vein")] {
            #expect(!Self.alike(a, b), "\(a) / \(b)")
        }
        // A key needs a vowel and two consonants: "eyes" and "aaaa" sound like too much.
        #expect(Homophone("eyes") == nil)
        #expect(Homophone("aaaa") == nil)
        #expect(Homophone("nerve-block") == nil)
    }

    @Test func soundingTheSameTellsLongVowelsFromShort() {
        func same(_ a: String, _ b: String) -> Bool {
            guard let x = Homophone(a), let y = Homophone(b) else { return false }
            return x.soundsTheSame(y)
        }
        for (heard, meant) in [("pane", "pain"), ("flair", "flare"), ("hole", "whole"), ("doze", "dose"), ("sighed", "side"),
                               ("soar", "sore"), ("flew", "flu"), ("herd", "heard"), ("jeans", "genes"), ("site", "sight")] {
            #expect(same(heard, meant), "\(heard) / \(meant)")
        }
        // Alike by the looser key, but heard apart: a short vowel is no long one, "oi" no "o".
        for (a, b) in [("bake", "back"), ("knit", "night"), ("taxes", "takes"), ("noise", "nose"), ("quote", "quite"),
                       ("plane", "plan"), ("horse", "hours"), ("sour", "sore"), ("cook", "quick"), ("zone", "soon")] {
            #expect(!same(a, b), "\(a) / \(b)")
        }
        #expect(Self.alike("bake", "back"))
    }

    @Test func theCorrectorFallsBackOnSoundOnlyForArticleWords() {
        let corrector = SpellingCorrector(vocabulary: ["pain": 8, "flare": 2, "whole": 3, "which": 9, "dose": 2, "muscle": 0])
        #expect(corrector.correction(for: "pane") == "pain")
        #expect(corrector.correction(for: "flair") == "flare")
        #expect(corrector.correction(for: "hole") == "whole")
        // Never to a stop word, nor to a word only the lay vocabulary knows.
        #expect(corrector.homophoneCorrection(of: "witch") == nil)
        #expect(corrector.homophoneCorrection(of: "mussle") == nil)
        // A word the lexicon knows only in a phrase ("doze off") is corrected by ear alone.
        #expect(corrector.homophoneCorrection(of: "doze") == "dose")
        // Sound comes first when it is also within two slips: "chare" is "chair", not "care".
        #expect(SpellingCorrector(vocabulary: ["care": 9, "chair": 2]).correction(for: "chare") == "chair")
    }
}
