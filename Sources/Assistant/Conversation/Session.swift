import Foundation
import Retrieval

/// One conversation: answers questions and `:` commands, remembering the last answer for
/// `:more`, `:show` and `:explain`. The REPL, piped input, batch text output and transcript
/// replay all go through it, so they print the same bytes for the same input.
public final class Session {
    /// What the caller should do besides printing the reply.
    public enum Action: Equatable, Sendable {
        case none
        case quit
        case record(String)
    }

    /// The text to print and what to do next.
    public struct Reply: Equatable, Sendable {
        /// The reply in the session's style.
        public let text: String
        public let action: Action
        /// The reply without styling, as transcripts record it.
        public var plainText: String { TextWrapper.unstyled(text) }
    }

    /// How many quotes an answer (and each `:more`) shows unless told otherwise.
    public static let defaultQuotes = 3

    public let answerer: Answerer
    public let style: ExcerptFormatter.Style
    /// How many quotes an answer (and each `:more`) shows.
    public let quotesPerAnswer: Int
    private var lastAnswer: Answer?
    private var shownQuotes: [Quote] = []

    public init(answerer: Answerer, style: ExcerptFormatter.Style = .plain, quotesPerAnswer: Int = defaultQuotes) {
        self.answerer = answerer
        self.style = style
        self.quotesPerAnswer = quotesPerAnswer
    }

    /// What Tab completes: the commands, the words of the articles and of their titles.
    public func completions() throws -> [String] {
        var words = Set(try answerer.library.reader.words().keys)
        let analyzer = Analyzer()
        for source in answerer.library.sources {
            analyzer.forEachWord(in: source.title) { word, _ in words.insert(word) }
        }
        return SessionCommand.names + words.filter { $0.count > 2 }.sorted()
    }

    /// The reply to one input line: a question, or a command when it starts with ':'.
    public func respond(to line: String) -> Reply {
        let input = line.trimmingCharacters(in: .whitespaces)
        guard input.hasPrefix(":") else { return Reply(text: ask(input), action: .none) }
        switch SessionCommand.parse(input) {
        case let .failure(error): return Reply(text: error.hint + "\n", action: .none)
        case let .success(command): return run(command)
        }
    }

    private func ask(_ question: String) -> String {
        let answer = answerer.answer(question, top: quotesPerAnswer)
        lastAnswer = answer
        shownQuotes = answer.quotes
        return TextRenderer(style: style).render(answer)
    }

    private func run(_ command: SessionCommand) -> Reply {
        switch command {
        case .help:
            let width = SessionCommand.summaries.map(\.usage.count).max() ?? 0
            let lines = SessionCommand.summaries.map { $0.usage.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.summary }
            return Reply(text: (["Type a question, or one of these commands:"] + lines).joined(separator: "\n") + "\n", action: .none)
        case .topics:
            let titles = answerer.library.sources.map { "  - " + ExcerptFormatter.sanitize($0.title) }
            return Reply(text: (["The articles:"] + titles).joined(separator: "\n") + "\n", action: .none)
        case let .show(n, wholeArticle):
            return Reply(text: show(n, wholeArticle: wholeArticle), action: .none)
        case .more:
            return Reply(text: more(), action: .none)
        case .explain:
            guard let explanation = lastAnswer?.explanation else {
                return Reply(text: "Nothing to explain yet: ask a question first.\n", action: .none)
            }
            return Reply(text: String(ExplanationRenderer().render(explanation).drop { $0 == "\n" }), action: .none)
        case let .record(path):
            return Reply(text: "", action: .record(path))
        case .quit:
            return Reply(text: "", action: .quit)
        }
    }

    private func more() -> String {
        guard let last = lastAnswer, last.status == .answered else { return "No answer to continue: ask a question first.\n" }
        let wanted = shownQuotes.count + quotesPerAnswer
        let answer = answerer.answer(last.question, top: wanted)
        let fresh = Array(answer.quotes.dropFirst(shownQuotes.count))
        guard !fresh.isEmpty else { return "No more quotes for that question.\n" }
        let firstNumber = shownQuotes.count + 1
        shownQuotes += fresh
        return TextRenderer(style: style).render(answer.replacingQuotes(with: fresh), firstNumber: firstNumber)
    }

    private func show(_ n: Int, wholeArticle: Bool) -> String {
        guard n >= 1, n <= shownQuotes.count else {
            return shownQuotes.isEmpty ? "No quotes to show: ask a question first.\n"
                : "There is no quote \(n); the last answer has quotes 1 to \(shownQuotes.count).\n"
        }
        let quote = shownQuotes[n - 1]
        let reader = answerer.library.reader
        do {
            var passages = [try reader.passage(quote.passage)]
            if wholeArticle {
                passages = try reader.passageIDs(ofSource: passages[0].source).map { try reader.passage($0) }
            }
            let header = wholeArticle ? [quote.title] : [quote.title, quote.section].compactMap { $0 }
            var lines = [header.map(ExcerptFormatter.sanitize).joined(separator: " › "), ""]
            var section = passages[0].section
            for passage in passages {
                if wholeArticle, let heading = passage.section, heading != section || passage.id == passages[0].id {
                    lines += ["— " + ExcerptFormatter.sanitize(heading) + " —", ""]
                }
                section = passage.section
                lines += [ExcerptFormatter.sanitize(passage.text), ""]
            }
            lines.append(Notices.answered)
            return lines.joined(separator: "\n") + "\n"
        } catch {
            return "The index could not be read: \(error.localizedDescription)\n"
        }
    }
}
