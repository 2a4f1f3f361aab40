import Foundation
import Retrieval

/// Recognises questions that signal a crisis or a medical emergency, before any search.
///
/// The phrases and notices come from `emergency.txt` in the knowledge folder, so maintainers
/// can edit them (and the phone numbers, for another country). Format: `[category]` opens a
/// section; `notice: …` sets that category's notice; every other non-comment line is a phrase,
/// matched as `PhraseList` describes (stems, `*` wildcards, misspellings, negation).
public struct EmergencyDetector: Sendable {
    public static let fileName = "emergency.txt"

    /// A category of emergency with its notice and phrases.
    public struct Category: Sendable {
        public let name: String
        public let notice: String
        let phrases: PhraseList
    }

    /// A recognised emergency: which category and the phrase that matched.
    public struct Match: Sendable, Equatable {
        public let category: String
        public let notice: String
        public let phrase: String
    }

    public let categories: [Category]

    public init(text: String, analyzer: Analyzer = Analyzer()) {
        var result: [Category] = []
        var name: String?
        var notice = ""
        var lines: [String] = []
        func flush() {
            if let name, !lines.isEmpty {
                result.append(Category(name: name, notice: notice, phrases: PhraseList(lines: lines, analyzer: analyzer)))
            }
        }
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                flush()
                name = String(line.dropFirst().dropLast())
                notice = ""
                lines = []
            } else if line.lowercased().hasPrefix("notice:") {
                notice = line.dropFirst("notice:".count).trimmingCharacters(in: .whitespaces)
            } else {
                lines.append(line)
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
        match(Analyzer().tokens(question))
    }

    /// The first category whose phrase occurs in an already analysed question, or nil.
    public func match(_ tokens: [Token]) -> Match? {
        for category in categories {
            if let phrase = category.phrases.firstMatch(in: tokens) {
                return Match(category: category.name, notice: category.notice, phrase: phrase)
            }
        }
        return nil
    }
}
