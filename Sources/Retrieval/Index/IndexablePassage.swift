/// A passage handed to the index builder: the text that is stored and quoted, plus fields
/// (a title, a section heading) that make it findable without being part of the quote.
public struct IndexablePassage: Sendable {
    /// The id of the source document (for example an article) this passage belongs to.
    public let source: Int
    /// The heading of the section the passage sits in, if any; stored for display.
    public let section: String?
    /// The passage text: stored verbatim and indexed as the body field.
    public let text: String
    /// Extra fields (a title, a heading) whose words earn the passage a bonus.
    public let fields: [WeightedField]

    public init(source: Int, section: String?, text: String, fields: [WeightedField]) {
        self.source = source
        self.section = section
        self.text = text
        self.fields = fields
    }
}

/// A piece of text indexed with a passage: each of its terms adds `bonus` to the term's
/// frequency weight in that passage (summed over fields, capped at 3.1).
public struct WeightedField: Sendable {
    public let text: String
    public let bonus: Double

    public init(text: String, bonus: Double) {
        self.text = text
        self.bonus = bonus
    }
}

/// A document the index was built from, with what is needed to tell whether it changed.
public struct SourceRecord: Sendable, Equatable, Codable {
    public let id: Int
    public let path: String
    public let title: String
    public let size: Int
    public let modified: Double
    public let hash: String

    public init(id: Int, path: String, title: String, size: Int, modified: Double, hash: String) {
        self.id = id
        self.path = path
        self.title = title
        self.size = size
        self.modified = modified
        self.hash = hash
    }
}
