/// One query term's postings, ready for scoring.
struct ScoredList {
    let query: QueryTerm
    let postings: DecodedPostings
    let idf: Double
    /// The largest term weight in any of its passages (stored at index time, scaled if needed).
    let maximumWeight: Double

    /// The most this term can add to any passage's score.
    var upperBound: Double { idf * maximumWeight * query.weight }

    /// What this term adds to the passage at position `i` of its postings, given every
    /// passage's length norm.
    @inline(__always)
    func score(at i: Int, _ norms: UnsafeBufferPointer<Double>) -> Double {
        Self.score(packed: postings.packed[i], norm: norms[Int(postings.passages[i])], idf: idf, queryWeight: query.weight)
    }

    /// idf × (saturated frequency + field bonus) × query weight: `Scoring`'s formula, with the
    /// operations in the same order wherever a posting is scored, so every path gets the same bits.
    @inline(__always)
    static func score(packed: UInt32, norm: Double, idf: Double, queryWeight: Double) -> Double {
        let f = Double(packed >> 5)
        let weight = f * (Scoring.frequencySaturation + 1) / (f + norm) + Double(packed & 31) / 10
        return idf * weight * queryWeight
    }
}

/// Exact top-k by MaxScore (Turtle and Flood, 1995), document at a time.
///
/// Lists are ordered by their score bound. Once k passages are held, the lists whose bounds
/// together cannot reach the k-th score are *non-essential*: a passage found only in them cannot
/// enter the top k, so candidates come from the essential lists alone, and non-essential lists are
/// only probed, from the largest bound down, while the candidate can still make it. Every
/// passage that enters is scored again term by term in query order, as exhaustive scoring does,
/// so scores and ties (broken by passage id) come out identical; bounds are compared with a
/// small margin so rounding never prunes a passage that belongs.
struct MaxScore {
    let lists: [ScoredList]
    /// Every passage's length norm, by passage id.
    let norms: [Double]

    /// Relative margin under which a bound is not trusted to exclude a passage.
    static let margin = 1e-9

    func top(_ k: Int) -> [(passage: Int, score: Double)] {
        guard k > 0, !lists.isEmpty else { return [] }
        return withExtendedLifetime(lists) {
            norms.withUnsafeBufferPointer { norms in top(k, norms) }
        }
    }

    private func top(_ k: Int, _ norms: UnsafeBufferPointer<Double>) -> [(passage: Int, score: Double)] {
        let order = lists.indices.sorted { lists[$0].upperBound < lists[$1].upperBound }
        // Per list, in bound order: plain pointers and factors, so the loops below touch no
        // reference-counted storage.
        let passages = order.map { lists[$0].postings.passages }
        let packed = order.map { lists[$0].postings.packed }
        let idfs = order.map { lists[$0].idf }
        let weights = order.map { lists[$0].query.weight }
        var boundBelow = [0.0]
        for i in order { boundBelow.append(boundBelow[boundBelow.count - 1] + lists[i].upperBound) }
        var cursor = [Int](repeating: 0, count: order.count)
        var best = TopPassages(k: k)
        var firstEssential = 0

        while firstEssential < order.count {
            var candidate = UInt32.max
            for j in firstEssential..<order.count where cursor[j] < passages[j].count {
                candidate = min(candidate, passages[j][cursor[j]])
            }
            if candidate == .max { break }
            var partial = 0.0
            for j in firstEssential..<order.count where cursor[j] < passages[j].count && passages[j][cursor[j]] == candidate {
                partial += ScoredList.score(packed: packed[j][cursor[j]], norm: norms[Int(candidate)], idf: idfs[j], queryWeight: weights[j])
                cursor[j] += 1
            }
            var possible = true
            for j in stride(from: firstEssential - 1, through: 0, by: -1) {
                if !best.couldAdmit(partial + boundBelow[j + 1], margin: Self.margin) { possible = false; break }
                cursor[j] = DecodedPostings.seek(candidate, in: passages[j], from: cursor[j])
                if cursor[j] < passages[j].count, passages[j][cursor[j]] == candidate {
                    partial += ScoredList.score(packed: packed[j][cursor[j]], norm: norms[Int(candidate)], idf: idfs[j], queryWeight: weights[j])
                }
            }
            guard possible, best.couldAdmit(partial, margin: Self.margin) else { continue }
            best.offer(passage: Int(candidate), score: exactScore(of: candidate, norms))
            while firstEssential < order.count, !best.couldAdmit(boundBelow[firstEssential + 1], margin: Self.margin) {
                firstEssential += 1
            }
        }
        return best.sorted()
    }

    /// The passage's score summed in query order, exactly as exhaustive scoring sums it.
    func exactScore(of passage: UInt32, _ norms: UnsafeBufferPointer<Double>) -> Double {
        var total = 0.0
        for list in lists {
            if let i = list.postings.position(of: passage) { total += list.score(at: i, norms) }
        }
        return total
    }
}

/// The k best (score, passage) pairs seen so far: higher score first, then lower passage id.
struct TopPassages {
    let k: Int
    private var heap: [(passage: Int, score: Double)] = []

    init(k: Int) { self.k = k }

    /// The k-th best score once k passages are held.
    var threshold: Double? { heap.count < k ? nil : heap.first?.score }

    /// False only when a passage scoring at most `bound` certainly cannot enter.
    func couldAdmit(_ bound: Double, margin: Double) -> Bool {
        guard let threshold else { return true }
        return bound >= threshold - margin * max(1, abs(threshold))
    }

    mutating func offer(passage: Int, score: Double) {
        if heap.count < k {
            heap.append((passage, score))
            siftUp(heap.count - 1)
        } else if let worst = heap.first, Self.isWorse(worst, than: (passage, score)) {
            heap[0] = (passage, score)
            siftDown(0)
        }
    }

    func sorted() -> [(passage: Int, score: Double)] {
        heap.sorted { Self.isWorse($1, than: $0) }
    }

    /// True when `a` ranks below `b`.
    static func isWorse(_ a: (passage: Int, score: Double), than b: (passage: Int, score: Double)) -> Bool {
        a.score != b.score ? a.score < b.score : a.passage > b.passage
    }

    private mutating func siftUp(_ index: Int) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.isWorse(heap[child], than: heap[parent]) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ index: Int) {
        var parent = index
        while true {
            var worst = parent
            for child in [2 * parent + 1, 2 * parent + 2] where child < heap.count && Self.isWorse(heap[child], than: heap[worst]) {
                worst = child
            }
            if worst == parent { return }
            heap.swapAt(parent, worst)
            parent = worst
        }
    }
}
