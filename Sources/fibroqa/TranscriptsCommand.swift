import ArgumentParser

/// `fibroqa transcripts`: saved sessions as regression tests.
struct TranscriptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transcripts",
        abstract: "Record saved sessions and verify that the answers have not changed.",
        discussion: "The format is described in transcripts/README.md.",
        subcommands: [TranscriptsVerifyCommand.self, TranscriptsRecordCommand.self])
}
