import Foundation
import Retrieval

/// Corrects misspelt question words from the collection's own vocabulary.
///
/// A word the collection knows is never changed. An unknown word is replaced by the most
/// frequent known word with the same first letter within a small edit distance (one edit for
/// words of five to seven letters, two from eight, but one only towards a word the articles
/// never use, known from the lay vocabulary at frequency 0), or by a known word that sounds the same
/// under a few English spelling rules ("vibrashun" → "vibration"), or but for one vowel and
/// within two edits ("rosasia" → "rosacea"), or, from ten letters, whose sound key is two
/// edits away ("dermagrafism" → "dermatographism"). Shorter words are left
/// alone, as too many short words are one edit from each other ("face" is not a typo of
/// "fact"), except a four-letter word that is exactly one known word with a letter other than
/// its first or last left out ("blok" → "block", but "draw" stays), with two neighbouring letters after
/// the first swapped ("pian" → "pain"), or that sounds like one ("akes" → "aches", "blox" →
/// "blocks").
public struct SpellingCorrector: Sendable {
    public static let minimumLength = 5
    public static let twoEditLength = 8
    /// Words compared by sound differ in length by at most this ("vibrashun", "vibration").
    static let soundLengthSlack = 3

    private let vocabulary: [String: Int]
    private let candidates: Candidates

    /// `vocabulary`: known words with their frequencies. Nothing is precomputed: opening costs
    /// nothing; the candidate list and the sound keys are worked out the first time a word
    /// needs them, then kept for the next ones.
    public init(vocabulary: [String: Int]) {
        self.vocabulary = vocabulary
        candidates = Candidates(vocabulary)
    }

    public func isKnown(_ word: String) -> Bool { vocabulary[word] != nil }

    /// True when the articles themselves use `word` as written (not only the lay vocabulary).
    public func isArticleWord(_ word: String) -> Bool { (vocabulary[word] ?? 0) > 0 }

    /// The correction of `word`, or nil when it is known or nothing is close enough.
    public func correction(for word: String) -> String? {
        guard vocabulary[word] == nil, word.allSatisfy({ $0.isLetter || $0 == "'" }) else { return nil }
        if let single = doubledLetterCorrection(of: word) { return single }
        // A three-letter word is read only as a word with a vowel left out ("bdy" → "body",
        // "skn" → "skin"), as people type in a hurry: "huh" is no "hugh", nor "hue" "huge".
        if word.count == Self.minimumLength - 2 {
            return missingLetterCorrection(of: Array(word.unicodeScalars), onlyVowels: true)
        }
        if word.count == Self.minimumLength - 1 {
            let letters = Array(word.unicodeScalars)
            return missingLetterCorrection(of: letters) ?? swappedLettersCorrection(of: letters) ?? swappedOpeningCorrection(of: letters)
                ?? soundCorrection(of: word, slack: 2) ?? homophoneCorrection(of: word)
        }
        guard word.count >= Self.minimumLength else { return nil }
        let letters = Array(word.unicodeScalars)
        // A word that sounds exactly like an article word two slips away was written by ear
        // ("chare" is "chair", not "care", one letter off).
        if let heard = homophoneCorrection(of: word), Self.editDistance(letters, Array(heard.unicodeScalars), limit: 2) <= 2 {
            return heard
        }
        let limit = word.count >= Self.twoEditLength ? 2 : 1
        var best: (word: String, distance: Int, frequency: Int)?
        for entry in candidates.entries where abs(entry.letters.count - letters.count) <= limit {
            // A slip is believed only behind a right first letter, which typists seldom miss:
            // "vaccines" is not "machines", nor "wealth" "health", nor "baking" "making".
            guard entry.letters.first == letters.first else { continue }
            let distance = Self.editDistance(letters, entry.letters, limit: limit)
            guard distance <= limit else { continue }
            // Two slips are believed only where they keep the word's consonants as they sound,
            // or leave some out: "herditery" is "hereditary" misheard and "dermagraphism" is
            // "dermatographism" in a hurry, but "regarding" is no slip for "reading".
            // Two slips towards a word only the lay vocabulary knows are one guess too many:
            // "mattress" is no slip for "matters".
            if distance == 2, entry.frequency == 0 { continue }
            if distance == 2, !Self.keepsConsonants(of: word, in: entry.word) { continue }
            if let b = best, (b.distance, -b.frequency, b.word) <= (distance, -entry.frequency, entry.word) { continue }
            best = (entry.word, distance, entry.frequency)
        }
        if let best { return best.word }
        if let opening = swappedOpeningCorrection(of: letters) ?? missingOpeningCorrection(of: letters) ?? neighbourOpeningCorrection(of: letters) {
            return opening
        }
        return soundCorrection(of: word, slack: Self.soundLengthSlack) ?? nearSoundCorrection(of: word)
            ?? (word.count >= Self.soundSlipLength ? soundSlipCorrection(of: word) : nil) ?? homophoneCorrection(of: word)
            ?? pluralCorrection(of: word)
    }

