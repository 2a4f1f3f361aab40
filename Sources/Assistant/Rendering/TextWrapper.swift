/// Wraps text to a terminal's width at spaces, keeping each line's indentation on the lines it
/// wraps onto. ANSI style sequences take no width. Used only for live terminal output: batch,
/// JSON and transcripts are never wrapped.
public struct TextWrapper: Sendable {
    public let width: Int

    /// Widths below this are treated as this, so a tiny window still gets readable lines.
    public static let minimumWidth = 20

    public init(width: Int) { self.width = max(Self.minimumWidth, width) }

    public func wrap(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { wrapLine(String($0)) }.joined(separator: "\n")
    }

    func wrapLine(_ line: String) -> String {
        guard Self.visibleWidth(line) > width else { return line }
        let leading = String(line.prefix { $0 == " " })
        var indent = leading
        let rest = line.dropFirst(leading.count)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, rest.dropFirst(digits.count).hasPrefix(". ") {
            indent += String(repeating: " ", count: digits.count + 2)
        }
        if indent.count > width / 2 { indent = "" }
        var lines: [String] = []
        var current = leading
        var currentWidth = leading.count
        var hasWord = false
        for word in line.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: false) {
            let w = Self.visibleWidth(String(word))
            if !hasWord {
                current += word
                currentWidth += w
                hasWord = true
            } else if currentWidth + 1 + w <= width {
                current += " " + word
                currentWidth += 1 + w
            } else {
                lines.append(current)
                current = indent + word
                currentWidth = indent.count + w
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    /// Characters that take space on screen: everything outside `ESC [ … m` sequences.
    static func visibleWidth(_ text: String) -> Int {
        visibleScalars(text).filter { $0.properties.generalCategory != .nonspacingMark }.count
    }

    /// `text` without its ANSI style sequences: the plain text a styled answer stands for.
    public static func unstyled(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: visibleScalars(text))
        return String(out)
    }

    /// The scalars of `text` outside `ESC … m` style sequences.
    static func visibleScalars(_ text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                inEscape = scalar != "m"
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                scalars.append(scalar)
            }
        }
        return scalars
    }
}
