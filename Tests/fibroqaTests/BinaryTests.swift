import Foundation
import TestSupport
import Testing

/// Runs the built `fibroqa` binary as a user would.
@Suite struct BinaryTests {
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL {
        let runner = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
        var dir = runner.deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("fibroqa")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return projectRoot.appendingPathComponent(".build/debug/fibroqa")
    }

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["XDG_CACHE_HOME"] = Scratch.path("fibroqa-cache").path
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()
        if let input { inp.fileHandleForWriting.write(Data(input.utf8)) }
        try inp.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func askAnswersFromTheBundledArticlesFromAnyDirectory() throws {
        #expect(FileManager.default.fileExists(atPath: Self.binary.path), "built binary at \(Self.binary.path)")
        let run = try Self.run(["ask", "is fibromyalgia hereditary"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("1. Is Fibromyalgia Hereditary?"))
        #expect(run.stdout.contains("genetic tendency"))
        #expect(run.stdout.contains("doctor"))
    }

    @Test func batchPrintsOneJSONObjectPerQuestionInOrder() throws {
        // A comment is skipped; a hashtag opens a question.
        let input = "# a comment\nwhat is rosacea\n\nhow tall is mount everest\n#\n#fibro does it run in families\nI want to die\n"
        let run = try Self.run(["batch", "-", "--format", "jsonl"], input: input)
        #expect(run.status == 0, "\(run.stderr)")
        let objects = try run.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.map { $0["question"] as? String }
            == ["what is rosacea", "how tall is mount everest", "#fibro does it run in families", "I want to die"])
        #expect(objects.map { $0["status"] as? String } == ["answered", "no_match", "answered", "emergency"])
    }

    @Test func withoutSwitchesOffTheNamedMechanisms() throws {
        let input = "does fibro run in families\nfibromyalgia hereditery\n"
        func firstTitleOrCorrection(_ extra: [String]) throws -> [String?] {
            let run = try Self.run(["batch", "-", "--format", "jsonl"] + extra, input: input)
            #expect(run.status == 0, "\(run.stderr)")
            return try run.stdout.split(separator: "\n").map {
                let object = try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
                return object["corrected"] as? String ?? (object["answers"] as? [[String: Any]])?.first?["title"] as? String
            }
        }
        #expect(try firstTitleOrCorrection([]) == ["Is Fibromyalgia Hereditary?", "fibromyalgia hereditary"])
        let without = try firstTitleOrCorrection(["--without", "lexicon,spelling"])
        #expect(without[0] != "Is Fibromyalgia Hereditary?")
        #expect(without[1] != "fibromyalgia hereditary")
        let unknown = try Self.run(["batch", "-", "--without", "lexicon,magic"], input: input)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown mechanism 'magic'"))
    }

    @Test func badInputGetsOneLineErrorsAndStatus() throws {
        let missing = try Self.run(["batch", "/nonexistent/questions.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("fibroqa: cannot read questions '/nonexistent/questions.txt'"))
        #expect(missing.stderr.split(separator: "\n").count == 1)
        let noKnowledge = try Self.run(["ask", "--knowledge", "/nonexistent/kb", "hello"])
        #expect(noKnowledge.status == 1)
        #expect(noKnowledge.stderr.contains("'/nonexistent/kb'"))
        let usage = try Self.run(["ask", "--top", "0", "x"])
        #expect(usage.status == 64)
    }

    @Test func invalidUTF8LineIsReportedAndTheBatchGoesOn() throws {
        let file = Scratch.path("q", extension: "txt")
        try Data("what is rosacea\n\u{FF}".utf8 + [0xFF, 0xFE, 0x0A] + Array("what is an epidural\n".utf8)).write(to: file)
        let run = try Self.run(["batch", file.path, "--format", "jsonl"])
        #expect(run.status == 1)
        #expect(run.stdout.split(separator: "\n").count == 2)
        #expect(run.stderr.contains(":2: not UTF-8"))
    }

    /// Every process hashes with its own seed, so anything that depends on the order of a Set or
    /// a Dictionary shows up as answers that differ between runs.
    @Test func everyProcessGivesTheSameAnswers() throws {
        let questions = """
            what are the side effects of donating blood
            is fibromyalgia hereditary
            does fibro run in families
            why does my skin hurt when my husband touches my arm
            what is whole body vibration therapy
            ketamine infusions for pain
            can i give blood if i have fibromyalgia
            what is rosacea
            how long do ketamine effects last
            fibromialgia heriditary
            """
        let runs = try (0..<6).map { _ in try Self.run(["batch", "-", "--format", "jsonl"], input: questions) }
        #expect(runs.allSatisfy { $0.status == 0 })
        for run in runs.dropFirst() { #expect(run.stdout == runs[0].stdout) }
    }

    @Test func pipedInputPrintsExactlyWhatBatchTextPrints() throws {
        let input = "is fibromyalgia hereditary\n\n# comment\n:topics\nxqzv blorft\n:more\n"
        let piped = try Self.run([], input: input)
        let batch = try Self.run(["batch", "-", "--format", "text"], input: input)
        #expect(piped.status == 0 && batch.status == 0, "\(piped.stderr)\(batch.stderr)")
        #expect(piped.stdout == batch.stdout)
        #expect(piped.stdout.hasPrefix("> is fibromyalgia hereditary\n1. Is Fibromyalgia Hereditary?"))
        #expect(!piped.stdout.contains("\u{1B}"))
        #expect(!piped.stdout.contains("fibroqa> "))
    }

    @Test func recordingAPipedSessionWritesATranscriptThatVerifies() throws {
        let dir = Scratch.path("fibroqa-rec")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let recorded = dir.appendingPathComponent("session.txt").path
        let run = try Self.run(["repl", "--record", recorded], input: "what is rosacea\n:show 1\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: recorded, encoding: .utf8) == run.stdout)
        let mode = try FileManager.default.attributesOfItem(atPath: recorded)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let verify = try Self.run(["transcripts", "verify", recorded])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(verify.stdout == "1 passed, 0 failed\n")
    }

    @Test func verifyFailsWithADiffAndUpdateAcceptsIt() throws {
        let dir = Scratch.path("fibroqa-ver")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let questions = dir.appendingPathComponent("q.txt"), transcript = dir.appendingPathComponent("t.txt")
        try Data("is fibromyalgia hereditary\n".utf8).write(to: questions)
        #expect(try Self.run(["transcripts", "record", questions.path, "-o", transcript.path]).status == 0)
        let saved = try String(contentsOf: transcript, encoding: .utf8)
        try ("# kept\n" + saved.replacingOccurrences(of: "genetic tendency", with: "genetic TENDENCY")).write(to: transcript, atomically: true, encoding: .utf8)
        let failing = try Self.run(["transcripts", "verify", transcript.path])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("t.txt:2: > is fibromyalgia hereditary\n--- expected\n+++ actual\n@@ "))
        #expect(failing.stdout.contains("-   “Like many other rheumatic diseases, fibromyalgia is believed to be the result of a genetic TENDENCY"))
        #expect(failing.stdout.hasSuffix("0 passed, 1 failed\n"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("t.actual").path))
        let update = try Self.run(["transcripts", "verify", "--update", transcript.path])
        #expect(update.status == 0)
        #expect(update.stdout.contains("updated "))
        #expect(try String(contentsOf: transcript, encoding: .utf8) == "# kept\n" + saved)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("t.actual").path))
    }
}
