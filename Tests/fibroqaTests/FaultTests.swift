import Foundation
import TestSupport
import Testing

/// Faults from outside the program: a full disk, kills in the middle of writes, many lines of
/// input, files it may not read. Each runs the real binary.
@Suite struct FaultTests {
    static let knowledge = BinaryTests.projectRoot.appendingPathComponent("knowledge")

    func temporaryFolder(_ name: String) throws -> URL { try Scratch.folder(name) }

    /// Starts the binary with `arguments`, kills it after `delay` microseconds and waits for it.
    func runKilled(_ arguments: [String], after delay: useconds_t) throws {
        let process = Process()
        process.executableURL = BinaryTests.binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Runs the binary through `sh` with files limited to `blocks` 512-byte blocks and SIGXFSZ
    /// ignored, so a write past the limit fails as it would on a full disk.
    func runOnAFullDisk(_ arguments: [String], blocks: Int) throws -> BinaryTests.Run {
        let script = "trap '' XFSZ; ulimit -f \(blocks); exec \"$0\" \"$@\""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, BinaryTests.binary.path] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BinaryTests.Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                               stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// False when the binary cannot even start under a file-size limit (ThreadSanitizer's
    /// runtime, for one, dies of SIGBUS there), so a full disk cannot be simulated.
    static let fullDiskCanBeSimulated: Bool = {
        let probe = try? FaultTests().runOnAFullDisk(["--help"], blocks: 16)
        return probe?.status == 0
    }()

    func ask(_ question: String, knowledge: URL, index: String) throws -> BinaryTests.Run {
        try BinaryTests.run(["ask", "--knowledge", knowledge.path, "--index", index, "--format", "jsonl", question])
    }

    @Test(.enabled(if: fullDiskCanBeSimulated, "the binary does not start under a file-size limit (a sanitizer runtime?)"))
    func aFullDiskDuringABuildIsOneLineAndThePreviousIndexStillAnswers() throws {
        let folder = try temporaryFolder("full")
        let index = folder.appendingPathComponent("index.sqlite").path
        #expect(try BinaryTests.run(["index", "--knowledge", Self.knowledge.path, "--index", index]).status == 0)
        let before = try ask("is fibromyalgia hereditary", knowledge: Self.knowledge, index: index)
        let run = try runOnAFullDisk(["index", "--knowledge", Self.knowledge.path, "--index", index], blocks: 16)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("fibroqa: cannot write index '\(index)'"), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(try ask("is fibromyalgia hereditary", knowledge: Self.knowledge, index: index).stdout == before.stdout)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "index.sqlite" }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test(.enabled(if: fullDiskCanBeSimulated, "the binary does not start under a file-size limit (a sanitizer runtime?)"))
    func aFullDiskDuringAnUpdateInPlaceLeavesTheIndexAsItWas() throws {
        // The bundled articles six times over (42): one changed article is within the share an
        // update applies in place.
        let folder = try ReliabilityTests.copiesOfTheBundledArticles(6)
        let index = try temporaryFolder("full-update").appendingPathComponent("index.sqlite").path
        #expect(try BinaryTests.run(["index", "--knowledge", folder.path, "--index", index]).status == 0)
        let article = folder.appendingPathComponent("0-is-fibromyalgia-hereditary.md")
        try (String(contentsOf: article, encoding: .utf8) + "\nQuokkas are hereditary marsupials.\n")
            .write(to: article, atomically: false, encoding: .utf8)
        let run = try runOnAFullDisk(["index", "--update", "--knowledge", folder.path, "--index", index], blocks: 16)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("fibroqa: cannot write index '\(index)'"), "\(run.stderr)")
        let unchanged = try ask("quokkas", knowledge: folder, index: index)
        #expect(unchanged.status == 0, "\(unchanged.stderr)")
        #expect(unchanged.stdout.contains("Quokkas are hereditary marsupials."))
    }

