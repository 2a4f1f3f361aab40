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
