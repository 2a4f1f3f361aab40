import Assistant
import Foundation

/// The interactive prompt: readline in, styled and wrapped answers out, history on disk.
final class Repl {
    static let prompt = "fibroqa> "

    private let session: Session
    private let editor: LineEditor
    private let history: HistoryFile?
    private var log: TranscriptLog?

    init(session: Session, completions: [String], history: HistoryFile?, log: TranscriptLog?) {
        self.session = session
        self.history = history
        self.log = log
        editor = LineEditor(completions: completions)
        if let history {
            do {
                for line in try history.load() { editor.addToHistory(line) }
            } catch {
                Terminal.warn(CommandFailure(error).message)
            }
        }
    }

    func run() {
        show(Notices.welcome(articles: session.answerer.library.sources.count))
        while let line = editor.readLine(prompt: Self.prompt) {
            let input = line.trimmingCharacters(in: .whitespaces)
            guard !input.isEmpty else { continue }
            remember(input)
            let reply = session.respond(to: input)
            if editor.takeInterrupt() {
                show("(interrupted)\n")
                continue
            }
            switch reply.action {
            case .quit:
                return
            case let .record(path):
                log = TranscriptOpener.open(path)
                if log != nil { show("Recording this session to \(path).\n") }
            case .none:
                show(reply.text + "\n")
                TranscriptOpener.append(to: log, input: input, output: reply.plainText)
            }
        }
        Terminal.write("\n")
    }

    private func remember(_ input: String) {
        editor.addToHistory(input)
        guard let history else { return }
        do { try history.append(input) } catch { Terminal.warn(CommandFailure(error).message) }
    }

    /// Writes text wrapped to the terminal's current width (not wrapped when it is not a terminal).
    private func show(_ text: String) {
        Terminal.write(Terminal.width.map { TextWrapper(width: $0).wrap(text) } ?? text)
    }
}
