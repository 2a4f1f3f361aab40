import Foundation
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
        env["XDG_CACHE_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("fibroqa-cache-\(UUID())").path
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
        let input = "# a comment\nwhat is rosacea\n\nhow tall is mount everest\n\nI want to die\n"
        let run = try Self.run(["batch", "-", "--format", "jsonl"], input: input)
        #expect(run.status == 0, "\(run.stderr)")
        let objects = try run.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.map { $0["question"] as? String } == ["what is rosacea", "how tall is mount everest", "I want to die"])
        #expect(objects.map { $0["status"] as? String } == ["answered", "no_match", "emergency"])
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
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("q-\(UUID()).txt")
        try Data("what is rosacea\n\u{FF}".utf8 + [0xFF, 0xFE, 0x0A] + Array("what is an epidural\n".utf8)).write(to: file)
        let run = try Self.run(["batch", file.path, "--format", "jsonl"])
        #expect(run.status == 1)
        #expect(run.stdout.split(separator: "\n").count == 2)
        #expect(run.stderr.contains(":2: not UTF-8"))
    }
}