    @Test func anUpdateInPlaceKilledAtAnyPointLeavesAnIndexThatAnswers() throws {
        // The bundled articles six times over (42): one changed article is within the share an
        // update applies in place.
        let folder = try ReliabilityTests.copiesOfTheBundledArticles(6)
        let index = try temporaryFolder("killed-update").appendingPathComponent("index.sqlite").path
        #expect(try BinaryTests.run(["index", "--knowledge", folder.path, "--index", index]).status == 0)
        let article = folder.appendingPathComponent("1-is-fibromyalgia-hereditary.md")
        for (round, delay) in ([0, 2_000, 5_000, 10_000, 20_000, 40_000, 80_000] as [useconds_t]).enumerated() {
            try (String(contentsOf: article, encoding: .utf8) + "\nWombat\(round) facts are here.\n")
                .write(to: article, atomically: false, encoding: .utf8)
            try runKilled(["index", "--update", "--knowledge", folder.path, "--index", index], after: delay)
            let after = try ask("wombat\(round) facts", knowledge: folder, index: index)
            #expect(after.status == 0, "killed after \(delay) µs: \(after.stderr)")
            #expect(after.stdout.contains("Wombat\(round) facts are here."), "killed after \(delay) µs")
            #expect(try ask("is fibromyalgia hereditary", knowledge: folder, index: index).stdout.contains("\"status\": \"answered\""))
        }
    }

    @Test func processesThatSeeTheSameChangeApplyItOnceAndNoneRebuilds() throws {
        // Large enough that an update takes a while, so the processes overlap.
        let folder = try ReliabilityTests.copiesOfTheBundledArticles(60)
        let index = try temporaryFolder("racing-updates").appendingPathComponent("index.sqlite").path
        #expect(try BinaryTests.run(["index", "--knowledge", folder.path, "--index", index]).status == 0)
        let article = folder.appendingPathComponent("2-is-fibromyalgia-hereditary.md")
        try (String(contentsOf: article, encoding: .utf8) + "\nNumbats are striped.\n").write(to: article, atomically: false, encoding: .utf8)
        let processes = try (0..<4).map { _ -> (Process, Pipe) in
            let process = Process()
            process.executableURL = BinaryTests.binary
            process.arguments = ["index", "--update", "--knowledge", folder.path, "--index", index]
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            return (process, out)
        }
        var reports: [String] = []
        for (process, out) in processes {
            let said = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            #expect(said.hasPrefix("updated in place") || said.hasPrefix("index is up to date"), "\(said)")
            reports.append(said)
        }
        #expect(reports.filter { $0.hasPrefix("updated in place") }.count == 1, "one process applies the change: \(reports)")
        let after = try ask("striped numbats", knowledge: folder, index: index)
        #expect(after.stdout.components(separatedBy: "Numbats are striped.").count == 2, "the new paragraph is indexed once")
    }

    @Test func transcriptUpdatesKilledHalfWayLeaveEveryTranscriptWhole() throws {
        let knowledge = try temporaryFolder("transcript-knowledge")
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.knowledge.path) {
            try FileManager.default.copyItem(at: Self.knowledge.appendingPathComponent(name), to: knowledge.appendingPathComponent(name))
        }
        let original = try String(contentsOf: BinaryTests.projectRoot.appendingPathComponent("transcripts/hereditary.txt"), encoding: .utf8)
        let article = knowledge.appendingPathComponent("is-fibromyalgia-hereditary.md")
        try String(contentsOf: article, encoding: .utf8).replacingOccurrences(of: "genetic tendency", with: "GENETIC TENDENCY")
            .write(to: article, atomically: false, encoding: .utf8)
        let index = knowledge.appendingPathComponent("index.sqlite").path
        // What an uninterrupted update writes.
        let reference = try temporaryFolder("transcript-reference")
        try original.write(to: reference.appendingPathComponent("t.txt"), atomically: false, encoding: .utf8)
        let accepted = try BinaryTests.run(["transcripts", "verify", "--update", "--knowledge", knowledge.path, "--index", index,
                                            reference.appendingPathComponent("t.txt").path])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        let updated = try String(contentsOf: reference.appendingPathComponent("t.txt"), encoding: .utf8)
        #expect(updated != original)

