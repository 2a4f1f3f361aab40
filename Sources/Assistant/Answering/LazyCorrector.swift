import Foundation
import Retrieval

/// The spelling corrector over the collection's vocabulary (body and title words) and the lay
/// vocabulary's words, made the first time a question has a word the index does not know.
/// Loading the vocabulary costs a read of the whole word table, which most questions never need.
final class LazyCorrector: @unchecked Sendable {
    private let library: Library
    /// Words of the lay vocabulary, offered at frequency 0 (the articles' own come first, and
    /// the corrector believes only one slip towards a word the articles never use).
    private let layWords: Set<String>
    private let lock = NSLock()
    private var made: SpellingCorrector?

    init(library: Library, layWords: Set<String> = []) {
        self.library = library
        self.layWords = layWords
    }

    /// The corrector; an index whose word table cannot be read gives one that corrects nothing.
    var corrector: SpellingCorrector {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        var vocabulary = (try? library.reader.words()) ?? [:]
        let analyzer = Analyzer()
        for source in library.sources {
            analyzer.forEachWord(in: source.title) { word, _ in vocabulary[word, default: 0] += 1 }
        }
        for word in layWords where vocabulary[word] == nil { vocabulary[word] = 0 }
        let corrector = SpellingCorrector(vocabulary: vocabulary)
        made = corrector
        return corrector
    }
}
