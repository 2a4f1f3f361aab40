@preconcurrency import CReadline
import Foundation

/// Line editing on GNU readline (Emacs keys, arrows, reverse search, history, Tab completion).
/// This is the only file that imports readline.
///
/// Readline runs in its callback mode under a `poll` loop, so Ctrl-C is handled in the loop,
/// not inside a signal handler: the handler only writes a byte to a pipe (the self-pipe
/// trick), and the loop then clears the line and shows a fresh prompt. The C callbacks reach
/// Swift through the process-wide state below, as readline itself is process-wide.
final class LineEditor {
    /// Starts readline with `completions` offered on Tab (case-insensitive prefix match).
    init(completions: [String]) {
        EditorState.completions = completions.sorted()
        rl_readline_name = UnsafePointer(strdup("fibroqa"))
        rl_catch_signals = 0
        rl_completion_entry_function = completionEntry
        _ = rl_variable_bind("completion-ignore-case", "on")
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
            EditorState.interruptPipe = (fds[0], fds[1])
        }
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        signal(SIGINT, interruptHandler)
    }

    /// Reads one line, or nil at end of input (Ctrl-D on an empty line).
    func readLine(prompt: String) -> String? {
        _ = takeInterrupt()
        EditorState.finished = false
        EditorState.line = nil
        rl_callback_handler_install(prompt, lineHandler)
        var watched = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: EditorState.interruptPipe.read, events: Int16(POLLIN), revents: 0)]
        while !EditorState.finished {
            guard poll(&watched, nfds_t(watched.count), -1) >= 0 else {
                if errno == EINTR { continue }
                rl_callback_handler_remove()
                return nil
            }
            if watched[1].revents != 0, takeInterrupt() {
                rl_free_line_state()
                rl_callback_sigcleanup()
                _ = write(STDOUT_FILENO, "\n", 1)
                rl_replace_line("", 0)
                rl_on_new_line()
                rl_redisplay()
            }
            if watched[0].revents != 0 { rl_callback_read_char() }
        }
        return EditorState.line
    }

    func addToHistory(_ line: String) {
        add_history(line)
    }

    /// True when Ctrl-C was pressed since the last call.
    func takeInterrupt() -> Bool {
        var byte: UInt8 = 0
        var pressed = false
        while read(EditorState.interruptPipe.read, &byte, 1) == 1 { pressed = true }
        return pressed
    }
}

/// State shared with readline's C callbacks and the signal handler.
private enum EditorState {
    nonisolated(unsafe) static var completions: [String] = []
    nonisolated(unsafe) static var matches: [String] = []
    nonisolated(unsafe) static var nextMatch = 0
    nonisolated(unsafe) static var interruptPipe: (read: Int32, write: Int32) = (-1, -1)
    nonisolated(unsafe) static var finished = false
    nonisolated(unsafe) static var line: String?
}

/// Called by readline with a finished line, or nil at end of input.
private let lineHandler: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void = { raw in
    if let raw {
        EditorState.line = String(decoding: UnsafeRawBufferPointer(start: raw, count: strlen(raw)), as: UTF8.self)
        free(raw)
    } else {
        EditorState.line = nil
    }
    EditorState.finished = true
    rl_callback_handler_remove()
}

/// readline's completion generator: called with state 0 for a new word, then until it returns nil.
private let completionEntry: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { text, state in
    if state == 0 {
        let prefix = text.map { String(cString: $0).lowercased() } ?? ""
        EditorState.matches = EditorState.completions.filter { $0.hasPrefix(prefix) }
        EditorState.nextMatch = 0
    }
    guard EditorState.nextMatch < EditorState.matches.count else { return nil }
    defer { EditorState.nextMatch += 1 }
    return strdup(EditorState.matches[EditorState.nextMatch])
}

/// Ctrl-C: only records it (writing to a pipe is safe in a signal handler); the poll loop or
/// the REPL acts on it.
private let interruptHandler: @convention(c) (Int32) -> Void = { _ in
    var byte: UInt8 = 1
    _ = write(EditorState.interruptPipe.write, &byte, 1)
}
