extension Lexicon {
    /// The compiled lexicon as bytes for the rule cache (`init(reading:)` reads them back).
    func write(to writer: inout RuleWriter) {
        writer.list(groups) { writer, group in
            Self.write(group.sources, to: &writer)
            Self.write(group.targets, to: &writer)
            writer.flag(group.oneWay)
        }
        writer.list(elsewhere) { $0.strings($1) }
        writer.strings(words.sorted())
    }

    init(reading reader: inout RuleReader) throws {
        let groups = try reader.list { reader in
            Group(ordered: try Self.readMembers(&reader), targets: try Self.readMembers(&reader), oneWay: try reader.flag())
        }
        let elsewhere = try reader.list { try $0.strings() }
        self.init(groups: groups, elsewhere: elsewhere, words: Set(try reader.strings()))
    }

    private static func write(_ members: [Member], to writer: inout RuleWriter) {
        writer.list(members) { writer, member in
            writer.strings(member.stems)
            writer.strings(member.contentTerms)
        }
    }

    private static func readMembers(_ reader: inout RuleReader) throws -> [Member] {
        try reader.list { reader in Member(stems: try reader.strings(), contentTerms: try reader.strings()) }
    }
}
