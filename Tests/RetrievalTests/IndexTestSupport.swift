import Foundation
import TestSupport
@testable import Retrieval

/// Builds a small index in a temporary file for tests.
enum TestIndex {
    static func make(_ texts: [String], fields: [[WeightedField]]? = nil) throws -> IndexReader {
        var builder = IndexBuilder()
        for (i, text) in texts.enumerated() {
            builder.add(IndexablePassage(source: 0, section: nil, text: text, fields: fields?[i] ?? []))
        }
        let path = Scratch.path("fibroqa-test", extension: "sqlite").path
        try IndexStore.write(builder.finish(), sources: [], to: path)
        return try IndexReader(path: path)
    }
}
