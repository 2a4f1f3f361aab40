import ArgumentParser
import Assistant
import Foundation

/// `fibroqa transcripts verify [PATH...]`: replays transcripts and shows what changed.
struct TranscriptsVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Replay transcripts against the current articles and index, and compare.",
        discussion: """
            Each mismatch is shown as a unified diff naming the file and the question; the new \
            output is saved as NAME.actual beside NAME.txt. The last line counts passed and \
            failed transcripts; the exit status is 1 when any failed. --update accepts the new \
            output, rewriting each changed transcript atomically and keeping its comments.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("Transcript files or folders (default: transcripts).", valueName: "path"))
    var paths: [String] = []

    @Flag(name: .long, help: "Accept the new output: rewrite the transcripts that changed.")
    var update = false

    func run() throws {
        try reportingFailures {
            let answerer = try Answerer(library: options.openLibrary())
            let files = TranscriptFile.expand(paths.isEmpty ? ["transcripts"] : paths)
            guard !files.isEmpty else { throw ValidationError("no transcripts (*.txt) in \(paths.isEmpty ? "transcripts" : paths.joined(separator: " "))") }
            let suite = TranscriptSuite(replay: TranscriptReplay { Session(answerer: answerer) }, update: update,
                                        report: Terminal.write)
            if suite.verify(files).failed > 0 { throw ExitCode.failure }
        }
    }
}