    /// A misspelt plural read through its singular, whose stem the plural shares: "famlys" is
    /// "famly" with an "s", and "famly" is "family" with a letter left out. Only a letter left
    /// out: a singular one letter off another word is as likely a word of its own ("shares"
    /// is no slip for "shakes").
    func pluralCorrection(of word: String) -> String? {
        guard word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > Self.minimumLength else { return nil }
        let singular = String(word.dropLast())
        guard let corrected = correction(for: singular),
              corrected.count > singular.count, Self.isSubsequence(singular, of: corrected) else { return nil }
        return corrected
    }

    /// The most frequent article word (never one only the lay vocabulary knows, nor a stop
    /// word) that sounds like `word`, spelt otherwise: "pane" → "pain", "flair" → "flare",
    /// "sines" → "signs", "hole" → "whole". The last resort, after every slip of the keys.
    /// `strictly`: only a word that sounds the same, long vowels and short told apart
    /// (`Homophone.soundsTheSame`), as for an everyday word ("pane" → "pain", "bake" stays).
    func homophoneCorrection(of word: String, strictly: Bool = false) -> String? {
        guard word.count >= Homophone.minimumLength, let key = Homophone(word) else { return nil }
        return candidates.homophones[key.skeleton]?.filter { strictly ? $0.key.soundsTheSame(key) : $0.key.soundsLike(key) }
            .max { ($0.frequency, $1.word) < ($1.frequency, $0.word) }?.word
    }

    /// The correction of a word whose stem the articles know but whose spelling they never
    /// use: the most frequent article word one slip away, with the first letter kept, when that
    /// word has another stem and the word is no plain inflection of an article word of its own
    /// stem ("sensative" is "sensitive" misspelt, not a form of "sensation"; "numbed" stays, being
    /// "numbness" with another ending, "close" stays, being the start of "closely", and "sells"
    /// stays, its stem that of "sold"). Nil otherwise.
    public func correction(ofUnseenForm word: String, stem: (String) -> String) -> String? {
        guard vocabulary[word] == nil, word.count >= Self.minimumLength, word.allSatisfy(\.isLetter) else { return nil }
        let letters = Array(word.unicodeScalars), own = stem(word)
        guard !IrregularForms.hasIrregularForms(own) else { return nil }
        let roots = [word] + Self.inflectionEndings.filter { word.hasSuffix($0) }.map { String(word.dropLast($0.count)) }
        var best: Candidates.Entry?
        for entry in candidates.entries where entry.frequency > 0 && entry.letters.first == letters.first {
            if roots.contains(where: entry.word.hasPrefix), stem(entry.word) == own { return nil }
            guard abs(entry.letters.count - letters.count) <= 1, Self.editDistance(letters, entry.letters, limit: 1) <= 1 else { continue }
            if stem(entry.word) == own { return nil }
            if let b = best, (b.frequency, entry.word) >= (entry.frequency, b.word) { continue }
            best = entry
        }
        return best?.word
    }

    /// Regular English endings: a word that is an article word's start with one of these is
    /// taken as that word inflected, not misspelt.
    static let inflectionEndings = ["s", "es", "ed", "d", "ing", "er", "est", "ly", "ness"]

