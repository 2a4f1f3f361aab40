/// The kind of fact a question asks for, told by its interrogative ("when", "how long"), and
/// whether a sentence states one. Used to prefer the sentence that holds the asked-for fact.
public enum AnswerType: String, Sendable {
    case none
    /// "when", "what year": a year or a month.
    case time
    /// "how long": an amount of time ("fifteen minutes", "3 months").
    case duration
    /// "how much", "how many", "how often": a number.
    case quantity
    /// "what is X", "what does X mean": a sentence saying what X is ("X is…", "X refers to…").
    case definition

    /// Words that, right after a searched word, introduce what it is.
    static let definingWords: Set<String> = ["is", "are", "refers", "means", "describes", "involves", "consists"]

    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "hundreds", "thousand", "million",
        "half", "few", "several", "once", "twice",
    ]
    static let timeUnits: Set<String> = [
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
        "months", "year", "years", "night", "nights", "decade", "decades",
    ]
    static let months: Set<String> = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// The answer type of a question, from its leading words.
    public static func of(question words: [String]) -> AnswerType {
        for (i, word) in words.enumerated() {
            let next = i + 1 < words.count ? words[i + 1] : ""
            switch (word, next) {
            case ("when", _), ("what", "year"), ("which", "year"): return .time
            case ("how", "long"): return .duration
            case ("how", "much"), ("how", "many"), ("how", "often"): return .quantity
            case ("what", "is"), ("what", "are"), ("what", "does"), ("what's", _), ("whats", _), ("define", _), ("meaning", "of"):
                return i == 0 || words[i - 1] == "so" ? .definition : .none
            default: continue
            }
        }
        return .none
    }

    /// True when the folded words of a sentence state this kind of fact; `searched[i]` tells
    /// whether `words[i]` matched a query term.
    public func isStated(by words: [String], searched: [Bool] = []) -> Bool {
        switch self {
        case .none:
            return false
        case .definition:
            return words.indices.dropLast().contains { i in
                i < searched.count && searched[i] && Self.definingWords.contains(words[i + 1])
            }
        case .time:
            return words.contains { w in
                Self.months.contains(w) || (w.count == 4 && Int(w).map { (1000...2099).contains($0) } == true)
            }
        case .duration:
            return words.indices.contains { i in
                Self.timeUnits.contains(words[i]) && (max(0, i - 2)..<i).contains { Self.isNumber(words[$0]) }
            }
        case .quantity:
            return words.contains(where: Self.isNumber)
        }
    }

    static func isNumber(_ word: String) -> Bool {
        numberWords.contains(word) || (word.first?.isNumber == true)
    }
}
