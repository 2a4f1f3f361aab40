import Foundation

/// Turns text into tokens; the one analyser shared by indexing and querying, so both sides agree.
///
/// A word is a run of letters and digits; an apostrophe between letters stays inside the word
/// ("don't"), anything else separates words ("hand-held" is "hand", "held"). Words are folded
/// (lower case, accents and typographic apostrophes removed, "×" read as "x" so "8×8" matches
/// "8x8"), irregular forms are taken back to their base word ("drawn" → "draw"), British
/// "-ise" is spelt "-ize" ("recognised" as "recognized"), and the result is stemmed with
/// Snowball English (but for a few words kept apart from an unrelated word's stem). Each token
/// keeps its UTF-8 range in the source, so callers can point back into the original text.
public struct Analyzer: Sendable {
    /// Words longer than this are not indexed (they are URLs, hashes or noise, never questions).
    public static let maximumWordLength = 48

    /// Bumped whenever analysis changes in a way that makes a stored index stale.
    public static let version = 24

    private let stemmer = EnglishStemmer()
    /// Stems worked out by `tokens(_:)`, shared by every copy of this analyser: stemming is the
    /// costly step, and answering analyses the same passages question after question.
    private let memo = StemMemo()

    public init() {}

    /// Every word of `text`, stop words included (flagged).
    public func tokens(_ text: String) -> [Token] {
        var result: [Token] = []
        forEachWord(in: text) { word, range in
            let term = memo.stem(word) { stem($0) }
            result.append(Token(term: term, word: word, range: range, position: result.count,
                                isStopWord: isStopWord(word, stem: term)))
        }
        return result
    }

    /// True for a folded word that carries no meaning for search: a stop word, a form of one
    /// (its `stem` is a stop word: "ups", "gets", "knows"), or a lone letter.
    public func isStopWord(_ word: String, stem: String) -> Bool {
        StopWords.contains(word) || StopWords.contains(stem) || Self.isLoneLetter(word)
    }

    /// The content terms of `text`: stop words removed, stems only.
    public func terms(_ text: String) -> [String] {
        tokens(text).filter { !$0.isStopWord }.map(\.term)
    }

    /// The term of one already folded word: the stem of its base word, in one spelling.
    public func stem(_ word: String) -> String {
        Self.keptApart[word] ?? stemmer.stem(IrregularForms.base(of: word) ?? SpellingVariants.american(word) ?? word)
    }

    /// Words the stemmer would give the stem of an unrelated word, with a term of their own:
    /// one's relatives are not what is "related" ("relat"), nor an experiment an "experience"
    /// ("experi"), nor physics what is "physical" ("physic").
    static let keptApart: [String: String] = [
        "relative": "relativ", "relatives": "relativ",
        "experiment": "experiment", "experiments": "experiment", "experimental": "experiment",
        "experimented": "experiment", "experimenting": "experiment", "physics": "physics",
    ]

    /// Calls `body` with each folded word of `text` and its UTF-8 range.
    public func forEachWord(in text: String, _ body: (String, Range<Int>) -> Void) {
        forEachFoldedWord(in: text) { bytes, range in body(String(decoding: bytes, as: UTF8.self), range) }
    }

    /// Calls `body` with the UTF-8 bytes of each folded word of `text` (valid during the call
    /// only) and its range: the allocation-free form the indexer uses.
    public func forEachFoldedWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            WordScanner.scan(bytes) { word, scalars, range in
                if scalars <= Self.maximumWordLength { body(word, range) }
            }
        }
        if scanned == nil {
            var contiguous = text
            contiguous.makeContiguousUTF8()
            forEachFoldedWord(in: contiguous, body)
        }
    }
}

extension Analyzer {
    /// A single letter ("a", "c") says nothing; a single digit ("8") may.
    static func isLoneLetter(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        guard scalars.count == 1, let only = scalars.first else { return false }
        return only.properties.numericType == nil
    }
}

/// A bounded memo of word → stem, safe to share between threads.
final class StemMemo: @unchecked Sendable {
    /// Past this many words the memo starts again (it only saves work, never changes a result).
    static let capacity = 100_000
    private var stems: [String: String] = [:]
    private let lock = NSLock()

    func stem(_ word: String, _ make: (String) -> String) -> String {
        lock.lock()
        let known = stems[word]
        lock.unlock()
        if let known { return known }
        let made = make(word)
        lock.lock()
        if stems.count >= Self.capacity { stems.removeAll(keepingCapacity: true) }
        stems[word] = made
        lock.unlock()
        return made
    }
}
