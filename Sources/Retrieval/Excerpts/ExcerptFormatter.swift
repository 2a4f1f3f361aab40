/// Renders an excerpt as text: an ellipsis only where the passage was cut, and, for terminals,
/// matched words in bold. Control characters from the source never pass through raw.
public struct ExcerptFormatter: Sendable {
    /// Plain text, or ANSI bold for matched words.
    public enum Style: Sendable { case plain, ansi }

    public static let ellipsis = "\u{2026}"

    public let style: Style

    public init(style: Style) { self.style = style }

    public func format(_ excerpt: Excerpt, of passage: String) -> String {
        let bytes = Array(passage.utf8)
        var out = excerpt.cutBefore ? Self.ellipsis : ""
        var cursor = excerpt.range.lowerBound
        if style == .ansi {
            for highlight in excerpt.highlights where highlight.lowerBound >= cursor {
                out += Self.sanitize(bytes[cursor..<highlight.lowerBound])
                out += "\u{1B}[1m" + Self.sanitize(bytes[highlight]) + "\u{1B}[22m"
                cursor = highlight.upperBound
            }
        }
        out += Self.sanitize(bytes[cursor..<excerpt.range.upperBound])
        if excerpt.cutAfter { out += Self.ellipsis }
        return out
    }

    /// Replaces control characters other than newline and tab with U+FFFD, so text from files
    /// cannot move the cursor or change colours.
    public static func sanitize<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        sanitize(String(decoding: bytes, as: UTF8.self))
    }

    public static func sanitize(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isControl = (v < 0x20 && v != 0x0A && v != 0x09) || v == 0x7F || (v >= 0x80 && v < 0xA0)
            result.append(isControl ? "\u{FFFD}" : scalar)
        }
        return String(result)
    }
}
