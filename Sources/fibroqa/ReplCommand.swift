import ArgumentParser
import Assistant
import Foundation

/// `fibroqa` or `fibroqa repl`: the interactive prompt, or line-by-line answers from a pipe.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Ask questions at an interactive prompt (the default command).",
        discussion: """
            Type a question and press Return; :help lists the commands (:topics, :show N, :more, \
            :explain, :record FILE, :quit). Arrow keys, Emacs keys, Ctrl-R search and Tab \
            completion work as in other readline programs. Ctrl-C clears the line; Ctrl-D leaves.

            History is kept, private to you (mode 0600), in $XDG_STATE_HOME/fibroqa/history \
            (default ~/.local/state/fibroqa/history), at most 1,000 lines. --no-history or \
            FIBROQA_HISTORY=0 keeps nothing on disk.

            When standard input is not a terminal, each line is answered as \
            `fibroqa batch - --format text` would answer it, with no prompt.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Save the session as a transcript in this file.", valueName: "file"))
    var record: String?

    @Flag(name: .long, help: "Keep no history on disk.")
    var noHistory = false

    func run() throws {
        try reportingFailures {
            let answerer = try Answerer(library: options.openLibrary())
            let log = try record.map { try TranscriptLog(url: URL(fileURLWithPath: $0)) }
            guard Terminal.stdinIsInteractive else {
                var reader = try LineReader(path: "-")
                let failed = ScriptedConversation.run(&reader, name: "stdin", session: Session(answerer: answerer), log: log)
                if failed > 0 { throw ExitCode.failure }
                return
            }
            let session = Session(answerer: answerer, style: Terminal.stdoutIsStyled ? .ansi : .plain)
            let history = noHistory ? nil : HistoryFile.standard(environment: ProcessInfo.processInfo.environment)
            Repl(session: session, completions: try session.completions(), history: history, log: log).run()
        }
    }
}