    /// Words at least this long may be misspelt by ear and in a hurry at once; shorter ones
    /// (and two short words run together: "cookrice") find too many words that way ("course").
    static let soundSlipLength = 10

    /// For a long word, the most frequent known word (an article's before one only the lay
    /// vocabulary knows) whose sound key is two edits from its own, the consonants kept or some
    /// left out: misspelt by ear and in a hurry at once ("dermagrafism" sounds as
    /// "dermatographism" with "to" left out, "dermagrafia" as "dermatographia").
    func soundSlipCorrection(of word: String) -> String? {
        let key = Array(Self.phoneticKey(word).unicodeScalars)
        let skeleton = Self.consonants(of: word)
        let entries = candidates.entries
        var best: Candidates.Entry?
        for (candidateKey, positions) in candidates.soundIndex where abs(candidateKey.unicodeScalars.count - key.count) <= 2 {
            let other = Array(candidateKey.unicodeScalars)
            guard other.first == key.first, Self.editDistance(key, other, limit: 2) <= 2 else { continue }
            for entry in positions.map({ entries[$0] })
            where Self.isSubsequence(skeleton, of: Self.consonants(of: entry.word)) {
                if let b = best, (b.frequency, entry.word) >= (entry.frequency, b.word) { continue }
                best = entry
            }
        }
        return best?.word
    }

    /// The most frequent known word two letter edits away whose sound key differs from
    /// `word`'s in one vowel only: "rosasia" is "rosacea" ("rosasea") but one vowel. A vowel
    /// added or dropped ("leaking", "lacking") or a consonant changed is no such slip.
    func nearSoundCorrection(of word: String) -> String? {
        let key = Array(Self.phoneticKey(word).unicodeScalars)
        let letters = Array(word.unicodeScalars)
        var best: Candidates.Entry?
        for (candidateKey, positions) in candidates.soundIndex where Self.differInOneVowel(key, Array(candidateKey.unicodeScalars)) {
            for entry in positions.map({ candidates.entries[$0] })
            where entry.letters.first == letters.first && Self.editDistance(letters, entry.letters, limit: 2) <= 2 {
                if let b = best, (b.frequency, entry.word) >= (entry.frequency, b.word) { continue }
                best = entry
            }
        }
        return best?.word
    }

    /// True when `a` and `b` are as long and differ in exactly one place, where both have a vowel.
    static func differInOneVowel(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        guard a.count == b.count else { return false }
        let differing = a.indices.filter { a[$0] != b[$0] }
        guard differing.count == 1, let i = differing.first else { return false }
        return vowels.contains(a[i]) && vowels.contains(b[i])
    }

