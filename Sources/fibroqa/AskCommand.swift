import ArgumentParser
import Assistant
import Foundation

/// `fibroqa ask "QUESTION"`: answers one question.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer one question with quotes from the articles.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The question, e.g. \"is fibromyalgia hereditary\".", valueName: "question"))
    var question: [String]

    @Option(name: .long, help: "How many quotes at most.")
    var top: Int = 3

    @Option(name: .long, help: "Output format: text or jsonl.")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Explain how the answer was chosen.")
    var explain = false

    func validate() throws {
        guard (1...20).contains(top) else { throw ValidationError("--top must be between 1 and 20") }
    }

    func run() throws {
        try reportingFailures {
            let answerer = try Answerer(library: options.openLibrary())
            let answer = answerer.answer(question.joined(separator: " "), top: top)
            switch format {
            case .text: Terminal.write(AnswerPrinter.text(answer, forTerminal: Terminal.stdoutIsStyled))
            case .jsonl: Terminal.write(JSONLinesRenderer().render(answer))
            }
            if explain, let explanation = answer.explanation {
                Terminal.write(ExplanationRenderer().render(explanation))
            }
        }
    }
}
