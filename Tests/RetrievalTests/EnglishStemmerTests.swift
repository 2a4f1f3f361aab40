import Foundation
import Testing
@testable import Retrieval

@Suite struct EnglishStemmerTests {
    let stemmer = EnglishStemmer()

    @Test func stemsCommonWords() {
        #expect(stemmer.stem("hereditary") == "hereditari")
        #expect(stemmer.stem("running") == "run")
        #expect(stemmer.stem("generously") == "generous")
        #expect(stemmer.stem("dying") == "die")
        #expect(stemmer.stem("inning") == "inning")
        #expect(stemmer.stem("skies") == "sky")
    }

    @Test func reproducesSnowballReferenceVocabulary() throws {
        let dir = SharedFixtures.directory.appendingPathComponent("stemmer")
        let vocabularyURL = dir.appendingPathComponent("english-voc.txt")
        let outputURL = dir.appendingPathComponent("english-output.txt")
        guard FileManager.default.fileExists(atPath: vocabularyURL.path) else {
            print("skipped: \(vocabularyURL.path) is absent (../shared is not beside the project)")
            return
        }
        let words = try String(contentsOf: vocabularyURL, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let stems = try String(contentsOf: outputURL, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(words.count == stems.count)
        var mismatches: [String] = []
        for (word, expected) in zip(words, stems) where stemmer.stem(String(word)) != String(expected) {
            mismatches.append("\(word) → \(stemmer.stem(String(word))), expected \(expected)")
        }
        #expect(words.count >= 42_649)
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(20).joined(separator: "; "))")
    }
}
