import Foundation

/// A saved session: what the user typed (`> ` lines) and what fibroqa printed after each.
///
/// The file reads like the session itself. `#` lines are comments, kept with the input that
/// follows them. An output line that would itself start with `#`, `>` or `\` is written with a
/// leading `\`, so any output survives the round trip. Trailing blank lines of an output are
/// not significant.
public struct Transcript: Equatable, Sendable {
    /// One input and the output it produced.
    public struct Entry: Equatable, Sendable {
        /// Comment lines written just before the input line.
        public var comments: [String]
        public var input: String
        /// The output lines, without trailing blank lines.
        public var output: [String]
        /// The 1-based line of the input in the file it was read from (0 when built in memory).
        public var line: Int

        public init(comments: [String] = [], input: String, output: [String], line: Int = 0) {
            self.comments = comments
            self.input = input
            self.output = output
            self.line = line
        }
    }

    public var entries: [Entry]
    /// Comment lines after the last entry.
    public var trailingComments: [String]

    public init(entries: [Entry], trailingComments: [String] = []) {
        self.entries = entries
        self.trailingComments = trailingComments
    }

    public static let inputPrefix = "> "

    /// Parses a transcript; `name` is how errors refer to the file.
    public static func parse(_ data: Data, name: String) throws -> Transcript {
        let bytes = [UInt8](data)
        var entries: [Entry] = []
        var pending: [String] = []
        var lineNumber = 0
        var rawLines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if bytes.last == 0x0A { rawLines.removeLast() }
        for raw in rawLines {
            lineNumber += 1
            var rawLine = Array(raw)
            if rawLine.last == 0x0D { rawLine.removeLast() }
            guard !rawLine.contains(0), let line = String(validating: rawLine, as: UTF8.self) else {
                throw AssistantError.malformedTranscript(path: name, line: lineNumber, reason: "not UTF-8 text")
            }
            if line.hasPrefix("#") {
                pending.append(line)
            } else if line == ">" || line.hasPrefix(inputPrefix) {
                entries.append(Entry(comments: pending, input: String(line.dropFirst(2)), output: [], line: lineNumber))
                pending = []
            } else if entries.isEmpty || !pending.isEmpty {
                if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    let reason = entries.isEmpty ? "output before the first '> ' input line" : "output after a comment; comments go before a '> ' line"
                    throw AssistantError.malformedTranscript(path: name, line: lineNumber, reason: reason)
                }
            } else {
                entries[entries.count - 1].output.append(unescape(line))
            }
        }
        guard !entries.isEmpty else {
            throw AssistantError.malformedTranscript(path: name, line: max(1, lineNumber), reason: "no '> ' input line")
        }
        for i in entries.indices { entries[i].output = trimmed(entries[i].output) }
        return Transcript(entries: entries, trailingComments: pending)
    }

    /// The file text: comments, `> input`, the output, and a blank line after each entry;
    /// the same bytes `fibroqa batch --format text` prints for the same inputs.
    public func serialized() -> String {
        var text = ""
        for entry in entries {
            for comment in entry.comments { text += comment + "\n" }
            text += (entry.input.isEmpty ? ">" : Self.inputPrefix + entry.input) + "\n"
            for line in entry.output { text += Self.escape(line) + "\n" }
            text += "\n"
        }
        for comment in trailingComments { text += comment + "\n" }
        return text
    }

    /// Splits printed text into output lines as a transcript keeps them.
    public static func outputLines(_ text: String) -> [String] {
        trimmed(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    static func trimmed(_ lines: [String]) -> [String] {
        var lines = lines
        while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
        return lines
    }

    static func escape(_ line: String) -> String {
        line.hasPrefix("#") || line.hasPrefix(">") || line.hasPrefix("\\") ? "\\" + line : line
    }

    static func unescape(_ line: String) -> String {
        line.hasPrefix("\\") ? String(line.dropFirst()) : line
    }
}
