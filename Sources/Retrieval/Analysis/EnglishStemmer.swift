/// The Snowball English ("Porter2") stemmer, following the current `english.sbl` step by step.
///
/// It works on Unicode scalars of an already lower-cased word, so `hop 2` counts characters,
/// not bytes. The reference vocabulary in `../shared/stemmer` is reproduced line for line
/// (see `EnglishStemmerTests`).
public struct EnglishStemmer: Sendable {
    public init() {}

    /// The stem of one lower-cased word.
    public func stem(_ word: String) -> String {
        var run = StemmerRun(word)
        return run.stem()
    }
}

/// The mutable state of stemming one word: the buffer, its regions and whether a `y` became `Y`.
private struct StemmerRun {
    var s: [Unicode.Scalar]
    var p1 = 0
    var p2 = 0
    var yFound = false

    init(_ word: String) { s = Array(word.unicodeScalars) }

    private static let exceptions: [String: String] = [
        "skis": "ski", "skies": "sky",
        "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli", "singly": "singl",
        "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas", "cosmos": "cosmos", "bias": "bias",
        "andes": "andes",
    ]

    private static let regionPrefixes: [String] = [
        "gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter",
    ]

    mutating func stem() -> String {
        let word = String(String.UnicodeScalarView(s))
        if let special = Self.exceptions[word] { return special }
        if s.count < 3 { return word }
        prelude()
        markRegions()
        step1a()
        step1b()
        step1c()
        step2()
        step3()
        step4()
        step5()
        if yFound {
            for i in s.indices where s[i] == "Y" { s[i] = "y" }
        }
        return String(String.UnicodeScalarView(s))
    }

    // MARK: character classes

