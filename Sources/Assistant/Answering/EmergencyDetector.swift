import Foundation
import Retrieval

/// Recognises questions that signal a crisis or a medical emergency, before any search.
///
/// The phrases and notices come from `emergency.txt` in the knowledge folder, so maintainers
/// can edit them (and the phone numbers, for another country). Format: `[category]` opens a
/// section; `notice: …` sets that category's notice; every other non-comment line is a phrase.
/// Phrases match the question's analysed words in order (so "kills myself" matches "kill
/// myself"); `*` in a phrase stands for up to three words.
public struct EmergencyDetector: Sendable {
    public static let fileName = "emergency.txt"
    static let wildcardSpan = 3

    /// A category of emergency with its notice and phrases.
    public struct Category: Sendable {
        public let name: String
        public let notice: String
        let phrases: [[String]]
    }

    /// A recognised emergency: which category and the phrase that matched.
    public struct Match: Sendable, Equatable {
        public let category: String
        public let notice: String
        public let phrase: String
    }

    public let categories: [Category]
    private let analyzer: Analyzer

    public init(text: String, analyzer: Analyzer = Analyzer()) {
        self.analyzer = analyzer
        var result: [Category] = []
        var name: String?
        var notice = ""
        var phrases: [[String]] = []
        func flush() {
            if let name, !phrases.isEmpty { result.append(Category(name: name, notice: notice, phrases: phrases)) }
        }
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                flush()
                name = String(line.dropFirst().dropLast())
                notice = ""
                phrases = []
            } else if line.lowercased().hasPrefix("notice:") {
                notice = line.dropFirst("notice:".count).trimmingCharacters(in: .whitespaces)
            } else {
                let words = line.split(separator: " ").flatMap { part -> [String] in
                    part == "*" ? ["*"] : analyzer.tokens(String(part)).map(\.term)
                }
                if !words.isEmpty { phrases.append(words) }
            }
        }
        flush()
        categories = result
    }

    /// Loads `emergency.txt` from `directory`; no categories when there is none.
    public static func load(from directory: URL) -> EmergencyDetector {
        EmergencyDetector(text: KnowledgeBase.optionalText(named: fileName, in: directory) ?? "")
    }

    /// The first category whose phrase occurs in `question`, or nil.
    public func match(_ question: String) -> Match? {
        let stems = analyzer.tokens(question).map(\.term)
        for category in categories {
            for phrase in category.phrases where Self.occurs(phrase, in: stems) {
                return Match(category: category.name, notice: category.notice, phrase: phrase.joined(separator: " "))
            }
        }
        return nil
    }

    static func occurs(_ phrase: [String], in words: [String]) -> Bool {
        (0..<max(words.count, 1)).contains { matches(phrase[...], words[$0...]) }
    }

    private static func matches(_ phrase: ArraySlice<String>, _ words: ArraySlice<String>) -> Bool {
        guard let first = phrase.first else { return true }
        if first == "*" {
            return (0...wildcardSpan).contains { skip in
                skip <= words.count && matches(phrase.dropFirst(), words.dropFirst(skip))
            }
        }
        guard let word = words.first, word == first else { return false }
        return matches(phrase.dropFirst(), words.dropFirst())
    }
}
