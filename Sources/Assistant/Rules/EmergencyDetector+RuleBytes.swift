import Retrieval

extension EmergencyDetector {
    /// The compiled categories as bytes for the rule cache (`init(reading:analyzer:)` reads them back).
    func write(to writer: inout RuleWriter) {
        writer.list(categories) { writer, category in
            writer.string(category.name)
            writer.string(category.notice)
            category.phrases.write(to: &writer)
        }
    }

    init(reading reader: inout RuleReader, analyzer: Analyzer) throws {
        self.init(categories: try reader.list { reader in
            Category(name: try reader.string(), notice: try reader.string(),
                     phrases: try PhraseList(reading: &reader, analyzer: analyzer))
        })
    }
}
