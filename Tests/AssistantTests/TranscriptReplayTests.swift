import Foundation
import TestSupport
import Testing
@testable import Assistant

/// Replays every saved session in `transcripts/` against the bundled articles: any change in
/// any answer fails here with a diff naming the file, the line and the question.
@Suite struct TranscriptReplayTests {
    static let root = SharedFixtures.projectRoot
    static let files = TranscriptFile.expand([root.appendingPathComponent("transcripts").path])
    static let answerer: Result<Answerer, Error> = Result {
        let index = Scratch.path("fibroqa-transcripts", extension: "sqlite").path
        return try Answerer(library: Library.open(knowledge: root.appendingPathComponent("knowledge"), indexPath: index))
    }

    @Test func theTranscriptsCoverTheArticlesAndTheCommands() throws {
        let all = try Self.files.map { try TranscriptFile.read($0) }.flatMap(\.entries)
        let text = all.flatMap(\.output).joined(separator: "\n")
        for source in try Self.answerer.get().library.sources {
            #expect(text.contains("\(source.title) ›") || text.contains("\(source.title)\n"), "no transcript quotes \(source.title)")
        }
        let inputs = Set(all.map(\.input))
        #expect(inputs.contains("is fibromyalgia hereditary"))
        for command in SessionCommand.names where command != ":record" && command != ":quit" {
            #expect(inputs.contains { $0.hasPrefix(command) }, "no transcript uses \(command)")
        }
        #expect(text.contains("988"), "no transcript has an emergency")
        #expect(text.contains(Notices.noMatch), "no transcript has an off-topic question")
    }

    @Test(arguments: files.map(\.lastPathComponent))
    func transcriptStillMatches(name: String) throws {
        let url = Self.root.appendingPathComponent("transcripts").appendingPathComponent(name)
        let answerer = try Self.answerer.get()
        let result = TranscriptReplay { Session(answerer: answerer) }.replay(try TranscriptFile.read(url))
        let report = result.mismatches.map { TranscriptReplay.report($0, file: "transcripts/\(name)") }.joined()
        #expect(result.passed, "\(report)accept the new output with: swift run fibroqa transcripts verify --update transcripts/\(name)")
    }

    /// Changing one word of one article fails exactly the transcripts that quote it, naming
    /// the question; `--update` then makes them pass again, comments kept.
    @Test func changingOneWordFailsExactlyTheTranscriptsThatQuoteIt() throws {
        let work = Scratch.path("fibroqa-tx")
        let knowledge = work.appendingPathComponent("knowledge"), transcripts = work.appendingPathComponent("transcripts")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("knowledge"), to: knowledge)
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("transcripts"), to: transcripts)
        let article = knowledge.appendingPathComponent("fibromyalgia-and-donating-blood.md")
        let original = "involves a trusted procedure", changed = "involves a proven procedure"
        let text = try String(contentsOf: article, encoding: .utf8)
        #expect(text.components(separatedBy: original).count == 2)
        try text.replacingOccurrences(of: original, with: changed).write(to: article, atomically: true, encoding: .utf8)

        let files = TranscriptFile.expand([transcripts.path])
        let quoting = try Set(files.filter { try String(contentsOf: $0, encoding: .utf8).contains(original) }.map(\.lastPathComponent))
        #expect(!quoting.isEmpty)
        let index = work.appendingPathComponent("index.sqlite").path
        let answerer = try Answerer(library: Library.open(knowledge: knowledge, indexPath: index))
        let replay = TranscriptReplay { Session(answerer: answerer) }

        var report = ""
        let summary = TranscriptSuite(replay: replay, update: false) { report += $0 }.verify(files)
        #expect(summary.failed == quoting.count)
        #expect(summary.passed == files.count - quoting.count)
        for name in quoting {
            #expect(report.contains("\(name):"))
            #expect(FileManager.default.fileExists(atPath: transcripts.appendingPathComponent(name).deletingPathExtension().path + ".actual"))
        }
        #expect(report.contains("> can I donate blood if I have fibromyalgia"))
        #expect(report.contains("-   “…Donating is a safe process and \(original). Blood donation"))
        #expect(report.contains("+   “…Donating is a safe process and \(changed). Blood donation"))
        #expect(report.contains("fibroqa transcripts verify --update"))
        #expect(report.hasSuffix("\(files.count - quoting.count) passed, \(quoting.count) failed\n"))

        var updates = ""
        let updated = TranscriptSuite(replay: replay, update: true) { updates += $0 }.verify(files)
        #expect(updated.updated == quoting.count && updated.failed == 0)
        let again = TranscriptSuite(replay: replay, update: false) { _ in }.verify(files)
        #expect(again.passed == files.count && again.failed == 0)
        for name in quoting {
            let rewritten = try String(contentsOf: transcripts.appendingPathComponent(name), encoding: .utf8)
            #expect(rewritten.hasPrefix("# "), "the comment of \(name) was kept")
            #expect(rewritten.contains(changed))
        }
    }

    @Test func aBrokenTranscriptIsReportedAndTheOthersStillRun() throws {
        let work = Scratch.path("fibroqa-tx")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try Data("no input line here\n".utf8).write(to: work.appendingPathComponent("a-broken.txt"))
        try Data([0x3E, 0x20, 0xFF, 0x0A]).write(to: work.appendingPathComponent("b-binary.txt"))
        try Data("> :help\n".utf8).write(to: work.appendingPathComponent("c-stale.txt"))
        let answerer = try Self.answerer.get()
        var report = ""
        let files = TranscriptFile.expand([work.path]) + [work.appendingPathComponent("d-missing.txt")]
        let summary = TranscriptSuite(replay: TranscriptReplay { Session(answerer: answerer) }, update: false) { report += $0 }
            .verify(files)
        #expect(summary.failed == 4 && summary.passed == 0)
        #expect(report.contains("a-broken.txt', line 1: output before the first '> ' input line"))
        #expect(report.contains("b-binary.txt', line 1: not UTF-8 text"))
        #expect(report.contains("c-stale.txt:1: > :help"))
        #expect(report.contains("d-missing.txt': no such file"))
    }
}
