import Foundation

/// Corrects misspelt question words from the collection's own vocabulary.
///
/// A word the collection knows is never changed. An unknown word is replaced by the most
/// frequent known word within a small edit distance (one edit for words of five to seven
/// letters, two from eight), or by a known word that sounds the same under a few English
/// spelling rules ("vibrashun" → "vibration"). Words shorter than five letters are left alone:
/// too many short words are one edit from each other.
public struct SpellingCorrector: Sendable {
    public static let minimumLength = 5
    public static let twoEditLength = 8
    /// Words compared by sound differ in length by at most this ("vibrashun", "vibration").
    static let soundLengthSlack = 3

    private let vocabulary: [String: Int]

    /// `vocabulary`: known words with their frequencies. Nothing is precomputed: opening costs
    /// nothing, and the sound keys are worked out only when a word needs them.
    public init(vocabulary: [String: Int]) {
        self.vocabulary = vocabulary
    }

    public func isKnown(_ word: String) -> Bool { vocabulary[word] != nil }

    /// The correction of `word`, or nil when it is known or nothing is close enough.
    public func correction(for word: String) -> String? {
        guard vocabulary[word] == nil, word.count >= Self.minimumLength,
              word.allSatisfy({ $0.isLetter || $0 == "'" })
        else { return nil }
        let limit = word.count >= Self.twoEditLength ? 2 : 1
        let letters = Array(word.unicodeScalars)
        var best: (word: String, distance: Int, frequency: Int)?
        for (candidate, frequency) in vocabulary {
            let c = Array(candidate.unicodeScalars)
            guard abs(c.count - letters.count) <= limit, c.count >= Self.minimumLength - 1 else { continue }
            let distance = Self.editDistance(letters, c, limit: limit)
            guard distance <= limit else { continue }
            if let b = best, (b.distance, -b.frequency, b.word) <= (distance, -frequency, candidate) { continue }
            best = (candidate, distance, frequency)
        }
        if let best { return best.word }
        let key = Self.phoneticKey(word)
        let sounds = vocabulary.keys.filter {
            $0.count >= Self.minimumLength && abs($0.count - word.count) <= Self.soundLengthSlack && Self.phoneticKey($0) == key
        }
        return sounds.max { (vocabulary[$0] ?? 0, $1) < (vocabulary[$1] ?? 0, $0) }
    }

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
        var w = word
        let rules: [(String, String)] = [
            ("tion", "shun"), ("sion", "shun"), ("cian", "shun"), ("ph", "f"), ("ck", "k"), ("gh", "g"),
            ("kn", "n"), ("wr", "r"), ("ce", "se"), ("ci", "si"), ("cy", "si"), ("c", "k"), ("q", "k"),
            ("x", "ks"), ("z", "s"), ("y", "i"),
        ]
        for (from, to) in rules { w = w.replacingOccurrences(of: from, with: to) }
        var key = ""
        for (i, ch) in w.enumerated() {
            if i > 0, key.last == ch { continue }
            key.append(ch)
        }
        return key
    }
}
