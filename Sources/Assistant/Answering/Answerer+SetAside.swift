import Retrieval

extension Answerer {
    /// Words that set aside what follows them: "what else can nerve blocks help with besides
    /// pain" asks about everything but the pain.
    static let settingAside: [[String]] = [
        ["besides"], ["except"], ["excluding"], ["other", "than"], ["apart", "from"], ["aside", "from"],
    ]

    /// Small words that may stand between a setting-aside word and what it sets aside ("besides
    /// the pain", "apart from my aches").
    static let setAsideLeaders: Set<String> = ["the", "a", "an", "my", "your", "his", "her", "their", "our", "just", "only"]

    /// The UTF-8 offsets of the words a question sets aside: the run of content words right
    /// after "besides", "other than", "apart from" and the like ("besides muscle pain"), up to
    /// the next small word or punctuation.
    static func setAsideOffsets(_ tokens: [Token], in text: String) -> Set<Int> {
        let words = tokens.map(\.word)
        let bytes = Array(text.utf8)
        var found: Set<Int> = []
        for start in words.indices {
            guard let marker = settingAside.first(where: { words[start...].starts(with: $0) }) else { continue }
            var i = start + marker.count
            while i < tokens.count, setAsideLeaders.contains(words[i]) { i += 1 }
            var first = true
            while i < tokens.count, !tokens[i].isStopWord {
                if !first, !gap(before: i, in: tokens, bytes).allSatisfy({ $0 == UInt8(ascii: " ") }) { break }
                found.insert(tokens[i].range.lowerBound)
                first = false
                i += 1
            }
        }
        return found
    }
}
