/// English irregular verb forms and plurals, each mapped to the word whose stem the regular
/// inflections share ("drawn" → "draw", "felt" → "feel", "women" → "woman"), so that "blood
/// drawn" is found by "blood draw"; and the comparatives and superlatives of common short
/// adjectives ("biggest" → "big"), so that "how big is the skin" finds "your biggest organ".
/// The stemmer cannot see these: it strips no "-er" or "-est".
///
/// Forms that are as often another word are left out: "left" (the side), "lay", "lie", "lit",
/// "bit" (a bit), "wound" (an injury), "ground", "rose", "shot" (an injection), "born", "bore",
/// "known" ("a known cause", where "know" says nothing), "lower" (to lower blood pressure is
/// not low blood pressure), "higher" (a higher heart rate is not "high-powered"), "longer"
/// ("no longer"), "better" and "best".
public enum IrregularForms {
    /// The base word of an irregular `word`, or nil when it is regular or not listed.
    public static func base(of word: String) -> String? { bases[word] }

    /// True when `word` is a listed base word ("sell", "feel"), a real word with irregular forms.
    public static func hasIrregularForms(_ word: String) -> Bool { baseWords.contains(word) }

    static let baseWords = Set(bases.values)

    static let bases: [String: String] = {
        var table: [String: String] = [:]
        for line in groups {
            let words = line.split(separator: " ").map(String.init)
            guard let base = words.first else { continue }
            for form in words.dropFirst() { table[form] = base }
        }
        return table
    }()

    /// Each line: the base word, then its irregular forms.
    static let groups: [String] = [
        "arise arose arisen", "awake awoke awoken", "become became", "begin began begun", "bend bent",
        "bite bitten", "bleed bled", "blow blew blown", "break broke broken", "breed bred", "bring brought",
        "build built", "burn burnt", "buy bought", "catch caught", "choose chose chosen", "come came",
        "creep crept", "deal dealt", "draw drew drawn", "dream dreamt", "drink drank drunk",
        "drive drove driven", "eat ate eaten", "fall fell fallen", "feed fed", "feel felt", "fight fought",
        "find found", "flee fled", "fly flew flown", "forget forgot forgotten", "forgive forgave forgiven",
        "freeze froze frozen", "give gave given", "go went gone", "grow grew grown", "hang hung",
        "hear heard", "hide hid hidden", "hold held", "keep kept", "kneel knelt", "know knew",
        "lead led", "lean leant", "learn learnt", "lose lost", "make made", "mean meant", "meet met",
        "overcome overcame", "pay paid", "ride rode ridden", "ring rang rung", "rise risen", "run ran",
        "say said", "see saw seen", "seek sought", "sell sold", "send sent", "shake shook shaken",
        "shrink shrank shrunk", "sing sang sung", "sink sank sunk", "sit sat", "sleep slept",
        "speak spoke spoken", "spend spent", "spill spilt", "stand stood", "steal stole stolen",
        "stick stuck", "sting stung", "strike struck stricken", "swear swore sworn", "swell swollen",
        "swim swam swum", "take took taken", "teach taught", "tear tore torn", "tell told",
        "think thought", "throw threw thrown", "understand understood", "undergo underwent undergone",
        "wake woke woken", "wear wore worn", "weep wept", "win won", "write wrote written",
        "withdraw withdrew withdrawn",
        "child children", "foot feet", "goose geese", "man men", "mouse mice", "tooth teeth",
        "woman women",
        "big bigger biggest", "deep deeper deepest", "easy easier easiest", "great greater greatest",
        "hard harder hardest", "large larger largest", "old older oldest",
        "quick quicker quickest", "slow slower slowest", "small smaller smallest",
        "strong stronger strongest", "weak weaker weakest", "young younger youngest",
    ]
}