    static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]

    /// The most frequent known word that sounds like `word` under the sound rules, at most
    /// `slack` letters longer or shorter ("akes" → "aches", "vibrashun" → "vibration").
    func soundCorrection(of word: String, slack: Int) -> String? {
        let length = word.unicodeScalars.count
        let sounds = (candidates.soundIndex[Self.phoneticKey(word)] ?? []).map { candidates.entries[$0] }
            .filter { abs($0.letters.count - length) <= slack }
        return sounds.max { ($0.frequency, $1.word) < ($1.frequency, $0.word) }?.word
    }

    /// The known word that `word` is with one letter struck twice ("bbuy" → "buy", "bloood" →
    /// "blood"), or nil: a key held a moment too long is the commonest slip of all.
    func doubledLetterCorrection(of word: String) -> String? {
        let letters = Array(word.unicodeScalars)
        guard letters.count >= Self.minimumLength - 2 else { return nil }
        for i in letters.indices.dropFirst() where letters[i] == letters[i - 1] {
            var single = letters
            single.remove(at: i)
            let candidate = String(String.UnicodeScalarView(single))
            if vocabulary[candidate] != nil { return candidate }
        }
        return nil
    }

    /// The one known word that `letters` is with a single letter other than its last left out
    /// ("blok" → "block"), or nil when there is none or more than one;
    /// `onlyVowels`: only a vowel left out.
    func missingLetterCorrection(of letters: [Unicode.Scalar], onlyVowels: Bool = false) -> String? {
        var found: String?
        for entry in candidates.entries where entry.letters.count == letters.count + 1 {
            // Not the last letter: "draw" is a word in its own right, not a typo of "drawn"; nor
            // the first, which typists seldom miss: "rain" is not "brain", nor "hole" "whole".
            let fits = entry.letters.indices.dropFirst().dropLast().contains { skip in
                if onlyVowels, !Self.vowels.contains(entry.letters[skip]) { return false }
                var rest = entry.letters
                rest.remove(at: skip)
                return rest == letters
            }
            guard fits else { continue }
            if found != nil, found != entry.word { return nil }
            found = entry.word
        }
        return found
    }

    /// The one known word that `letters` is with two neighbouring letters swapped, the first
    /// kept ("pian" → "pain"), or nil when there is none or more than one.
    func swappedLettersCorrection(of letters: [Unicode.Scalar]) -> String? {
        var found: String?
        for i in 1..<max(1, letters.count - 1) where letters[i] != letters[i + 1] {
            var swapped = letters
            swapped.swapAt(i, i + 1)
            let word = String(String.UnicodeScalarView(swapped))
            guard vocabulary[word] != nil else { continue }
            if found != nil, found != word { return nil }
            found = word
        }
        return found
    }

    /// The article word that `letters` is with its first two letters swapped ("osre" → "sore",
    /// "ekllogg" → "kellogg"): the first letter is typed, only late. From five letters, any
    /// known word, the lay vocabulary's too ("rbuise" → "bruise", "amchine" → "machine").
    func swappedOpeningCorrection(of letters: [Unicode.Scalar]) -> String? {
        guard letters.count >= Self.minimumLength - 1, letters[0] != letters[1] else { return nil }
        var swapped = letters
        swapped.swapAt(0, 1)
        let word = String(String.UnicodeScalarView(swapped))
        return isArticleWord(word) || (letters.count >= Self.minimumLength && isKnown(word)) ? word : nil
    }

    /// The one article word that `letters` is with its first letter left out ("osacea" →
    /// "rosacea", "auses" → "causes"), for words of five letters or more, or nil.
    func missingOpeningCorrection(of letters: [Unicode.Scalar]) -> String? {
        guard letters.count >= Self.minimumLength else { return nil }
        return onlyArticleWord { $0.letters.count == letters.count + 1 && Array($0.letters.dropFirst()) == letters }
    }

    /// The most frequent article word of `minimumLetters` or more whose consonants, as they
    /// sound, are exactly those of `word`, its first letter the same and its length within two:
    /// what words dictated in pieces and run together sound like ("roseasia" → "rosacea").
    public func soundAlike(_ word: String, minimumLetters: Int) -> String? {
        let skeleton = Self.consonants(of: word), length = word.unicodeScalars.count
        guard skeleton.count >= 3, let first = word.unicodeScalars.first, let positions = candidates.consonantIndex[skeleton] else { return nil }
        let entries = candidates.entries
        return positions.map { entries[$0] }.filter {
            $0.letters.count >= minimumLetters && $0.letters.first == first && abs($0.letters.count - length) <= 2
        }
        .max { ($0.frequency, $1.word) < ($1.frequency, $0.word) }?.word
    }

    /// Article words (not words only the lay vocabulary knows) one slip from `word`, its first
    /// letter kept ("metal" → "mental", "week" → "weak") or its first letter left out ("lock" →
    /// "block", "tress" → "stress"), most frequent first: what a word that is a word in its own
    /// right may be, where its neighbours say so.
    public func realWordSlips(of word: String) -> [String] {
        let letters = Array(word.unicodeScalars)
        guard letters.count >= Self.minimumLength - 1, word.allSatisfy(\.isLetter), let first = letters.first else { return [] }
        return candidates.entries.filter { entry in
            guard entry.frequency > 0, entry.word != word, abs(entry.letters.count - letters.count) <= 1 else { return false }
            if entry.letters.first == first { return Self.editDistance(letters, entry.letters, limit: 1) <= 1 }
            return entry.letters.count == letters.count + 1 && Array(entry.letters.dropFirst()) == letters
        }
        .sorted { ($0.frequency, $1.word) > ($1.frequency, $0.word) }
        .map(\.word)
    }

    /// The one article word that `letters` is with its first letter struck on a neighbouring
    /// key ("gibro" → "fibro", "nlood" → "blood"), for words of five letters or more, or nil.
    /// A first letter from across the keyboard is no slip: "vaccines" is not "machines".
    func neighbourOpeningCorrection(of letters: [Unicode.Scalar]) -> String? {
        guard letters.count >= Self.minimumLength, let first = letters.first, let near = Self.keyNeighbours[Character(first)] else { return nil }
        let tail = Array(letters.dropFirst())
        return onlyArticleWord {
            $0.letters.count == letters.count && $0.letters.first.map { near.contains(Character($0)) } == true
                && Array($0.letters.dropFirst()) == tail
        }
    }

    /// The one article word (not one only the lay vocabulary knows) that `fits`, or nil when
    /// there is none or more than one.
    private func onlyArticleWord(_ fits: (Candidates.Entry) -> Bool) -> String? {
        let found = candidates.entries.filter { $0.frequency > 0 && fits($0) }
        return found.count == 1 ? found[0].word : nil
    }

    /// Each letter's neighbours on a QWERTY keyboard.
    static let keyNeighbours: [Character: Set<Character>] = {
        let rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"].map(Array.init)
        var near: [Character: Set<Character>] = [:]
        for (r, row) in rows.enumerated() {
            for (c, key) in row.enumerated() {
                var keys: Set<Character> = []
                if c > 0 { keys.insert(row[c - 1]) }
                if c + 1 < row.count { keys.insert(row[c + 1]) }
                // The row above sits half a key to the left, the row below half a key to the right.
                if r > 0 { for k in [c, c + 1] where k < rows[r - 1].count { keys.insert(rows[r - 1][k]) } }
                if r + 1 < rows.count { for k in [c - 1, c] where k >= 0 && k < rows[r + 1].count { keys.insert(rows[r + 1][k]) } }
                near[key] = keys
            }
        }
        return near
    }()

    /// Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent
    /// transpositions), giving up early once every path exceeds `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a == b { return 0 }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }

    /// A rough sound key: common English spellings of one sound made the same and doubled
    /// letters made single ("vibration" and "vibrashun" both give "vibrashun").
    static func phoneticKey(_ word: String) -> String {
        var w = Array(word.utf8)
        for (from, to) in soundRules { w = replacingAll(from, with: to, in: w) }
        var key: [UInt8] = []
        for byte in w where key.last != byte || key.isEmpty { key.append(byte) }
        return String(decoding: key, as: UTF8.self)
    }

    /// The sound key without its vowels: the skeleton a misspelling by ear keeps.
    static func consonants(of word: String) -> String {
        let key = phoneticKey(word).filter { !"aeiouy".contains($0) }
        var skeleton = ""
        for c in key where skeleton.last != c { skeleton.append(c) }
        return skeleton
    }

    /// True when `word`'s consonants, as they sound, are `candidate`'s with some left out, or
    /// all of them in another order: "heretidary" is "hereditary" with two letters swapped.
    static func keepsConsonants(of word: String, in candidate: String) -> Bool {
        let own = consonants(of: word), other = consonants(of: candidate)
        return isSubsequence(own, of: other) || own.sorted() == other.sorted()
    }

    /// True when `part` is `whole` with none or some of its characters left out.
    static func isSubsequence(_ part: String, of whole: String) -> Bool {
        var rest = whole[...]
        for c in part {
            guard let at = rest.firstIndex(of: c) else { return false }
            rest = rest[rest.index(after: at)...]
        }
        return true
    }

    /// Spellings of one sound, made the same in this order.
    static let soundRules: [([UInt8], [UInt8])] = [
        ("tion", "shun"), ("sion", "shun"), ("cian", "shun"), ("tious", "shous"), ("seous", "shous"), ("ph", "f"), ("ck", "k"), ("augh", "au"), ("ight", "ite"),
        ("gh", "g"),
        ("kn", "n"), ("wr", "r"), ("ch", "k"), ("acea", "asha"), ("cie", "she"), ("cio", "sho"), ("ce", "se"), ("ci", "si"),
        ("cy", "si"), ("c", "k"), ("q", "k"), ("x", "ks"), ("z", "s"), ("y", "i"), ("asia", "asha"),
        // "nautious" for "nauseous", "dauter" for "daughter" and "nite" for "night" (the first rules); "blud" for "blood",
        // "fibromyalja" for "fibromyalgia".
        ("oo", "u"), ("gia", "ja"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Every non-overlapping occurrence of `pattern`, left to right, replaced.
    static func replacingAll(_ pattern: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= pattern.count else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 4)
        var i = 0
        while i < bytes.count {
            if i + pattern.count <= bytes.count, bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                result += replacement
                i += pattern.count
            } else {
                result.append(bytes[i])
                i += 1
            }
        }
        return result
    }
}

