import Foundation

/// Renders an `Explanation` as labelled text lines.
public struct ExplanationRenderer: Sendable {
    public init() {}

    public func render(_ e: Explanation) -> String {
        var lines = ["", "Explanation", "  analysed: " + e.analysed.joined(separator: " ")]
        if !e.readAs.isEmpty { lines.append("  read as: " + e.readAs.joined(separator: "; ")) }
        if !e.corrections.isEmpty { lines.append("  corrected: " + e.corrections.joined(separator: "; ")) }
        if !e.expansions.isEmpty { lines.append("  expanded: " + e.expansions.joined(separator: "; ")) }
        if let kind = e.asksFor { lines.append("  asks for: " + kind) }
        if let scene = e.preamble { lines.append("  scene: " + scene) }
        if let aside = e.setAside { lines.append("  set aside: " + aside) }
        lines.append("  terms:")
        for t in e.terms {
            lines.append(String(format: "    %@ ← %@ (%@, weight %.2f): df %d, idf %.3f", t.term, t.word, t.origin, t.weight, t.documentFrequency, t.idf))
        }
        lines.append("  passages:")
        for (i, hit) in e.hits.enumerated() {
            let place = [hit.title, hit.section].compactMap { $0 }.joined(separator: " › ")
            lines.append(String(format: "    %d. passage %d, score %.3f — %@", i + 1, hit.passage, hit.score, place))
            lines.append(contentsOf: hit.parts.map { "       " + $0 })
        }
        lines.append("  evidence: " + e.evidence)
        if let why = e.abstention { lines.append("  abstained: " + why) }
        if !e.quotes.isEmpty { lines.append("  quotes:") }
        for (i, quote) in e.quotes.enumerated() {
            lines.append(String(format: "    %d. from passage %d, rank %.3f", i + 1, quote.passage, quote.rank))
            lines.append(contentsOf: quote.parts.map { "       " + $0 })
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
