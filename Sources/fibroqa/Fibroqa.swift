import ArgumentParser

/// The `fibroqa` command: answers questions about fibromyalgia by quoting patient articles.
@main
struct Fibroqa: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fibroqa",
        abstract: "Answers questions about fibromyalgia by quoting a collection of patient articles.",
        discussion: """
            Every answer is a verbatim quote from the articles, with the article's title. The \
            quotes are general information, not medical advice: talk to your doctor about your \
            own situation. The index is built on first use and rebuilt whenever the articles change.

            Run with no command for the interactive prompt. Its history is private to you (mode \
            0600) in $XDG_STATE_HOME/fibroqa/history (default ~/.local/state/fibroqa/history); \
            --no-history or FIBROQA_HISTORY=0 keeps none.
            """,
        subcommands: [ReplCommand.self, AskCommand.self, BatchCommand.self, TranscriptsCommand.self, IndexCommand.self,
                      ImportCommand.self],
        defaultSubcommand: ReplCommand.self
    )
}
