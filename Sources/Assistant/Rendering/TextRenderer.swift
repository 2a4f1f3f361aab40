import Foundation
import Retrieval

/// Renders an answer as text for people: numbered quotes with their sources, then the notice.
/// The output depends only on the answer and the style, never on the terminal's width.
public struct TextRenderer: Sendable {
    public let style: ExcerptFormatter.Style

    public init(style: ExcerptFormatter.Style = .plain) { self.style = style }

    /// The answer as text; quotes are numbered from `firstNumber` (`:more` continues a list).
    public func render(_ answer: Answer, firstNumber: Int = 1) -> String {
        var lines: [String] = []
        if let lead = answer.lead { lines.append(emphasis(lead)); lines.append("") }
        if let corrected = answer.corrected {
            // Declined, the corrected question has no results to show: say what was searched.
            let label = answer.status == .noMatch ? "Searched for" : "Showing results for"
            lines.append("\(label): \(Self.sanitized(corrected))")
            lines.append("")
        }
        switch answer.status {
        case .answered:
            let formatter = ExcerptFormatter(style: style)
            for (i, quote) in answer.quotes.enumerated() {
                let source = [quote.title, quote.section].compactMap { $0 }.map(ExcerptFormatter.sanitize).joined(separator: " › ")
                lines.append("\(firstNumber + i). \(emphasis(source))")
                let text = formatter.format(quote.range, of: quote.passageText)
                let body = "\u{201C}" + text + "\u{201D}"
                // A quote that spans a paragraph break shows its lines without the blank one,
                // which would read as the end of the quote.
                lines.append(contentsOf: body.split(separator: "\n", omittingEmptySubsequences: false)
                    .filter { !$0.allSatisfy(\.isWhitespace) }.map { "   " + $0 })
                lines.append("")
            }
        case .noMatch:
            if !answer.topics.isEmpty {
                lines.append("The articles cover:")
                lines.append(contentsOf: answer.topics.map { "  - " + ExcerptFormatter.sanitize($0) })
                lines.append("")
            }
        case .emergency, .empty:
            break
        }
        lines.append(answer.status == .emergency ? emphasis(answer.notice) : answer.notice)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The reader's own text made safe to echo on one line: control characters replaced, tabs
    /// and line breaks made spaces.
    public static func sanitized(_ text: String) -> String {
        ExcerptFormatter.sanitize(text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " "))
    }

    private func emphasis(_ text: String) -> String {
        style == .ansi ? "\u{1B}[1m\(text)\u{1B}[22m" : text
    }
}
