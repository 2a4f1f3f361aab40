/// A unified diff of two short lists of lines (`diff -u` style hunks with context).
public struct UnifiedDiff: Sendable {
    /// Lines of context around each change.
    public static let context = 3

    /// The hunks turning `old` into `new`; line numbers start at `oldStart` and `newStart`.
    /// Empty when the lists are equal.
    public static func hunks(old: [String], new: [String], oldStart: Int = 1, newStart: Int = 1) -> [String] {
        let script = editScript(old, new)
        guard script.contains(where: { $0.kind != .same }) else { return [] }
        var lines: [String] = []
        var i = 0
        while i < script.count {
            guard script[i].kind != .same else { i += 1; continue }
            var start = max(0, i - context)
            var end = i
            while end < script.count {
                if script[end].kind != .same { end += 1; continue }
                var run = end
                while run < script.count, script[run].kind == .same { run += 1 }
                if run == script.count || run - end > 2 * context { end = min(script.count, end + context); break }
                end = run
            }
            while start > 0, script[start - 1].kind != .same { start -= 1 }
            let slice = script[start..<end]
            let oldFrom = slice.first.map { $0.oldIndex } ?? 0
            let newFrom = slice.first.map { $0.newIndex } ?? 0
            let oldCount = slice.filter { $0.kind != .inserted }.count
            let newCount = slice.filter { $0.kind != .deleted }.count
            lines.append("@@ -\(oldStart + oldFrom),\(oldCount) +\(newStart + newFrom),\(newCount) @@")
            for step in slice {
                switch step.kind {
                case .same: lines.append(" " + step.text)
                case .deleted: lines.append("-" + step.text)
                case .inserted: lines.append("+" + step.text)
                }
            }
            i = end
        }
        return lines
    }

    struct Step {
        enum Kind { case same, deleted, inserted }
        let kind: Kind
        let text: String
        /// The position in the old and new lists where this step stands.
        let oldIndex: Int
        let newIndex: Int
    }

    /// The shortest edit script by longest common subsequence (the inputs are answer-sized).
    static func editScript(_ a: [String], _ b: [String]) -> [Step] {
        let n = a.count, m = b.count
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var steps: [Step] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                steps.append(Step(kind: .same, text: a[i], oldIndex: i, newIndex: j)); i += 1; j += 1
            } else if j < m, i == n || lcs[i][j + 1] > lcs[i + 1][j] {
                steps.append(Step(kind: .inserted, text: b[j], oldIndex: i, newIndex: j)); j += 1
            } else {
                steps.append(Step(kind: .deleted, text: a[i], oldIndex: i, newIndex: j)); i += 1
            }
        }
        return steps
    }
}