    static func isVowel(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a", "e", "i", "o", "u", "y": return true
        default: return false
        }
    }

    static func isVowelWXY(_ c: Unicode.Scalar) -> Bool {
        isVowel(c) || c == "w" || c == "x" || c == "Y"
    }

    static func isValidLI(_ c: Unicode.Scalar) -> Bool {
        "cdeghkmnrt".unicodeScalars.contains(c)
    }

    // MARK: helpers

    func endsWith(_ suffix: String) -> Bool {
        endsWith(Array(suffix.unicodeScalars))
    }

    func endsWith(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count <= s.count else { return false }
        let offset = s.count - t.count
        for k in t.indices where s[offset + k] != t[k] { return false }
        return true
    }

    /// The longest suffix of `set` that the word ends with.
    func longestSuffix(_ set: SuffixSet) -> String? {
        var best: Int?
        for i in set.scalars.indices where endsWith(set.scalars[i]) {
            if best.map({ set.scalars[i].count > set.scalars[$0].count }) ?? true { best = i }
        }
        return best.map { set.names[$0] }
    }

    mutating func replaceSuffix(_ length: Int, with replacement: String) {
        s.removeLast(length)
        s.append(contentsOf: replacement.unicodeScalars)
    }

    /// True when the word, cut at `end`, ends in a short syllable (Snowball's `shortv`).
    func isShortSyllable(endingAt end: Int) -> Bool {
        if end >= 3, !Self.isVowelWXY(s[end - 1]), Self.isVowel(s[end - 2]), !Self.isVowel(s[end - 3]) {
            return true
        }
        if end == 2, !Self.isVowel(s[1]), Self.isVowel(s[0]) { return true }
        if end >= 4, String(String.UnicodeScalarView(s[(end - 4)..<end])) == "past" { return true }
        return false
    }

    /// Index just past the first vowel at or after `from`, or nil.
    func pastVowel(from: Int, to end: Int) -> Int? {
        var i = from
        while i < end {
            if Self.isVowel(s[i]) { return i + 1 }
            i += 1
        }
        return nil
    }

    func pastNonVowel(from: Int) -> Int? {
        var i = from
        while i < s.count {
            if !Self.isVowel(s[i]) { return i + 1 }
            i += 1
        }
        return nil
    }

    func hasVowel(before end: Int) -> Bool {
        s[..<end].contains(where: Self.isVowel)
    }

    // MARK: steps

    mutating func prelude() {
        if s.first == "'" { s.removeFirst() }
        if s.first == "y" { s[0] = "Y"; yFound = true }
        var i = 1
        while i < s.count {
            if s[i] == "y", Self.isVowel(s[i - 1]) { s[i] = "Y"; yFound = true }
            i += 1
        }
    }

    mutating func markRegions() {
        p1 = s.count
        p2 = s.count
        var start: Int?
        let word = String(String.UnicodeScalarView(s))
        if let prefix = Self.regionPrefixes.filter({ word.hasPrefix($0) }).max(by: { $0.count < $1.count }) {
            start = prefix.unicodeScalars.count
        } else if let v = pastVowel(from: 0, to: s.count), let n = pastNonVowel(from: v) {
            start = n
        }
        guard let r1 = start else { return }
        p1 = r1
        if let v = pastVowel(from: r1, to: s.count), let n = pastNonVowel(from: v) { p2 = n }
    }

    private static let step1aApostrophes = SuffixSet(["'", "'s", "'s'"])
    private static let step1aSuffixes = SuffixSet(["sses", "ied", "ies", "s", "us", "ss"])
    private static let step1bSuffixes = SuffixSet(["eed", "eedly", "ed", "edly", "ing", "ingly"])

    mutating func step1a() {
        if let suffix = longestSuffix(Self.step1aApostrophes) {
            s.removeLast(suffix.unicodeScalars.count)
        }
        guard let suffix = longestSuffix(Self.step1aSuffixes) else { return }
        switch suffix {
        case "sses":
            replaceSuffix(4, with: "ss")
        case "ied", "ies":
            replaceSuffix(3, with: s.count - 3 >= 2 ? "i" : "ie")
        case "s":
            let before = s.count - 1
            if before >= 2, hasVowel(before: before - 1) { s.removeLast() }
        default:
            break
        }
    }

    mutating func step1b() {
        guard let suffix = longestSuffix(Self.step1bSuffixes) else { return }
        let length = suffix.unicodeScalars.count
        let start = s.count - length
        switch suffix {
        case "eed", "eedly":
            guard start >= p1 else { return }
            let stemPart = String(String.UnicodeScalarView(s[..<start]))
            if ["proc", "exc", "succ"].contains(stemPart) { return }
            replaceSuffix(length, with: "ee")
            return
        case "ing":
            if handledIngException(start: start) { return }
        default:
            break
        }
        guard hasVowel(before: start) else { return }
        s.removeLast(length)
        if endsWith("at") || endsWith("bl") || endsWith("iz") {
            s.append("e")
        } else if let last = s.last, s.count >= 2, last == s[s.count - 2],
                  "bdfgmnprt".unicodeScalars.contains(last) {
            let aeoAtStart = s.count == 3 && "aeo".unicodeScalars.contains(s[0])
            if !aeoAtStart { s.removeLast() }
        } else if s.count == p1, isShortSyllable(endingAt: s.count) {
            s.append("e")
        }
    }

    /// The `-ing` words Snowball treats specially: `dying` → `die`, and `inning`, `outing`… kept.
    mutating func handledIngException(start: Int) -> Bool {
        let stemPart = String(String.UnicodeScalarView(s[..<start]))
        if ["inn", "out", "cann", "herr", "earr", "even"].contains(stemPart) { return true }
        if start == 2, s[1] == "y", !Self.isVowel(s[0]) {
            s = [s[0], "i", "e"]
            return true
        }
        return false
    }

    mutating func step1c() {
        guard let last = s.last, last == "y" || last == "Y", s.count >= 3, !Self.isVowel(s[s.count - 2]) else {
            return
        }
        s[s.count - 1] = "i"
    }

    private static let step2Rules: [(String, String)] = [
        ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("entli", "ent"),
        ("izer", "ize"), ("ization", "ize"), ("ational", "ate"), ("ation", "ate"), ("ator", "ate"),
        ("alism", "al"), ("aliti", "al"), ("alli", "al"), ("fulness", "ful"), ("ousli", "ous"),
        ("ousness", "ous"), ("iveness", "ive"), ("iviti", "ive"), ("biliti", "ble"), ("bli", "ble"),
        ("ogist", "og"), ("ogi", "og"), ("fulli", "ful"), ("lessli", "less"), ("li", ""),
    ]

    private static let step2Suffixes = SuffixSet(step2Rules.map(\.0))

    mutating func step2() {
        guard let suffix = longestSuffix(Self.step2Suffixes) else { return }
        let length = suffix.unicodeScalars.count
        let start = s.count - length
        guard start >= p1 else { return }
        switch suffix {
        case "ogi":
            guard start >= 1, s[start - 1] == "l" else { return }
        case "li":
            guard start >= 1, Self.isValidLI(s[start - 1]) else { return }
        default:
            break
        }
        let replacement = Self.step2Rules.first { $0.0 == suffix }?.1 ?? ""
        replaceSuffix(length, with: replacement)
    }

    private static let step3Rules: [(String, String)] = [
        ("tional", "tion"), ("ational", "ate"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
        ("ical", "ic"), ("ful", ""), ("ness", ""), ("ative", ""),
    ]

    private static let step3Suffixes = SuffixSet(step3Rules.map(\.0))

    mutating func step3() {
        guard let suffix = longestSuffix(Self.step3Suffixes) else { return }
        let length = suffix.unicodeScalars.count
        let start = s.count - length
        guard start >= p1 else { return }
        if suffix == "ative", start < p2 { return }
        let replacement = Self.step3Rules.first { $0.0 == suffix }?.1 ?? ""
        replaceSuffix(length, with: replacement)
    }

    private static let step4Suffixes = SuffixSet([
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate",
        "iti", "ous", "ive", "ize", "ion",
    ])

    mutating func step4() {
        guard let suffix = longestSuffix(Self.step4Suffixes) else { return }
        let length = suffix.unicodeScalars.count
        let start = s.count - length
        guard start >= p2 else { return }
        if suffix == "ion" {
            guard start >= 1, s[start - 1] == "s" || s[start - 1] == "t" else { return }
        }
        s.removeLast(length)
    }

    mutating func step5() {
        guard let last = s.last else { return }
        let start = s.count - 1
        if last == "e" {
            if start >= p2 || (start >= p1 && !isShortSyllable(endingAt: start)) { s.removeLast() }
        } else if last == "l" {
            if start >= p2, start >= 1, s[start - 1] == "l" { s.removeLast() }
        }
    }
}

/// Suffixes to test a word against, kept as scalars so testing allocates nothing.
private struct SuffixSet {
    let names: [String]
    let scalars: [[Unicode.Scalar]]

    init(_ names: [String]) {
        self.names = names
        scalars = names.map { Array($0.unicodeScalars) }
    }
}
