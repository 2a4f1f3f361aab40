import Foundation
import Retrieval

/// Tells a clause that reports what is happening ("my husband collapsed", "is my dad having a
/// stroke") from one that asks about a subject ("can ketamine cause seizures", "what if I
/// faint"), for phrases that signal an emergency only when reported.
///
/// A clause runs from one punctuation mark (`,` `.` `!` `?` `;` `:`) to the next. After its
/// fillers ("help", "please", "hi"), a clause asks when it opens on a question word or a
/// modal ("how", "what", "can", "does", "if"), or on "is"/"are" before a subject that is
/// not a person ("is a heart attack …", but not "is my husband …"); otherwise it reports.
enum ClauseMood {
    static let fillers: Set<String> = ["help", "please", "hi", "hey", "hello", "ok", "okay", "so", "um", "uh", "omg", "oh", "urgent",
                                       "quick", "and", "but", "yes", "no"]
    static let askingOpeners: Set<String> = ["can", "could", "will", "would", "should", "may", "might", "does", "do", "how", "what",
                                             "what's", "whats", "why", "when", "which", "who", "where", "if", "is", "are", "was", "were",
                                             // Asked expecting yes ("won't ketamine make me unconscious"); not
                                             // "can't", which reports ("can't wake him, he's unconscious").
                                             "won't", "wont", "wouldn't", "shouldn't", "couldn't", "doesn't", "don't", "didn't",
                                             "isn't", "aren't", "wasn't", "weren't"]
    /// Openers that ask only about a subject that is not a person: "is my husband …" reports.
    static let copulas: Set<String> = ["is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't"]
    static let people: Set<String> = ["i", "i'm", "im", "my", "me", "he", "she", "he's", "she's", "his", "her", "someone", "somebody",
                                      "we", "our", "they", "their", "you", "your"]
    static let boundaries: Set<UInt8> = Set(",.!?;:".utf8)

    /// For each token, true when its clause reports.
    static func reports(_ tokens: [Token], in text: String?) -> [Bool] {
        var result = [Bool](repeating: true, count: tokens.count)
        let bytes = text.map { Array($0.utf8) }
        var start = 0
        while start < tokens.count {
            var end = start + 1
            while end < tokens.count, !startsClause(end, tokens, bytes) { end += 1 }
            let mood = reportsClause(tokens[start..<end])
            for i in start..<end { result[i] = mood }
            start = end
        }
        return result
    }

    /// True when punctuation stands between token `index` and the one before it.
    private static func startsClause(_ index: Int, _ tokens: [Token], _ bytes: [UInt8]?) -> Bool {
        guard let bytes else { return false }
        let gap = tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound
        guard gap.lowerBound >= 0, gap.upperBound <= bytes.count, !gap.isEmpty else { return false }
        return bytes[gap].contains { boundaries.contains($0) }
    }

    private static func reportsClause(_ clause: ArraySlice<Token>) -> Bool {
        let words = clause.map(\.word).drop { fillers.contains($0) }
        guard let first = words.first else { return true }
        guard askingOpeners.contains(first) else { return true }
        guard copulas.contains(first), let second = words.dropFirst().first else { return false }
        return people.contains(second)
    }
}
