import Foundation
import TestSupport
import Testing

/// The reliability table of bad inputs and faults, each row run against the real binary.
@Suite struct ReliabilityTests {
    static let knowledge = BinaryTests.projectRoot.appendingPathComponent("knowledge")

    func temporaryFolder(_ name: String) throws -> URL { try Scratch.folder(name) }

    func statuses(_ stdout: String) throws -> [String] {
        try stdout.split(separator: "\n").map {
            let object = try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            #expect((object["notice"] as? String)?.isEmpty == false)
            return try #require(object["status"] as? String)
        }
    }

    @Test func aOneMegabyteQuestionIsAnswered() throws {
        let file = try temporaryFolder("big").appendingPathComponent("q.txt")
        try Data(String(repeating: "is fibromyalgia hereditary ", count: 40_000).utf8).write(to: file)
        let run = try BinaryTests.run(["batch", file.path, "--format", "jsonl"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try statuses(run.stdout) == ["answered"])
    }

    @Test func aHundredThousandLineBatchIsStreamedAndEveryLineAnswered() throws {
        let file = try temporaryFolder("long").appendingPathComponent("q.txt")
        var text = String(repeating: "???\n", count: 99_999)
        text += "is fibromyalgia hereditary\n"
        try Data(text.utf8).write(to: file)
        let run = try BinaryTests.run(["batch", file.path, "--format", "jsonl"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 100_000)
        #expect(lines.last?.contains("\"status\": \"answered\"") == true)
    }

    @Test func invalidUTF8AndNULLinesAreReportedAndTheRestAnswered() throws {
        let file = try temporaryFolder("bytes").appendingPathComponent("q.txt")
        try Data(Array("what is rosacea\n".utf8) + [0x66, 0x00, 0x6F, 0x0A] + [0xC3, 0x28, 0x0A] + Array("whole body vibration\n".utf8)).write(to: file)
        let run = try BinaryTests.run(["batch", file.path, "--format", "jsonl"])
        #expect(run.status == 1)
        #expect(try statuses(run.stdout) == ["answered", "answered"])
        #expect(run.stderr.contains("q.txt:2: not UTF-8 text; skipped"))
        #expect(run.stderr.contains("q.txt:3: not UTF-8 text; skipped"))
    }

    @Test func escapeSequencesInQuestionsAndArticlesNeverReachTheTerminalRaw() throws {
        let folder = try temporaryFolder("ansi")
        try Data("# Sleep \u{1B}[2J and rest\n\nGood sleep \u{1B}[31mhelps\u{1B}[0m with fibromyalgia pain \u{07}every night.\n".utf8)
            .write(to: folder.appendingPathComponent("sleep.md"))
        let questions = "does sleep help \u{1B}[31mpain\u{1B}[0m\nsleep\u{1B}]0;owned\u{07}\n:\u{1B}[2Jshow\n"
        for arguments in [["batch", "-", "--knowledge", folder.path], ["--knowledge", folder.path]] {
            let run = try BinaryTests.run(arguments, input: questions)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("sleep"))
            #expect(!run.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
        }
    }

    @Test func sqlMetacharactersAndOddTextAreAnsweredAsText() throws {
        let questions = [
            "'; DROP TABLE terms; --", "\" OR 1=1 --", "100% pain", "fibro*", "skin_%", "what's \"rosacea\"?",
            "🙂 fibromyalgia 👩‍👩‍👧", "مرحبا fibromyalgia", "שלום", "“hereditary” ‘genes’", "8×8 vibration", "IV ketamine",
            "well-being after giving-blood", "naïve Ünïcödé café", "\u{202E}reversed", "x\u{0301}\u{0301}\u{0301}",
        ]
        let run = try BinaryTests.run(["batch", "-", "--format", "jsonl"], input: questions.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.stderr)")
        let found = try statuses(run.stdout)
        #expect(found.count == questions.count)
        #expect(found.allSatisfy { ["answered", "no_match", "emergency", "empty"].contains($0) })
        #expect(found[11] == "answered", "IV ketamine")
    }

    @Test func aBadKnowledgeFolderIsOneLineNamingThePath() throws {
        let empty = try temporaryFolder("empty")
        let file = empty.appendingPathComponent("not-a-folder.md")
        try Data("# x\n\ny\n".utf8).write(to: file)
        let emptyInside = try temporaryFolder("nothing")
        for (path, words) in [("/nonexistent/kb-\(UUID())", "does not exist"), (file.path, "is a file"), (emptyInside.path, "no readable articles")] {
            let run = try BinaryTests.run(["ask", "--knowledge", path, "hello"])
            #expect(run.status == 1)
            #expect(run.stderr.split(separator: "\n").count == 1)
            #expect(run.stderr.contains("'\(path)'") && run.stderr.contains(words), "\(run.stderr)")
        }
    }

    @Test func badArticlesAreReportedByPathAndTheRestLoad() throws {
        let folder = try temporaryFolder("articles")
        try FileManager.default.copyItem(at: Self.knowledge.appendingPathComponent("is-fibromyalgia-hereditary.md"),
                                         to: folder.appendingPathComponent("hereditary.md"))
        try Data([0x23, 0x20, 0xFF, 0x0A]).write(to: folder.appendingPathComponent("binary.md"))
        try Data("no title, just text\n".utf8).write(to: folder.appendingPathComponent("untitled.md"))
        try Data("# Is Fibromyalgia Hereditary?\n\nA second article with the same title.\n".utf8)
            .write(to: folder.appendingPathComponent("twin.md"))
        let huge = folder.appendingPathComponent("huge.md")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: Data("# Huge\n".utf8)))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 50 << 20)
        try handle.close()
        let run = try BinaryTests.run(["ask", "--knowledge", folder.path, "is fibromyalgia hereditary"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("1. Is Fibromyalgia Hereditary?"))
        for (name, reason) in [("binary.md", "not UTF-8"), ("untitled.md", "title"), ("huge.md", "larger than"), ("twin.md", "same title")] {
            #expect(run.stderr.contains(name) && run.stderr.contains(reason), "\(name): \(run.stderr)")
        }
    }

    @Test func aDamagedOrOldIndexIsRebuiltAndAnswersTheSame() throws {
        let folder = try temporaryFolder("index")
        let index = folder.appendingPathComponent("index.sqlite").path
        let question = ["ask", "--index", index, "--format", "jsonl", "whole body vibration therapy"]
        let fresh = try BinaryTests.run(question)
        #expect(fresh.status == 0)
        let original = try Data(contentsOf: URL(fileURLWithPath: index))
        var random = SystemRandomNumberGenerator()
        let damages: [(String, Data)] = [
            ("truncated", original.prefix(original.count / 2)),
            ("random bytes", Data((0..<original.count).map { _ in UInt8.random(in: 0...255, using: &random) })),
            ("empty", Data()),
            ("older schema", try Self.withMeta(original, key: "schema_version", value: "1", in: folder)),
        ]
        for (name, damaged) in damages {
            try damaged.write(to: URL(fileURLWithPath: index))
            let again = try BinaryTests.run(question)
            #expect(again.status == 0, "\(name): \(again.stderr)")
            #expect(again.stdout == fresh.stdout, "\(name)")
        }
    }

    /// The index after changing one meta value, through the sqlite3 shell when it is installed.
    static func withMeta(_ index: Data, key: String, value: String, in folder: URL) throws -> Data {
        let copy = folder.appendingPathComponent("copy.sqlite")
        try index.write(to: copy)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [copy.path, "UPDATE meta SET value = '\(value)' WHERE key = '\(key)'"]
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return index.prefix(100) }
        try process.run()
        process.waitUntilExit()
        return try Data(contentsOf: copy)
    }

    /// A knowledge folder big enough that building its index takes a while.
    func largeKnowledge() throws -> URL {
        try Self.copiesOfTheBundledArticles(60)
    }

    /// A folder holding `copies` copies of the bundled articles, each copy's paragraphs marked.
    static func copiesOfTheBundledArticles(_ copies: Int) throws -> URL {
        let folder = try Scratch.folder("copies")
        let articles = try FileManager.default.contentsOfDirectory(atPath: knowledge.path).filter { $0.hasSuffix(".md") }
        for copy in 0..<copies {
            for name in articles {
                let text = try String(contentsOf: knowledge.appendingPathComponent(name), encoding: .utf8)
                try text.replacingOccurrences(of: "\n\n", with: " copy\(copy)\n\n")
                    .write(to: folder.appendingPathComponent("\(copy)-\(name)"), atomically: false, encoding: .utf8)
            }
        }
        return folder
    }

    /// Starts `fibroqa index` on `folder` in the background.
    func startIndexing(_ folder: URL, index: String) throws -> Process {
        let process = Process()
        process.executableURL = BinaryTests.binary
        process.arguments = ["index", "--knowledge", folder.path, "--index", index]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func anIndexBuildKilledAtAnyPointLeavesThePreviousIndexAnswering() throws {
        let folder = try largeKnowledge()
        let index = folder.appendingPathComponent("index.sqlite").path
        let built = try BinaryTests.run(["index", "--knowledge", folder.path, "--index", index])
        #expect(built.status == 0, "\(built.stderr)")
        for delay in [0, 20_000, 60_000, 120_000, 250_000, 500_000] as [useconds_t] {
            let process = try startIndexing(folder, index: index)
            usleep(delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let ask = try BinaryTests.run(["ask", "--knowledge", folder.path, "--index", index, "--format", "jsonl", "is fibromyalgia hereditary"])
            #expect(ask.status == 0, "killed after \(delay) µs: \(ask.stderr)")
            #expect(ask.stdout.contains("\"status\": \"answered\""), "killed after \(delay) µs")
        }
        #expect(try BinaryTests.run(["index", "--knowledge", folder.path, "--index", index]).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "temporary files of killed builds are cleaned up: \(leftovers)")
    }

    @Test func oneProcessRebuildingWhileOthersAnswerAllSucceed() throws {
        let folder = try largeKnowledge()
        let index = folder.appendingPathComponent("index.sqlite").path
        #expect(try BinaryTests.run(["index", "--knowledge", folder.path, "--index", index]).status == 0)
        let rebuild = try startIndexing(folder, index: index)
        for _ in 0..<4 {
            let ask = try BinaryTests.run(["ask", "--knowledge", folder.path, "--index", index, "--format", "jsonl", "what is rosacea"])
            #expect(ask.status == 0, "\(ask.stderr)")
            #expect(ask.stdout.contains("\"status\": \"answered\""))
        }
        rebuild.waitUntilExit()
        #expect(rebuild.terminationStatus == 0)
    }

    @Test func anIndexThatCannotBeWrittenIsOneLineNamingIt() throws {
        let folder = try temporaryFolder("unwritable")
        let blocker = folder.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let index = blocker.appendingPathComponent("index.sqlite").path
        let run = try BinaryTests.run(["ask", "--index", index, "hello"])
        #expect(run.status == 1)
        #expect(run.stderr == "fibroqa: cannot write index '\(index)': cannot create its folder '\(blocker.path)'\n")
    }
}
