import Assistant
import Foundation

/// Answers questions from a file or a pipe through a session, printing each as
/// `> question`, the plain answer and a blank line: the transcript format. Shared by
/// `batch --format text` and the prompt when standard input is not a terminal, so both print
/// the same bytes.
enum ScriptedConversation {
    /// Returns how many input lines were not text.
    static func run(_ reader: inout LineReader, name: String, session: Session, log: TranscriptLog? = nil) -> Int {
        var log = log
        return ScriptedInput.forEachQuestion(in: &reader, invalid: { Terminal.warn("\(name):\($0): not UTF-8 text; skipped") }) { question in
            let reply = session.respond(to: question)
            switch reply.action {
            case .quit:
                return false
            case let .record(path):
                log = TranscriptOpener.open(path)
            case .none:
                Terminal.write("> \(TextRenderer.sanitized(question))\n" + reply.text + "\n")
                TranscriptOpener.append(to: log, input: question, output: reply.plainText)
            }
            return true
        }
    }
}

/// Opening and writing a session recording, reporting failures as warnings (a recording must
/// never stop the conversation).
enum TranscriptOpener {
    static func open(_ path: String) -> TranscriptLog? {
        do {
            return try TranscriptLog(url: URL(fileURLWithPath: path))
        } catch {
            Terminal.warn(CommandFailure(error).message)
            return nil
        }
    }

    static func append(to log: TranscriptLog?, input: String, output: String) {
        guard let log else { return }
        do { try log.append(input: input, output: output) } catch { Terminal.warn(CommandFailure(error).message) }
    }
}