/// The vocabulary as correction candidates (scalars worked out once) and by sound key, made on
/// first use and kept.
private final class Candidates: @unchecked Sendable {
    struct Entry {
        let word: String
        let letters: [Unicode.Scalar]
        let frequency: Int
    }

    private let vocabulary: [String: Int]
    private let lock = NSLock()
    private var madeEntries: [Entry]?
    private var madeSoundIndex: [String: [Int]]?
    private var madeConsonantIndex: [String: [Int]]?
    private var madeHomophones: [String: [(word: String, frequency: Int, key: Homophone)]]?

    init(_ vocabulary: [String: Int]) { self.vocabulary = vocabulary }

    /// Known words long enough to be offered as corrections.
    var entries: [Entry] {
        lock.lock()
        defer { lock.unlock() }
        return entriesLocked()
    }

    /// Entry positions by sound key.
    var soundIndex: [String: [Int]] {
        lock.lock()
        defer { lock.unlock() }
        if let madeSoundIndex { return madeSoundIndex }
        var index: [String: [Int]] = [:]
        for (i, entry) in entriesLocked().enumerated() where entry.letters.count >= SpellingCorrector.minimumLength {
            index[SpellingCorrector.phoneticKey(entry.word), default: []].append(i)
        }
        madeSoundIndex = index
        return index
    }

