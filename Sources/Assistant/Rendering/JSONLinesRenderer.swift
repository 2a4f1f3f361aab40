import Foundation

/// Renders an answer as one line of JSON, with the fields in a fixed order:
/// `question, status, answers[title, article, section, excerpt, score], notice, corrected,
/// lead, topics`.
public struct JSONLinesRenderer: Sendable {
    public init() {}

    public func render(_ answer: Answer) -> String {
        let answers = answer.quotes.map { quote in
            JSON.object([
                ("title", .string(quote.title)), ("article", .string(quote.article)),
                ("section", quote.section.map(JSON.string) ?? .null), ("excerpt", .string(quote.excerpt)),
                ("score", .number((quote.score * 10_000).rounded() / 10_000)),
            ])
        }
        let object = JSON.object([
            ("question", .string(answer.question)), ("status", .string(answer.status.rawValue)),
            ("answers", .array(answers)), ("notice", .string(answer.notice)),
            ("corrected", answer.corrected.map(JSON.string) ?? .null),
            ("lead", answer.lead.map(JSON.string) ?? .null),
            ("topics", .array(answer.topics.map(JSON.string))),
        ])
        return object.serialized + "\n"
    }
}

/// A minimal JSON value that serialises with keys in the given order.
public indirect enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (lhs: JSON, rhs: JSON) -> Bool { lhs.serialized == rhs.serialized }

    public var serialized: String {
        switch self {
        case .null: return "null"
        case let .bool(b): return b ? "true" : "false"
        case let .number(n):
            if n.isNaN || n.isInfinite { return "null" }
            if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
            return String(n)
        case let .string(s): return Self.quote(s)
        case let .array(items): return "[" + items.map(\.serialized).joined(separator: ", ") + "]"
        case let .object(pairs):
            return "{" + pairs.map { Self.quote($0.0) + ": " + $0.1.serialized }.joined(separator: ", ") + "}"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value) {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
