import Foundation

/// A `:` command typed at the prompt (or replayed from a transcript).
public enum SessionCommand: Equatable, Sendable {
    case help
    case topics
    case show(Int, wholeArticle: Bool)
    case more
    case explain
    case record(String)
    case quit

    /// One line of help per command, in the order `:help` lists them.
    public static let summaries: [(usage: String, summary: String)] = [
        (":help", "list these commands"),
        (":topics", "list the titles of the articles"),
        (":show N", "show the whole passage behind quote N of the last answer"),
        (":show N article", "show the whole article behind quote N"),
        (":more", "show the next quotes for the last question"),
        (":explain", "explain how the last answer was chosen"),
        (":record FILE", "save this session as a transcript in FILE"),
        (":quit", "leave (Ctrl-D does the same)"),
    ]

    /// The command names, for tab completion.
    public static let names = [":help", ":topics", ":show", ":more", ":explain", ":record", ":quit"]

    /// Parses a line starting with ':'; the error is a one-line hint for the user.
    public static func parse(_ line: String) -> Result<SessionCommand, SessionCommandError> {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let name = words.first?.lowercased() else { return .failure(.init("type :help for the commands")) }
        let arguments = Array(words.dropFirst())
        switch name {
        case ":help", ":h", ":?": return arguments.isEmpty ? .success(.help) : .failure(.init(":help takes no arguments"))
        case ":topics": return arguments.isEmpty ? .success(.topics) : .failure(.init(":topics takes no arguments"))
        case ":more": return arguments.isEmpty ? .success(.more) : .failure(.init(":more takes no arguments"))
        case ":explain": return arguments.isEmpty ? .success(.explain) : .failure(.init(":explain takes no arguments"))
        case ":quit", ":q", ":exit": return .success(.quit)
        case ":show":
            guard let first = arguments.first, let n = Int(first), n > 0,
                  arguments.count == 1 || (arguments.count == 2 && arguments[1].lowercased() == "article")
            else { return .failure(.init("usage: :show N, or :show N article (N is a quote number)")) }
            return .success(.show(n, wholeArticle: arguments.count == 2))
        case ":record":
            let path = line.drop { !$0.isWhitespace }.trimmingCharacters(in: .whitespaces)
            return path.isEmpty ? .failure(.init("usage: :record FILE")) : .success(.record(path))
        default:
            let shown = String(name.prefix(40).unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
            return .failure(.init("unknown command '\(shown)'; type :help for the commands"))
        }
    }
}

/// Why a `:` line could not be understood.
public struct SessionCommandError: Error, Equatable, Sendable {
    public let hint: String
    init(_ hint: String) { self.hint = hint }
}
