import Foundation

/// Writing to the standard streams.
enum Terminal {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("fibroqa: \(message)\n".utf8))
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

extension Terminal {
    /// True when standard output is a terminal that may be styled (not `NO_COLOR`, not `TERM=dumb`).
    static var stdoutIsStyled: Bool {
        let env = ProcessInfo.processInfo.environment
        return isatty(1) == 1 && env["NO_COLOR"] == nil && env["TERM"] != "dumb"
    }
}

extension Terminal {
    /// True when standard input is a terminal (someone typing), not a pipe or a file.
    static var stdinIsInteractive: Bool { isatty(0) == 1 }

    /// The width of the terminal on standard output, or nil when it is not a terminal.
    static var width: Int? {
        var size = winsize()
        guard isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
