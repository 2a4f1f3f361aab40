import Foundation
import TestSupport
import Testing
@testable import Assistant
import Retrieval

@Suite struct LibraryTests {
    func makeKnowledge() throws -> URL {
        let dir = Scratch.path("fibroqa-lib")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "# Sleep\n\nAdults need about seven hours of sleep.\n".write(to: dir.appendingPathComponent("sleep.md"), atomically: true, encoding: .utf8)
        try "# Water\n\nDrink eight glasses of water.\n".write(to: dir.appendingPathComponent("water.md"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func buildsOnFirstUseThenReusesTheIndex() throws {
        let dir = try makeKnowledge()
        let index = dir.appendingPathComponent("index.sqlite").path
        let first = try Library.open(knowledge: dir, indexPath: index)
        #expect(first.buildReport?.reason == "first use")
        #expect(first.buildReport?.articles == 2)
        let second = try Library.open(knowledge: dir, indexPath: index)
        #expect(second.buildReport == nil)
    }

    @Test func rebuildsWhenAKnowledgeFileChangesIsAddedOrRemoved() throws {
        let dir = try makeKnowledge()
        let index = dir.appendingPathComponent("index.sqlite").path
        _ = try Library.open(knowledge: dir, indexPath: index)
        try "# Water\n\nDrink plenty of fluids, especially juice.\n".write(to: dir.appendingPathComponent("water.md"), atomically: true, encoding: .utf8)
        let changed = try Library.open(knowledge: dir, indexPath: index)
        #expect(changed.buildReport?.reason == "knowledge changed")
        #expect(try Answerer(library: changed).answer("juice").quotes.first?.excerpt.contains("juice") == true)
        try "# Ketamine\n\nKetamine infusions help.\n".write(to: dir.appendingPathComponent("ketamine.md"), atomically: true, encoding: .utf8)
        #expect(try Library.open(knowledge: dir, indexPath: index).sources.count == 3)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("sleep.md"))
        #expect(try Library.open(knowledge: dir, indexPath: index).sources.map(\.title) == ["Ketamine", "Water"])
    }

    @Test func aDamagedIndexIsRebuilt() throws {
        let dir = try makeKnowledge()
        let index = dir.appendingPathComponent("index.sqlite").path
        _ = try Library.open(knowledge: dir, indexPath: index)
        try Data(repeating: 0x5A, count: 4096).write(to: URL(fileURLWithPath: index))
        let reopened = try Library.open(knowledge: dir, indexPath: index)
        #expect(reopened.buildReport != nil)
        #expect(try Answerer(library: reopened).answer("glasses of water").status == .answered)
    }

    @Test func touchingAFileWithoutChangingItDoesNotRebuild() throws {
        let dir = try makeKnowledge()
        let index = dir.appendingPathComponent("index.sqlite").path
        _ = try Library.open(knowledge: dir, indexPath: index)
        let file = dir.appendingPathComponent("water.md")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: file.path)
        #expect(try Library.open(knowledge: dir, indexPath: index).buildReport == nil)
    }

    @Test func theRecordedFileListRoundTripsOddNamesAndRejectsDamage() {
        let files = [
            Library.RecordedFile(name: "plain.md", size: 12, modified: 1_764_000_000.123456, hash: "abc"),
            Library.RecordedFile(name: "100%\ttab\nline %41.md", size: 0, modified: 0.1 + 0.2, hash: "def"),
            Library.RecordedFile(name: "ünï.md", size: 7, modified: -1, hash: ""),
            Library.RecordedFile(name: "acronyms.md", size: 9, modified: 2, hash: "f0", acronyms: ["cfs | chronic fatigue syndrome", "a;b | 50% odd"],
                                 problem: "article 'acronyms.md' has the same title as 'x.md'; both are kept"),
        ]
        #expect(Library.RecordedFile.decodeList(Library.RecordedFile.encodeList(files)) == files)
        #expect(Library.RecordedFile.decodeList("name\tnot-a-size\t1\thash\t\t") == nil)
        #expect(Library.RecordedFile.decodeList("too\tfew") == nil)
    }

    /// Forty articles of seeded random words, so a few changes stay under the in-place share.
    func makeLargeKnowledge() throws -> URL {
        let dir = Scratch.path("fibroqa-lib-large")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var random = SeededWords(state: 3)
        for i in 0..<40 {
            try random.article(title: "Article \(i)").write(to: dir.appendingPathComponent(String(format: "a%02d.md", i)),
                                                           atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func aFewChangesInALargeCollectionAreAppliedInPlaceAndRankAsARebuild() throws {
        let dir = try makeLargeKnowledge()
        let index = dir.appendingPathComponent("index.sqlite").path
        _ = try Library.open(knowledge: dir, indexPath: index)
        var random = SeededWords(state: 99)
        try random.article(title: "Changed").write(to: dir.appendingPathComponent("a03.md"), atomically: true, encoding: .utf8)
        try (random.article(title: "Added") + "\nCognitive behavioural therapy (CBT) and zyzzyva.\n")
            .write(to: dir.appendingPathComponent("added.md"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("a07.md"))
        let updated = try Library.open(knowledge: dir, indexPath: index)
        let counts = try #require(updated.buildReport?.updated)
        #expect(counts == (1, 1, 1))
        let rebuilt = try Library.open(knowledge: dir, indexPath: dir.appendingPathComponent("rebuilt.sqlite").path)
        #expect(rebuilt.buildReport?.updated == nil)

        #expect(updated.sources.map(\.title) == rebuilt.sources.map(\.title))
        #expect(updated.acronyms == rebuilt.acronyms)
        #expect(updated.acronyms.contains("cbt | cognitive behavioural therapy"))
        #expect(try updated.reader.words() == rebuilt.reader.words())
        #expect(updated.reader.passageCount == rebuilt.reader.passageCount)
        #expect(abs(updated.reader.averageLength - rebuilt.reader.averageLength) < 1e-9)
        let before = Searcher(reader: updated.reader)
        let after = Searcher(reader: rebuilt.reader)
        for _ in 0..<60 {
            let query = (0..<(1 + random.below(3))).map { _ in QueryTerm(term: Analyzer().stem(random.word())) } + [QueryTerm(term: "zyzzyva")]
            #expect(try ranked(before.search(query, limit: 10), updated) == ranked(after.search(query, limit: 10), rebuilt))
        }
        let gone = try Answerer(library: updated).answer(try String(contentsOf: dir.appendingPathComponent("a03.md"), encoding: .utf8))
        #expect(gone.quotes.allSatisfy { $0.title != "Article 3" })
    }

    @Test func aLargeCollectionIsCountedNotListedWhenNothingMatches() throws {
        let dir = try makeLargeKnowledge()
        let library = try Library.open(knowledge: dir, indexPath: dir.appendingPathComponent("index.sqlite").path)
        let answer = try Answerer(library: library).answer("qwzx plokm")
        #expect(answer.status == .noMatch)
        #expect(answer.topics.isEmpty)
        #expect(answer.lead?.contains("40 topics") == true)
    }

    /// Hits as (passage text, score rounded to 1e-9), ordered so ties compare equal whatever
    /// passage ids they carry.
    func ranked(_ hits: [SearchHit], _ library: Library) throws -> [String] {
        try hits.map { hit in "\((hit.score * 1e9).rounded() / 1e9) \(try library.reader.passage(hit.passage).text)" }.sorted()
    }
}

/// Seeded words from a small vocabulary, for articles whose terms overlap a lot.
struct SeededWords {
    /// The fuzz tests' generator, so every run is reproducible.
    var source: FuzzInput

    init(state: UInt64) { source = FuzzInput(seed: state) }

    static let vocabulary = ["pain", "sleep", "fatigue", "muscle", "joint", "stiffness", "morning", "exercise", "water",
                             "diet", "stress", "nerve", "signal", "brain", "tender", "point", "doctor", "therapy",
                             "massage", "heat", "cold", "weather", "memory", "fog", "mood", "anxiety", "walk", "swim"]

    mutating func below(_ n: Int) -> Int { source.below(n) }

    mutating func word() -> String { Self.vocabulary[below(Self.vocabulary.count)] }

    mutating func article(title: String) -> String {
        var text = "# \(title)\n"
        for section in 0..<(1 + below(3)) {
            text += "\n## \(word().capitalized) \(section)\n"
            for _ in 0..<(1 + below(4)) {
                text += "\n" + (0..<(5 + below(25))).map { _ in word() }.joined(separator: " ") + ".\n"
            }
        }
        return text
    }
}
