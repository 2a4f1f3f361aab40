/// How a word sounds, roughly, for finding the article word a reader wrote by ear: "pane" for
/// "pain", "flair" for "flare", "sines" for "signs", "hole" for "whole", "doze" for "dose".
///
/// The key is the word's consonants as they sound (silent letters dropped: the "w" of "whole",
/// the "gh" of "sighed", the "g" of "signs", a final "e"; one spelling for one sound: "ch" of
/// "tch", "k" of a hard "c", "j" of a soft "g", "s" of "z") with each run of vowels a slot.
/// Two words sound alike when their consonants and slots agree and each pair of vowel runs
/// opens on the same letter ("ai" and "a", "ie" and "i", "oa" and "o"): "pain" is not "pen",
/// nor "hair" "higher".
struct Homophone: Hashable {
    /// The consonant sounds, with "*" for each run of vowels.
    let skeleton: String
    /// The vowel runs, in order.
    let vowels: [String]
    /// What each vowel run sounds as, long or short (`Homophone.sound`), for `soundsTheSame`.
    let sounds: [String]

    /// The key of a folded word of plain letters, or nil for any other word, or one without a
    /// vowel and two consonants.
    init?(_ word: String) {
        guard word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        var letters = Array(Self.respelled(word))
        // A final silent "e" ("pane", "sines", "sighed" as "sied" keeps its "ie"), which makes
        // a single vowel one consonant before it long ("pane", not "pan").
        var longVowelAt: Int?
        if let e = Self.silentE(in: letters) {
            if e >= 2, Self.vowelLetters.contains(letters[e - 2]), !Self.vowelLetters.contains(letters[e - 1]),
               e < 3 || !Self.vowelLetters.contains(letters[e - 3]) {
                longVowelAt = e - 2
            }
            letters.remove(at: e)
        }
        var skeleton = "", vowels: [String] = [], sounds: [String] = []
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            guard Self.vowelLetters.contains(letter) else {
                if skeleton.last != letter { skeleton.append(letter) }
                index += 1
                continue
            }
            var end = index
            while end < letters.count, Self.vowelLetters.contains(letters[end]) { end += 1 }
            let run = String(letters[index..<end])
            skeleton.append("*")
            vowels.append(run)
            sounds.append(Self.sound(of: run, long: index == longVowelAt || end == letters.count, after: letters[end...]))
            index = end
        }
        // A word of vowels and one consonant ("aaaa", "eyes") sounds like too many others.
        guard !vowels.isEmpty, skeleton.filter({ $0 != "*" }).count >= 2 else { return nil }
        self.skeleton = skeleton
        self.vowels = vowels
        self.sounds = sounds
    }

    /// How a vowel run sounds: a long vowel in capitals, spelt any of its usual ways ("pane" and
    /// "pain" both "A", "sore" and "soar" both "O", "flu" and "flew" both "U"); a vowel coloured
    /// by an "r" before a consonant as "R" ("herd", "heard"); anything else as spelt, so a short
    /// vowel is not a long one ("back" is not "bake", "knit" not "night") and "oi" is no "o"
    /// ("noise" is not "nose").
    static func sound(of run: String, long: Bool, after rest: ArraySlice<Character>) -> String {
        let next = rest.first, afterNext = rest.dropFirst().first
        if next == "r", !long {
            let closed = afterNext.map { !vowelLetters.contains($0) } ?? true
            if closed, ["e", "i", "u"].contains(run) { return "R" }
            if closed, afterNext != nil, ["ea", "ou"].contains(run) { return "R" }
        }
        if run.count >= 2 { return longSpellings[String(run.prefix(2))] ?? run }
        return long ? run.uppercased() : run
    }

    /// Two-letter spellings of a long vowel.
    static let longSpellings: [String: String] = [
        "ai": "A", "ei": "A", "ee": "E", "ea": "E", "ie": "I", "oa": "O", "oe": "O", "oo": "U", "ue": "U", "ui": "U", "eu": "U",
    ]

    /// Words shorter than this are not corrected by ear (too many short words sound alike),
    /// though they may be what a longer one is corrected to ("flew" is "flu").
    static let minimumLength = 4

    static let vowelLetters: Set<Character> = ["a", "e", "i", "o", "u"]

    /// True when `other` sounds like this word: the same consonants and slots, each pair of
    /// vowel runs opening on the same letter.
    func soundsLike(_ other: Homophone) -> Bool {
        skeleton == other.skeleton && zip(vowels, other.vowels).allSatisfy { $0.first == $1.first }
    }

    /// True when `other` sounds the same to the ear, long vowels and short told apart: the
    /// test for an everyday word written for an article's ("pane" for "pain", "doze" for
    /// "dose"), which is otherwise meant as typed ("bake" is no "back").
    func soundsTheSame(_ other: Homophone) -> Bool {
        skeleton == other.skeleton && sounds == other.sounds
    }

    /// `word` spelt as it sounds: silent openings dropped, one spelling per sound ("ew" as "u"),
    /// "y" inside a word as "i", "w" after a vowel as "u"; digraphs kept as one capital letter each.
    static func respelled(_ word: String) -> String {
        var w = word
        for (from, to) in openings where w.hasPrefix(from) {
            w = to + w.dropFirst(from.count)
            break
        }
        for (from, to) in spellings { w = w.replacingOccurrences(of: from, with: to) }
        var out: [Character] = []
        let letters = Array(w)
        for (i, c) in letters.enumerated() {
            let next = i + 1 < letters.count ? letters[i + 1] : nil
            let previous = out.last
            switch c {
            case "c": out.append(next.map { "eiy".contains($0) } ?? false ? "s" : "k")
            case "g":
                // A "g" after a vowel before "h" is silent ("sighed", "weigh"), as before "n" ending a syllable ("signs").
                // The vowel before it is long: "night" sounds as "niet", not "nit".
                if next == "h", let previous, vowelLetters.contains(previous) {
                    out.append("e")
                    continue
                }
                if next == "n", i + 2 >= letters.count || !vowelLetters.contains(letters[i + 2]) && letters[i + 2] != "y" { continue }
                out.append(next.map { "eiy".contains($0) } ?? false ? "j" : "g")
            case "h" where previous == "g" || (i > 0 && letters[i - 1] == "g"):
                continue
            case "q": out.append("k")
            case "x": out.append(contentsOf: "ks")
            case "z": out.append("s")
            case "y": out.append(i == 0 ? "y" : "i")
            case "w" where previous.map(vowelLetters.contains) ?? false: out.append("u")
            default: out.append(c)
            }
        }
        return String(out)
    }

    /// Silent or merged openings ("whole" sounds as "hole", "knit" as "nit").
    static let openings: [(String, String)] = [
        ("who", "ho"), ("wh", "w"), ("kn", "n"), ("wr", "r"), ("gn", "n"), ("ps", "s"), ("pn", "n"), ("x", "z"),
    ]

    /// Spellings of one sound ("qu" as "kw"); "ch", "sh" and "th" become single capitals so later rules leave them.
    static let spellings: [(String, String)] = [
        ("qu", "kw"), ("tch", "C"), ("dge", "j"), ("ch", "C"), ("sh", "S"), ("th", "T"), ("ph", "f"), ("ck", "k"), ("ew", "u"),
    ]

    /// Where a silent "e" stands: last after a consonant ("pane"), or before a final "s" or "d"
    /// after a consonant ("sines", "paned"), with a vowel earlier in the word.
    static func silentE(in letters: [Character]) -> Int? {
        let n = letters.count
        func consonant(_ i: Int) -> Bool { i >= 0 && !vowelLetters.contains(letters[i]) }
        func vowelBefore(_ i: Int) -> Bool { letters[..<max(0, i)].contains(where: vowelLetters.contains) }
        if n >= 3, letters[n - 1] == "e", consonant(n - 2), vowelBefore(n - 2) { return n - 1 }
        if n >= 4, letters[n - 2] == "e", "sd".contains(letters[n - 1]), consonant(n - 3), vowelBefore(n - 3) { return n - 2 }
        return nil
    }
}
