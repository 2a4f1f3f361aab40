import Foundation
import TestSupport
import Testing

/// Drives the real binary in a real terminal (tmux): typing, answers on screen, history recall,
/// Tab completion, Ctrl-C and Ctrl-D, and the private history file.
@Suite(.enabled(if: TmuxTerminal.available, "tmux is not installed (.ci/run installs it); skipping the terminal test"))
struct ReplTerminalTests {
    @Test func aSessionInARealTerminal() throws {
        let state = Scratch.path("fibroqa-state")
        let cache = Scratch.path("fibroqa-cache")
        let terminal = try TmuxTerminal(command: [BinaryTests.binary.path],
                                        environment: ["XDG_STATE_HOME": state.path, "XDG_CACHE_HOME": cache.path])
        defer { terminal.close() }

        try terminal.waitFor { $0.lastLine == "fibroqa>" }
        #expect(terminal.screen().contains("7 patient articles"))
        terminal.type("is fibromyalgia hereditary", then: "Enter")
        let answered = try terminal.waitFor { $0.components(separatedBy: "fibroqa>").count == 3 && $0.lastLine == "fibroqa>" }
        #expect(answered.contains("1. Is Fibromyalgia Hereditary?"))
        #expect(answered.contains("genetic"))
        #expect(answered.contains("doctor"))

        terminal.keys("Up")
        try terminal.waitFor { $0.lastLine == "fibroqa> is fibromyalgia hereditary" }
        terminal.keys("C-c")
        try terminal.waitFor { $0.lastLine == "fibroqa>" }

        terminal.type(":top", then: "Tab")
        try terminal.waitFor { $0.lastLine == "fibroqa> :topics" }
        terminal.keys("Enter")
        try terminal.waitFor { $0.contains("The articles:") && $0.lastLine == "fibroqa>" }
        terminal.type("ketam", then: "Tab")
        try terminal.waitFor { $0.lastLine == "fibroqa> ketamine" }
        terminal.keys("C-c")
        try terminal.waitFor { $0.lastLine == "fibroqa>" }

        terminal.keys("C-d")
        let status = try terminal.waitForExit()
        #expect(status == 0)

        let history = state.appendingPathComponent("fibroqa/history")
        #expect(try String(contentsOf: history, encoding: .utf8) == "is fibromyalgia hereditary\n:topics\n")
        let mode = try FileManager.default.attributesOfItem(atPath: history.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func noHistoryKeepsNothingOnDisk() throws {
        let state = Scratch.path("fibroqa-state")
        let terminal = try TmuxTerminal(command: [BinaryTests.binary.path, "--no-history"],
                                        environment: ["XDG_STATE_HOME": state.path])
        defer { terminal.close() }
        try terminal.waitFor { $0.lastLine == "fibroqa>" }
        terminal.type(":topics", then: "Enter")
        try terminal.waitFor { $0.contains("The articles:") && $0.lastLine == "fibroqa>" }
        terminal.keys("C-d")
        #expect(try terminal.waitForExit() == 0)
        #expect(!FileManager.default.fileExists(atPath: state.path))
    }
}

/// A tmux server of its own running one command in a detached window.
final class TmuxTerminal {
    static let executable = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var available: Bool { executable != nil }

    struct Timeout: Error, CustomStringConvertible {
        let screen: String
        var description: String { "timed out; the screen was:\n\(screen)" }
    }

    private let socket = "fibroqa-test-\(UUID().uuidString.prefix(8))"

    init(command: [String], environment: [String: String]) throws {
        let env = environment.map { "\($0.key)=\($0.value)" }.sorted()
        let shellCommand = (["env", "TERM=xterm-256color"] + env + command).map(Self.shellQuoted).joined(separator: " ")
            + "; echo \"\(Self.exitMarker)$?\"; sleep 600"
        try run(["new-session", "-d", "-x", "100", "-y", "60", "-s", "main", shellCommand], capture: false)
    }

    func type(_ text: String, then key: String) {
        _ = try? run(["send-keys", "-t", "main", "-l", text])
        keys(key)
    }

    func keys(_ key: String) {
        _ = try? run(["send-keys", "-t", "main", key])
    }

    func screen() -> String {
        (try? run(["capture-pane", "-p", "-t", "main"])) ?? ""
    }

    @discardableResult
    func waitFor(seconds: Double = 15, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let current = screen()
            if condition(current) { return current }
            if Date() > deadline { throw Timeout(screen: current) }
            usleep(50_000)
        }
    }

    /// Printed by the shell after the command, with its exit status.
    static let exitMarker = "fibroqa exited with status "

    /// Waits for the command to end and returns its exit status.
    func waitForExit(seconds: Double = 15) throws -> Int {
        let screen = try waitFor(seconds: seconds) { $0.contains(Self.exitMarker) }
        let tail = screen.components(separatedBy: Self.exitMarker).last ?? ""
        guard let status = Int(tail.prefix { $0.isNumber }) else { throw Timeout(screen: screen) }
        return status
    }

    func close() {
        _ = try? run(["kill-server"])
    }

    /// Runs a tmux client with posix_spawn. Foundation's `Process` is not used here: the tmux
    /// server forked by `new-session` would inherit the descriptors it watches the child with,
    /// and the wait would never end.
    @discardableResult
    private func run(_ arguments: [String], capture: Bool = true) throws -> String {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var fds: [Int32] = [0, 0]
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            guard pipe(&fds) == 0 else { throw POSIXError(.EMFILE) }
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let executable = Self.executable ?? "/usr/bin/tmux"
        let argv = ([executable, "-L", socket, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The test runner may block or ignore signals; the terminal session must start clean.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        if capture { Glibc.close(fds[1]) }
        guard spawned == 0 else {
            if capture { Glibc.close(fds[0]) }
            throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT)
        }
        var output: [UInt8] = []
        if capture {
            var buffer = [UInt8](repeating: 0, count: 1 << 14)
            while true {
                let n = read(fds[0], &buffer, buffer.count)
                if n < 0, errno == EINTR { continue }
                if n <= 0 { break }
                output += buffer[..<n]
            }
            Glibc.close(fds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return String(decoding: output, as: UTF8.self)
    }

    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension String {
    /// The last non-empty line of a screen, without trailing spaces.
    var lastLine: String {
        let lines = split(separator: "\n").map { String($0.reversed().drop { $0 == " " }.reversed()) }
        return lines.last { !$0.isEmpty } ?? ""
    }
}
