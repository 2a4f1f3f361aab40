/// Why an answer came out as it did: every factor of the search, labelled.
public struct Explanation: Sendable, Equatable {
    /// One searched term: where it came from and its statistics.
    public struct Term: Sendable, Equatable {
        /// The question word it stands for.
        public let word: String
        public let term: String
        /// "question", "corrected" or "expanded".
        public let origin: String
        public let weight: Double
        public let documentFrequency: Int
        public let idf: Double
    }

    /// One retrieved passage with its score parts.
    public struct Hit: Sendable, Equatable {
        public let passage: Int
        public let title: String
        public let section: String?
        public let score: Double
        public let parts: [String]
    }

    /// One quoted excerpt: how its rank among the candidate quotes was reached.
    public struct QuoteRank: Sendable, Equatable {
        public let passage: Int
        public let rank: Double
        public let parts: [String]
    }

    public let analysed: [String]
    /// Texting shorthand read as the words it stands for ("wat → what").
    public let readAs: [String]
    public let corrections: [String]
    public let expansions: [String]
    /// The kind of fact the question asks for ("cause", "duration"), when it asks for one: a
    /// quote stating it ranks higher.
    public let asksFor: String?
    /// The scene set before or told after the question proper, whose words weigh less in the evidence.
    public let preamble: String?
    /// The words the question sets aside ("besides pain"), which search at a lesser weight.
    public var setAside: String? = nil
    public let terms: [Term]
    public let hits: [Hit]
    /// The evidence measure and the threshold it was compared with.
    public let evidence: String
    /// Why nothing was quoted, when it was not.
    public let abstention: String?
    /// The quotes given, in order, each with the factors of its rank.
    public var quotes: [QuoteRank] = []
}
