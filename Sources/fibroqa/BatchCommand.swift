import ArgumentParser
import Assistant
import Foundation

/// `fibroqa batch FILE`: answers a file of questions, one per line.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Answer every question of a file (one per line; '-' reads standard input).",
        discussion: """
            Blank lines and comments ('#' with no word right after it) are skipped; a hashtag \
            ('#fibro …') opens a question. Lines that are not UTF-8 are reported \
            on stderr and the exit status is 1. Text output is a transcript: each question as \
            "> question", then its answer; lines starting with ':' are prompt commands (:topics, :more…).
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The question file, or - for standard input.", valueName: "file"))
    var file: String

    @Option(name: .long, help: "Output format: text or jsonl.")
    var format: OutputFormat = .text

    @Option(name: .long, help: "How many quotes at most per answer.")
    var top: Int = 3

    @Option(name: .long,
            help: ArgumentHelp("Answer without these quality mechanisms, to measure what each adds (comma-separated: \(Mechanism.names)).",
                               valueName: "names"))
    var without: String?

    func validate() throws {
        guard (1...20).contains(top) else { throw ValidationError("--top must be between 1 and 20") }
        _ = try disabledMechanisms()
    }

    /// The mechanisms named by `--without`.
    func disabledMechanisms() throws -> Set<Mechanism> {
        guard let without else { return [] }
        return Set(try without.split(separator: ",").map { name in
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let mechanism = Mechanism(rawValue: trimmed) else {
                throw ValidationError("unknown mechanism '\(trimmed)' for --without; known: \(Mechanism.names)")
            }
            return mechanism
        })
    }

    func run() throws {
        try reportingFailures {
            var reader = try LineReader(path: file)
            defer { reader.close() }
            let answerer = try Answerer(library: options.openLibrary(), without: disabledMechanisms())
            let name = file == "-" ? "stdin" : file
            let failed: Int
            switch format {
            case .text:
                failed = ScriptedConversation.run(&reader, name: name, session: Session(answerer: answerer, quotesPerAnswer: top))
            case .jsonl:
                let renderer = JSONLinesRenderer()
                failed = ScriptedInput.forEachQuestion(in: &reader, invalid: { Terminal.warn("\(name):\($0): not UTF-8 text; skipped") }) {
                    Terminal.write(renderer.render(answerer.answer($0, top: top)))
                    return true
                }
            }
            if failed > 0 { throw ExitCode.failure }
        }
    }
}