        for delay in [0, 3_000, 10_000, 30_000, 60_000] as [useconds_t] {
            let folder = try temporaryFolder("transcripts")
            for i in 0..<150 { try original.write(to: folder.appendingPathComponent("t\(i).txt"), atomically: false, encoding: .utf8) }
            try runKilled(["transcripts", "verify", "--update", "--knowledge", knowledge.path, "--index", index, folder.path], after: delay)
            for i in 0..<150 {
                let text = try String(contentsOf: folder.appendingPathComponent("t\(i).txt"), encoding: .utf8)
                #expect(text == original || text == updated, "t\(i).txt after a kill at \(delay) µs is neither old nor new")
            }
        }
    }

    @Test func aHundredThousandLineBatchTakesNoMoreMemoryThanAThousandLines() throws {
        let folder = try temporaryFolder("memory")
        let index = folder.appendingPathComponent("index.sqlite").path
        #expect(try BinaryTests.run(["index", "--knowledge", Self.knowledge.path, "--index", index]).status == 0)
        func peak(lines: Int) throws -> Int {
            let file = folder.appendingPathComponent("q\(lines).txt")
            var text = String(repeating: "???\n", count: lines - 1)
            text += "is fibromyalgia hereditary\n"
            try Data(text.utf8).write(to: file)
            let usage = try PeakMemory.run(BinaryTests.binary.path, ["batch", file.path, "--format", "jsonl", "--knowledge",
                                                                     Self.knowledge.path, "--index", index])
            #expect(usage.status == 0)
            return usage.kilobytes
        }
        let small = try peak(lines: 1_000)
        let large = try peak(lines: 100_000)
        // 100,000 answers are about 20 MB of JSON; held in memory they would show here.
        #expect(large - small < 8_192, "peak RSS \(small) KB for 1,000 lines, \(large) KB for 100,000")
    }

    @Test(.enabled(if: geteuid() != 0, "root reads any file whatever its mode"))
    func anUnreadableArticleIsReportedByPathAndTheRestLoad() throws {
        let folder = try temporaryFolder("unreadable")
        try "# Sleep\n\nAdults need about seven hours of sleep.\n".write(to: folder.appendingPathComponent("sleep.md"), atomically: false, encoding: .utf8)
        let locked = folder.appendingPathComponent("locked.md")
        try "# Locked\n\nNobody may read this.\n".write(to: locked, atomically: false, encoding: .utf8)
        chmod(locked.path, 0)
        let run = try BinaryTests.run(["ask", "--knowledge", folder.path, "--index", folder.appendingPathComponent("i.sqlite").path, "seven hours of sleep"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("locked.md") && run.stderr.contains("cannot open"), "\(run.stderr)")
        #expect(run.stdout.contains("seven hours"))
    }
}

/// Runs a program to its end and reports its exit status and peak resident memory, which
/// Foundation's Process does not expose. The peak is the child's own high-water mark
/// (`VmHWM` in /proc/PID/status), read every few milliseconds until it exits: wait4's
/// `ru_maxrss` would not do, since a child spawned by vfork starts out sharing this test
/// process's memory and Linux carries that high-water mark across exec, so it would measure
/// whatever the other tests running alongside hold.
enum PeakMemory {
    /// How often the child's high-water mark is read.
    static let pollInterval: useconds_t = 5_000

    /// The child's `VmHWM` in kilobytes, or nil once it has exited (a zombie has no memory).
    static func highWaterMark(of pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.dropFirst("VmHWM:".count).filter(\.isNumber))
        }
        return nil
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, kilobytes: Int) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // Under AddressSanitizer freed memory is held in quarantine, which would count as
        // retained; without quarantine the peak is the program's own.
        var environment = ProcessInfo.processInfo.environment
        environment["ASAN_OPTIONS"] = "quarantine_size_mb=0:detect_leaks=0"
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        var status: Int32 = 0
        var peak = 0
        while true {
            if let mark = highWaterMark(of: pid) { peak = max(peak, mark) }
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { break }
            if reaped < 0, errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
            usleep(pollInterval)
        }
        return ((status >> 8) & 0xFF, peak)
    }
}
