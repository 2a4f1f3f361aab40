import ArgumentParser
import Assistant
import Foundation

/// `fibroqa batch FILE`: answers a file of questions, one per line.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Answer every question of a file (one per line; '-' reads standard input).",
        discussion: "Blank lines and lines starting with '#' are skipped. Lines that are not UTF-8 are reported on stderr and the exit status is 1.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The question file, or - for standard input.", valueName: "file"))
    var file: String

    @Option(name: .long, help: "Output format: text or jsonl.")
    var format: OutputFormat = .text

    @Option(name: .long, help: "How many quotes at most per answer.")
    var top: Int = 3

    func validate() throws {
        guard (1...20).contains(top) else { throw ValidationError("--top must be between 1 and 20") }
    }

    func run() throws {
        try reportingFailures {
            var reader = try LineReader(path: file)
            defer { reader.close() }
            let answerer = try Answerer(library: options.openLibrary())
            var failed = 0
            while let line = reader.next() {
                guard let text = line.text else {
                    Terminal.warn("\(file == "-" ? "stdin" : file):\(line.number): not UTF-8 text; skipped")
                    failed += 1
                    continue
                }
                let question = text.trimmingCharacters(in: .whitespaces)
                if question.isEmpty || question.hasPrefix("#") { continue }
                let answer = answerer.answer(question, top: top)
                switch format {
                case .text: Terminal.write("> \(question)\n" + AnswerPrinter.text(answer, forTerminal: false) + "\n")
                case .jsonl: Terminal.write(JSONLinesRenderer().render(answer))
                }
            }
            if failed > 0 { throw ExitCode.failure }
        }
    }
}
