import ArgumentParser
import Assistant
import Foundation

/// `fibroqa transcripts record QUESTIONS -o FILE`: makes a transcript from a question file.
struct TranscriptsRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Make a transcript by answering a file of questions (and ':' commands).")

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The question file, or - for standard input.", valueName: "questions"))
    var questions: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The transcript to write.", valueName: "file"))
    var output: String

    func run() throws {
        try reportingFailures {
            var reader = try LineReader(path: questions)
            defer { reader.close() }
            let recorder = TranscriptRecorder(session: Session(answerer: try Answerer(library: options.openLibrary())))
            var entries: [Transcript.Entry] = []
            let name = questions == "-" ? "stdin" : questions
            let failed = ScriptedInput.forEachQuestion(in: &reader, invalid: { Terminal.warn("\(name):\($0): not UTF-8 text; skipped") }) {
                entries.append(recorder.entry(for: $0))
                return true
            }
            guard !entries.isEmpty else { throw ValidationError("'\(name)' holds no questions") }
            try TranscriptFile.write(Transcript(entries: entries), to: URL(fileURLWithPath: output))
            Terminal.warn("wrote \(entries.count) exchange(s) to \(output)")
            if failed > 0 { throw ExitCode.failure }
        }
    }
}