    /// Positions of the article words' entries (frequency above 0) by their consonants as they
    /// sound (`SpellingCorrector.consonants`).
    var consonantIndex: [String: [Int]] {
        lock.lock()
        defer { lock.unlock() }
        if let madeConsonantIndex { return madeConsonantIndex }
        var index: [String: [Int]] = [:]
        for (i, entry) in entriesLocked().enumerated() where entry.frequency > 0 {
            index[SpellingCorrector.consonants(of: entry.word), default: []].append(i)
        }
        madeConsonantIndex = index
        return index
    }

    /// The article words (frequency above 0, three letters or more, stop words aside) by the
    /// skeleton of their sound.
    var homophones: [String: [(word: String, frequency: Int, key: Homophone)]] {
        lock.lock()
        defer { lock.unlock() }
        if let madeHomophones { return madeHomophones }
        var index: [String: [(word: String, frequency: Int, key: Homophone)]] = [:]
        for (word, frequency) in vocabulary where frequency > 0 && word.count >= 3 && !StopWords.contains(word) {
            if let key = Homophone(word) { index[key.skeleton, default: []].append((word, frequency, key)) }
        }
        madeHomophones = index
        return index
    }

    private func entriesLocked() -> [Entry] {
        if let madeEntries { return madeEntries }
        let made = vocabulary.compactMap { word, frequency -> Entry? in
            let letters = Array(word.unicodeScalars)
            return letters.count >= SpellingCorrector.minimumLength - 1 ? Entry(word: word, letters: letters, frequency: frequency) : nil
        }
        madeEntries = made
        return made
    }
}
