/// One query term's postings, ready for scoring.
struct ScoredList {
    let query: QueryTerm
    let postings: PostingList
    let idf: Double
    /// The largest term weight in any of its passages (stored at index time).
    let maximumWeight: Double

    /// The most this term can add to any passage's score.
    var upperBound: Double { idf * maximumWeight * query.weight }

    /// What this term adds to the passage at position `i` of its postings, given every
    /// passage's length norm.
    @inline(__always)
    func score(at i: Int, _ scoring: Scoring, _ norms: [Double]) -> Double {
        let passage = Int(postings.passages[i])
        let weight = scoring.frequencyWeight(frequency: postings.frequency(at: i), lengthNorm: norms[passage])
            + Double(postings.fieldBonus(at: i)) / 10
        return idf * weight * query.weight
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
    let scoring: Scoring
    /// Every passage's length norm, by passage id.
    let norms: [Double]

    /// Relative margin under which a bound is not trusted to exclude a passage.
    static let margin = 1e-9

    func top(_ k: Int) -> [(passage: Int, score: Double)] {
        guard k > 0, !lists.isEmpty else { return [] }
        let order = lists.indices.sorted { lists[$0].upperBound < lists[$1].upperBound }
        var boundBelow = [0.0]
        for i in order { boundBelow.append(boundBelow[boundBelow.count - 1] + lists[i].upperBound) }
        var cursor = [Int](repeating: 0, count: lists.count)
        var best = TopPassages(k: k)
        var firstEssential = 0

        while firstEssential < order.count {
            var candidate = UInt32.max
            for j in firstEssential..<order.count {
                let list = lists[order[j]].postings
                if cursor[order[j]] < list.count { candidate = min(candidate, list.passages[cursor[order[j]]]) }
            }
            if candidate == .max { break }
            var partial = 0.0
            for j in firstEssential..<order.count {
                let i = order[j]
                if cursor[i] < lists[i].postings.count, lists[i].postings.passages[cursor[i]] == candidate {
                    partial += lists[i].score(at: cursor[i], scoring, norms)
                    cursor[i] += 1
                }
            }
            var possible = true
            for j in stride(from: firstEssential - 1, through: 0, by: -1) {
                if !best.couldAdmit(partial + boundBelow[j + 1], margin: Self.margin) { possible = false; break }
                let i = order[j]
                cursor[i] = Self.seek(candidate, in: lists[i].postings.passages, from: cursor[i])
                if cursor[i] < lists[i].postings.count, lists[i].postings.passages[cursor[i]] == candidate {
                    partial += lists[i].score(at: cursor[i], scoring, norms)
                }
            }
            guard possible, best.couldAdmit(partial, margin: Self.margin) else { continue }
            best.offer(passage: Int(candidate), score: exactScore(of: candidate))
            while firstEssential < order.count, !best.couldAdmit(boundBelow[firstEssential + 1], margin: Self.margin) {
                firstEssential += 1
            }
        }
        return best.sorted()
    }

    /// The passage's score summed in query order, exactly as exhaustive scoring sums it.
    func exactScore(of passage: UInt32) -> Double {
        var total = 0.0
        for list in lists {
            if let i = Searcher.position(of: passage, in: list.postings.passages) {
                total += list.score(at: i, scoring, norms)
            }
        }
        return total
    }

    /// The first position at or after `start` whose passage is at least `target` (galloping
    /// then binary search, so long skips cost a logarithm).
    static func seek(_ target: UInt32, in passages: [UInt32], from start: Int) -> Int {
        guard start < passages.count, passages[start] < target else { return start }
        var step = 1
        var low = start
        var high = start + 1
        while high < passages.count, passages[high] < target {
            low = high
            step *= 2
            high = min(passages.count, high + step)
        }
        high = min(high, passages.count)
        while low < high {
            let mid = (low + high) / 2
            if passages[mid] < target { low = mid + 1 } else { high = mid }
        }
        return low
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
