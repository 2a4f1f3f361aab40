import Foundation

/// Replays a transcript's inputs through a fresh session and compares what is printed now
/// with what was saved.
public struct TranscriptReplay {
    /// One input whose output changed.
    public struct Mismatch: Sendable, Equatable {
        public let input: String
        /// The line of the input in the transcript file.
        public let line: Int
        public let expected: [String]
        public let actual: [String]
    }

    /// The outcome of replaying one transcript.
    public struct Result: Sendable {
        public let expected: Transcript
        /// The transcript as it would be recorded now, comments kept.
        public let actual: Transcript
        public let mismatches: [Mismatch]
        public var passed: Bool { mismatches.isEmpty }
    }

    private let makeSession: () -> Session

    /// `makeSession` gives a fresh session (plain style) for each transcript.
    public init(makeSession: @escaping () -> Session) {
        self.makeSession = makeSession
    }

    public func replay(_ transcript: Transcript) -> Result {
        let session = makeSession()
        var actual = transcript
        var mismatches: [Mismatch] = []
        for (i, entry) in transcript.entries.enumerated() {
            let output = Transcript.outputLines(session.respond(to: entry.input).text)
            actual.entries[i].output = output
            if output != entry.output {
                mismatches.append(Mismatch(input: entry.input, line: entry.line, expected: entry.output, actual: output))
            }
        }
        return Result(expected: transcript, actual: actual, mismatches: mismatches)
    }

    /// A readable report of one mismatch: the file, line and input, then a unified diff.
    public static func report(_ mismatch: Mismatch, file: String) -> String {
        var lines = ["\(file):\(mismatch.line): > \(mismatch.input)", "--- expected", "+++ actual"]
        lines += UnifiedDiff.hunks(old: mismatch.expected, new: mismatch.actual,
                                   oldStart: mismatch.line + 1, newStart: mismatch.line + 1)
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Makes a transcript by running inputs through a session, as a user's session would print them.
public struct TranscriptRecorder {
    public let session: Session

    public init(session: Session) { self.session = session }

    /// One entry for `input`, with the session's output.
    public func entry(for input: String, comments: [String] = []) -> Transcript.Entry {
        Transcript.Entry(comments: comments, input: input, output: Transcript.outputLines(session.respond(to: input).text))
    }
}
