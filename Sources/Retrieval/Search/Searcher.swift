/// One term of a query, with the weight of its origin (the user's own word weighs 1; an
/// expansion or a correction less).
public struct QueryTerm: Sendable, Hashable {
    public let term: String
    public let weight: Double
    /// The idf to score it with when the caller knows better than its own document frequency
    /// (a synonym of a word found nearly everywhere); nil for its own.
    public let idf: Double?

    public init(term: String, weight: Double = 1, idf: Double? = nil) {
        self.term = term
        self.weight = weight
        self.idf = idf
    }
}

/// What one query term added to a passage's score, for explanations and for abstention.
public struct TermContribution: Sendable, Equatable {
    public let term: String
    public let frequency: UInt32
    public let idf: Double
    /// The saturated, length-normalised body frequency weight.
    public let frequencyWeight: Double
    /// The bonus for standing in the title or a heading.
    public let fieldBonus: Double
    public let queryWeight: Double

    public var score: Double { idf * (frequencyWeight + fieldBonus) * queryWeight }
}

/// A passage that matched, with its score and the part each query term played.
public struct SearchHit: Sendable, Equatable {
    public let passage: Int
    public let score: Double
    public let contributions: [TermContribution]

    public init(passage: Int, score: Double, contributions: [TermContribution]) {
        self.passage = passage
        self.score = score
        self.contributions = contributions
    }
}

/// Statistics of one query term in the collection.
public struct TermStatistics: Sendable, Equatable {
    public let term: String
    public let documentFrequency: Int
    public let idf: Double

    public init(term: String, documentFrequency: Int, idf: Double) {
        self.term = term
        self.documentFrequency = documentFrequency
        self.idf = idf
    }
}

/// Scores passages for a query with `Scoring` and returns the best, ties broken by passage id.
public struct Searcher: Sendable {
    public let reader: IndexReader
    public let scoring: Scoring
    /// Each passage's length norm, computed once rather than per posting scored.
    private let norms: [Double]

    public init(reader: IndexReader) {
        self.reader = reader
        scoring = Scoring(passageCount: reader.passageCount, averageLength: reader.averageLength)
        norms = reader.lengths.map(scoring.lengthNorm)
    }

    /// Document frequency and idf of each distinct term (0 and nil idf-wise when absent).
    public func statistics(_ terms: [String]) throws -> [TermStatistics] {
        try terms.map { term in
            let df = try reader.documentFrequency(of: term)
            return TermStatistics(term: term, documentFrequency: df, idf: scoring.idf(documentFrequency: df))
        }
    }

    /// The `limit` best passages for `query`, best first, ties broken by passage id: exactly
    /// what scoring every passage would return, found by MaxScore pruning.
    public func search(_ query: [QueryTerm], limit: Int) throws -> [SearchHit] {
        let lists = try scoredLists(query)
        let top = MaxScore(lists: lists, norms: norms).top(limit)
        return top.map { SearchHit(passage: $0.passage, score: $0.score, contributions: contributions(of: $0.passage, lists)) }
    }

    /// The same result by scoring every passage of every list: the reference the pruned search
    /// is tested against.
    public func exhaustiveSearch(_ query: [QueryTerm], limit: Int) throws -> [SearchHit] {
        let lists = try scoredLists(query)
        var scores: [Int: Double] = [:]
        norms.withUnsafeBufferPointer { norms in
            for list in lists {
                for i in 0..<list.postings.count {
                    scores[Int(list.postings.passages[i]), default: 0] += list.score(at: i, norms)
                }
            }
        }
        let best = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(max(0, limit))
        return best.map { SearchHit(passage: $0.key, score: $0.value, contributions: contributions(of: $0.key, lists)) }
    }

    /// The postings of each distinct query term with its idf, weight and score bound.
    private func scoredLists(_ query: [QueryTerm]) throws -> [ScoredList] {
        try Self.merge(query).compactMap { q in
            guard let (postings, maximum) = try reader.decodedPostings(for: q.term) else { return nil }
            return ScoredList(query: q, postings: postings, idf: q.idf ?? scoring.idf(documentFrequency: postings.count),
                              maximumWeight: maximum * reader.boundScale)
        }
    }

    private func contributions(of passage: Int, _ lists: [ScoredList]) -> [TermContribution] {
        lists.compactMap { scored in
            guard let i = scored.postings.position(of: UInt32(passage)) else { return nil }
            let packed = scored.postings.packed[i]
            let tf = packed >> 5
            return TermContribution(
                term: scored.query.term, frequency: tf, idf: scored.idf,
                frequencyWeight: scoring.frequencyWeight(frequency: tf, length: reader.lengths[passage]),
                fieldBonus: Double(packed & 31) / 10, queryWeight: scored.query.weight)
        }
    }

    /// One entry per distinct term, keeping its highest weight, in first-seen order.
    static func merge(_ query: [QueryTerm]) -> [QueryTerm] {
        var order: [String] = []
        var weights: [String: Double] = [:]
        var idfs: [String: Double] = [:]
        for q in query where q.weight > 0 {
            if let w = weights[q.term] {
                weights[q.term] = max(w, q.weight)
            } else {
                order.append(q.term)
                weights[q.term] = q.weight
            }
            if let idf = q.idf { idfs[q.term] = min(idfs[q.term] ?? idf, idf) }
        }
        return order.map { QueryTerm(term: $0, weight: weights[$0] ?? 0, idf: idfs[$0]) }
    }

}
