import Foundation
import Retrieval

/// The maintainers' rule files compiled for answering: the lexicon (with the acronyms the
/// articles define), the emergency phrases and the doctor-only phrases.
///
/// Compiling analyses and stems every word of some two thousand lines, most of the time a
/// one-question run would spend; so the compiled form is kept in the index, under a key made
/// from the texts it was compiled from, and read back while those texts stay the same.
struct CompiledRules: Sendable {
    let lexicon: Lexicon
    let emergency: EmergencyDetector
    let doctorOnly: PhraseList

    /// The texts the rules are compiled from.
    struct Texts: Sendable {
        /// `lexicon.txt` and the acronym lines, as one lexicon.
        let lexicon: String
        let emergency: String
        let doctorOnly: String

        /// Names what compiling these texts gives: the byte layout, the analyser (which makes
        /// the stems) and a digest of the texts.
        var key: String {
            var bytes = Array(lexicon.utf8)
            for text in [emergency, doctorOnly] {
                bytes.append(0)
                bytes.append(contentsOf: text.utf8)
            }
            return "\(CompiledRules.layoutVersion).\(Analyzer.version).\(bytes.count).\(ContentHash.hex(bytes))"
        }
    }

    /// Bumped when the byte layout of the compiled rules, or what a rule type stores, changes.
    static let layoutVersion = 2
    /// The metadata key of the cached rules in the index.
    static let cacheKey = "compiled_rules"

    /// Compiles `texts`, the lexicon on one core and the phrase lists on the other; one
    /// analyser for all, so the words they share are stemmed once.
    static func compile(_ texts: Texts, analyzer: Analyzer) -> CompiledRules {
        let compiled = Parts()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                compiled.lexicon = Lexicon(text: texts.lexicon, analyzer: analyzer)
            } else {
                compiled.emergency = EmergencyDetector(text: texts.emergency, analyzer: analyzer)
                compiled.doctorOnly = PhraseList(lines: PhraseList.phraseLines(of: texts.doctorOnly), analyzer: analyzer)
            }
        }
        return CompiledRules(lexicon: compiled.lexicon ?? Lexicon(text: ""), emergency: compiled.emergency ?? EmergencyDetector(text: ""),
                             doctorOnly: compiled.doctorOnly ?? PhraseList(lines: []))
    }

    /// What the two halves of `compile` build, each written by one of them only.
    private final class Parts: @unchecked Sendable {
        var lexicon: Lexicon?
        var emergency: EmergencyDetector?
        var doctorOnly: PhraseList?
    }

    /// The rules compiled from `texts`: read from the cache in `reader`'s index when it holds
    /// them under the texts' key, else compiled and stored there for the next run (when the
    /// index can be written; otherwise each run compiles them).
    static func load(_ texts: Texts, from reader: IndexReader, analyzer: Analyzer) -> CompiledRules {
        let key = texts.key
        if let bytes = try? reader.metadataBytes(cacheKey), let rules = try? CompiledRules(bytes: bytes, key: key, analyzer: analyzer) {
            return rules
        }
        let rules = compile(texts, analyzer: analyzer)
        try? IndexStore.storeMetadata(rules.bytes(key: key), key: cacheKey, at: reader.path)
        return rules
    }

    /// The rules as bytes, led by `key` and a digest of the rest: the emergency phrases are
    /// among them, so a byte changed on disk must not pass for a rule.
    func bytes(key: String) -> [UInt8] {
        var rules = RuleWriter()
        lexicon.write(to: &rules)
        emergency.write(to: &rules)
        doctorOnly.write(to: &rules)
        var writer = RuleWriter()
        writer.string(key)
        writer.string(ContentHash.hex(rules.bytes))
        return writer.bytes + rules.bytes
    }

    /// Reads rules written by `bytes(key:)`; throws when they were written under another key,
    /// do not match their digest, or do not decode.
    init(bytes: [UInt8], key: String, analyzer: Analyzer) throws {
        var reader = RuleReader(bytes)
        guard try reader.string() == key, try reader.string() == ContentHash.hex(bytes.suffix(reader.remaining)) else {
            throw RuleBytesError()
        }
        lexicon = try Lexicon(reading: &reader)
        emergency = try EmergencyDetector(reading: &reader, analyzer: analyzer)
        doctorOnly = try PhraseList(reading: &reader, analyzer: analyzer)
        guard reader.isAtEnd else { throw RuleBytesError() }
    }

    init(lexicon: Lexicon, emergency: EmergencyDetector, doctorOnly: PhraseList) {
        self.lexicon = lexicon
        self.emergency = emergency
        self.doctorOnly = doctorOnly
    }
}
