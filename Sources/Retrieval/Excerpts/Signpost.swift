/// Recognises a sentence that announces what the text is about to discuss ("Below we will
/// examine …", "In this article, we're going to take a look at …") or sends the reader
/// elsewhere ("For more information, visit …") instead of saying something itself. Like a
/// question, it restates the reader's topic without answering it.
public enum Signpost {
    /// Word sequences by which a writer points at the text itself or at what comes next.
    static let pointers: [[String]] = [
        ["this", "article"], ["this", "post"], ["following", "article"], ["following", "post"],
        ["below", "we"], ["keep", "reading"], ["read", "on"], ["continue", "reading"], ["closer", "look"],
        ["for", "more", "information"], ["listed", "below"], ["here", "are", "some"], ["here", "are", "just"],
    ]
    /// Openings of a plan ("we are going to", "let us") ...
    static let plans: [[String]] = [
        ["let", "us"], ["let's"], ["we", "will"], ["we'll"], ["we", "are", "going", "to"], ["we're", "going", "to"],
    ]
    /// ... that announce when one of these verbs follows within `planReach` words.
    static let discourseVerbs: Set<String> = [
        "address", "answer", "consider", "cover", "describe", "discuss", "discussing", "examine", "explain",
        "explore", "go", "look", "review", "start", "take", "talk",
    ]
    static let planReach = 3

    /// True when the sentence with these lower-cased words (stop words included) announces.
    public static func announces(_ words: [String]) -> Bool {
        for start in words.indices {
            if pointers.contains(where: { matches($0, words, at: start) }) { return true }
            for plan in plans where matches(plan, words, at: start) {
                let after = words.dropFirst(start + plan.count).prefix(planReach)
                if after.contains(where: discourseVerbs.contains) { return true }
            }
        }
        return false
    }

    private static func matches(_ sequence: [String], _ words: [String], at start: Int) -> Bool {
        start + sequence.count <= words.count && zip(sequence, words[start...]).allSatisfy { $0 == $1 }
    }
}
