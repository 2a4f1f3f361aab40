import Foundation
import Retrieval

/// Recognises questions that signal a crisis or a medical emergency, before any search.
///
/// The phrases and notices come from `emergency.txt` in the knowledge folder, so maintainers
/// can edit them (and the phone numbers, for another country). Format: `[category]` opens a
/// section; `notice: …` sets that category's notice; `@name = … | …` defines a word class for
/// every section; a phrase after `report:` counts only where the question tells of it, not
/// where it asks about it (see `ClauseMood`); every other non-comment line is a phrase,
/// matched as `PhraseList` describes (stems, `*` wildcards, misspellings, negation). The
/// section `[idioms]` holds no emergency: its phrases of plain words ("dying to know") only
/// sound like one, and their words are taken out of the question before the other sections
/// are matched.
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

    /// The name of the section of idioms that only sound like an emergency.
    public static let idiomSection = "idioms"
    /// Most idioms taken out of one question.
    static let maximumIdioms = 4

    /// Class names used by a phrase but defined nowhere in the file.
    public var undefinedClasses: [String] { Array(Set(categories.flatMap(\.phrases.undefinedClasses))).sorted() }

    public init(text: String, analyzer: Analyzer = Analyzer()) {
        let all = text.split(separator: "\n").map { String($0.trimmingBlanks) }
        // Word classes serve every section, wherever they are defined.
        let classLines = all.filter(PhraseList.isClassDefinition)
        var result: [Category] = []
        var name: String?
        var notice = ""
        var lines: [String] = []
        func flush() {
            if let name, !lines.isEmpty {
                let phrases = PhraseList(lines: lines, classLines: classLines, analyzer: analyzer)
                result.append(Category(name: name, notice: notice, phrases: phrases))
            }
        }
        for line in all {
            if line.isEmpty || line.hasPrefix("#") || PhraseList.isClassDefinition(line) { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                flush()
                name = String(line.dropFirst().dropLast())
                notice = ""
                lines = []
            } else if line.lowercased().hasPrefix("notice:") {
                notice = String(line.dropFirst("notice:".count).trimmingBlanks)
            } else {
                lines.append(line)
            }
        }
        flush()
        categories = result
    }

    /// A detector of compiled categories (read back from the rule cache).
    init(categories: [Category]) {
        self.categories = categories
    }

    /// Loads `emergency.txt` from `directory`; no categories when there is none.
    /// `analyzer`: the caller's, so that words its other files share are stemmed once.
    public static func load(from directory: URL, analyzer: Analyzer = Analyzer()) -> EmergencyDetector {
        EmergencyDetector(text: KnowledgeBase.optionalText(named: fileName, in: directory) ?? "", analyzer: analyzer)
    }

    /// The first category whose phrase occurs in `question`, or nil. `isKnown` tells from a
    /// stem whether a question word is a word in its own right (never read as a misspelling).
    public func match(_ question: String, knowing isKnown: (String) -> Bool = { _ in false }) -> Match? {
        match(Analyzer().tokens(question), of: question, knowing: isKnown)
    }

    /// The first category whose phrase occurs in an already analysed question, or nil; `text`
    /// is the question the tokens come from.
    /// A spoken contraction is read as its two words too ("I don't wanna be alive" is "I don't
    /// want to be alive").
    public func match(_ tokens: [Token], of text: String? = nil, knowing isKnown: (String) -> Bool = { _ in false }) -> Match? {
        let tokens = withoutIdioms(tokens, of: text, knowing: isKnown)
        let spelledOut = Self.spellingOut(tokens)
        for category in categories where category.name != Self.idiomSection {
            if let phrase = category.phrases.firstMatch(in: tokens, of: text, knowing: isKnown)
                ?? (spelledOut == tokens ? nil : category.phrases.firstMatch(in: spelledOut, of: text, knowing: isKnown)) {
                return Match(category: category.name, notice: category.notice, phrase: phrase)
            }
        }
        return nil
    }

    /// Spoken contractions of two words, each as the two words' tokens.
    static let spokenContractions: [String: [Token]] = {
        let analyzer = Analyzer()
        let words = ["wanna": "want to", "gonna": "going to", "gotta": "got to", "hafta": "have to", "tryna": "trying to"]
        return words.mapValues { analyzer.tokens($0) }
    }()

    /// `tokens` with each spoken contraction replaced by its two words, both where it stood.
    static func spellingOut(_ tokens: [Token]) -> [Token] {
        guard tokens.contains(where: { spokenContractions[$0.word] != nil }) else { return tokens }
        return tokens.flatMap { token in
            spokenContractions[token.word].map { words in
                words.map { Token(term: $0.term, word: $0.word, range: token.range, position: token.position, isStopWord: $0.isStopWord) }
            } ?? [token]
        }
    }

    /// `tokens` without the words of the idioms found in them ("i'm dying to know if …" keeps
    /// "i'm", "if" and the rest). An idiom is taken out only where its words stand as written
    /// in the file (stem for stem), never as a misspelling of them.
    func withoutIdioms(_ tokens: [Token], of text: String?, knowing isKnown: (String) -> Bool) -> [Token] {
        guard let idioms = categories.first(where: { $0.name == Self.idiomSection })?.phrases else { return tokens }
        var remaining = tokens
        for _ in 0..<Self.maximumIdioms {
            guard let found = idioms.firstMatch(in: remaining, of: text, knowing: isKnown, evenNegated: true),
                  let stems = idioms.plainStems(ofPhrase: found), !stems.isEmpty else { break }
            let terms = remaining.map(\.term)
            guard let start = terms.indices.first(where: { terms[$0...].starts(with: stems) }) else { break }
            remaining.removeSubrange(start..<(start + stems.count))
        }
        return remaining
    }
}
