import Foundation
import TestSupport
import Retrieval
import Testing
@testable import Assistant

/// The compiled rule files: their byte form, and the cache of them kept in the index.
@Suite struct CompiledRulesTests {
    static let knowledge = SharedFixtures.projectRoot.appendingPathComponent("knowledge")

    static func bundledTexts() -> CompiledRules.Texts {
        func text(_ name: String) -> String { KnowledgeBase.optionalText(named: name, in: knowledge) ?? "" }
        return CompiledRules.Texts(lexicon: text(Lexicon.fileName) + "\nwbvt | whole body vibration therapy",
                                   emergency: text(EmergencyDetector.fileName), doctorOnly: text(Answerer.doctorOnlyFileName))
    }

    @Test func theBundledRulesReadBackAsCompiled() throws {
        let texts = Self.bundledTexts()
        let compiled = CompiledRules.compile(texts, analyzer: Analyzer())
        #expect(!compiled.lexicon.isEmpty && !compiled.emergency.categories.isEmpty && !compiled.doctorOnly.isEmpty)
        let bytes = compiled.bytes(key: texts.key)
        let read = try CompiledRules(bytes: bytes, key: texts.key, analyzer: Analyzer())
        // Every stored part is written, so equal bytes mean equal rules.
        #expect(read.bytes(key: texts.key) == bytes)
        let question = Analyzer().tokens("does fibro run in families, I want to die")
        #expect(read.lexicon.expansions(of: question) == compiled.lexicon.expansions(of: question))
        #expect(read.emergency.match(question) == compiled.emergency.match(question))
        #expect(read.emergency.match(question) != nil)
        #expect(read.lexicon.words == compiled.lexicon.words)
    }

    @Test func bytesUnderAnotherKeyOrDamagedAreRefused() throws {
        let texts = Self.bundledTexts()
        let bytes = CompiledRules.compile(texts, analyzer: Analyzer()).bytes(key: texts.key)
        #expect(throws: RuleBytesError.self) { try CompiledRules(bytes: bytes, key: texts.key + "x", analyzer: Analyzer()) }
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
            #expect(throws: RuleBytesError.self) { try CompiledRules(bytes: Array(bytes[..<length]), key: texts.key, analyzer: Analyzer()) }
        }
        // A changed byte fails the digest (or the key) and is refused.
        var random = SplitMix64(seed: 7)
        for _ in 0..<200 {
            var damaged = bytes
            let at = random.below(damaged.count)
            damaged[at] ^= UInt8(1 + random.below(255))
            #expect(throws: RuleBytesError.self) { try CompiledRules(bytes: damaged, key: texts.key, analyzer: Analyzer()) }
        }
    }

    @Test func theKeyChangesWithEveryText() {
        let texts = Self.bundledTexts()
        let keys = [texts.key,
                    CompiledRules.Texts(lexicon: texts.lexicon + " ", emergency: texts.emergency, doctorOnly: texts.doctorOnly).key,
                    CompiledRules.Texts(lexicon: texts.lexicon, emergency: texts.emergency + " ", doctorOnly: texts.doctorOnly).key,
                    CompiledRules.Texts(lexicon: texts.lexicon, emergency: texts.emergency, doctorOnly: texts.doctorOnly + " ").key]
        #expect(Set(keys).count == keys.count)
    }

    @Test func theIndexKeepsTheRulesUntilARuleFileChanges() throws {
        let dir = Scratch.path("fibroqa-rules")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "# Sleep\n\nAdults need about seven hours of sleep.\n".write(to: dir.appendingPathComponent("sleep.md"), atomically: true, encoding: .utf8)
        try "snooze | sleep\n".write(to: dir.appendingPathComponent(Lexicon.fileName), atomically: true, encoding: .utf8)
        let index = dir.appendingPathComponent("index.sqlite").path
        let first = try Library.open(knowledge: dir, indexPath: index)
        #expect(try Answerer(library: first).answer("snooze").status == .answered)
        let cached = try #require(try first.reader.metadataBytes(CompiledRules.cacheKey))
        // Read back from the cache, the same rules answer the same.
        let second = try Library.open(knowledge: dir, indexPath: index)
        #expect(try Answerer(library: second).answer("snooze").status == .answered)
        #expect(try second.reader.metadataBytes(CompiledRules.cacheKey) == cached)
        // Edited rule files are compiled again, not read from the stale cache.
        try "nap time | sleep\n".write(to: dir.appendingPathComponent(Lexicon.fileName), atomically: true, encoding: .utf8)
        try "[crisis]\nnotice: Call for help now.\npurple elephant\n".write(to: dir.appendingPathComponent(EmergencyDetector.fileName),
                                                                            atomically: true, encoding: .utf8)
        let edited = try Answerer(library: Library.open(knowledge: dir, indexPath: index))
        #expect(edited.answer("snooze").status != .answered)
        #expect(edited.answer("I see a purple elephant").status == .emergency)
        #expect(try edited.library.reader.metadataBytes(CompiledRules.cacheKey) != cached)
    }
}
