import Foundation

/// Verifies a set of transcript files, reporting each mismatch as a diff, saving what was
/// printed now as `NAME.actual`, and, when asked, accepting the new output.
public struct TranscriptSuite {
    /// What happened across the files.
    public struct Summary: Sendable, Equatable {
        public var passed = 0
        public var failed = 0
        public var updated = 0
    }

    public let replay: TranscriptReplay
    /// Rewrite mismatching transcripts instead of failing.
    public let update: Bool
    /// Receives every line of the report (diffs, errors, the summary).
    public let report: (String) -> Void

    public init(replay: TranscriptReplay, update: Bool, report: @escaping (String) -> Void) {
        self.replay = replay
        self.update = update
        self.report = report
    }

    public func verify(_ files: [URL]) -> Summary {
        var summary = Summary()
        var failedPaths: [String] = []
        for url in files {
            let name = KnowledgeBase.displayPath(url)
            do {
                let result = replay.replay(try TranscriptFile.read(url))
                let actualURL = TranscriptFile.actualURL(for: url)
                if result.passed {
                    summary.passed += 1
                    try? FileManager.default.removeItem(at: actualURL)
                } else if update {
                    try TranscriptFile.write(result.actual, to: url)
                    try? FileManager.default.removeItem(at: actualURL)
                    summary.updated += 1
                    report("updated \(name): \(result.mismatches.count) answer(s) changed\n")
                } else {
                    summary.failed += 1
                    failedPaths.append(name)
                    for mismatch in result.mismatches { report(TranscriptReplay.report(mismatch, file: name)) }
                    try TranscriptFile.write(result.actual, to: actualURL)
                    report("the new output of \(name) is in \(KnowledgeBase.displayPath(actualURL))\n")
                }
            } catch {
                summary.failed += 1
                report("fibroqa: \((error as? LocalizedError)?.errorDescription ?? "\(error)")\n")
            }
        }
        var last = "\(summary.passed) passed, \(summary.failed) failed"
        if summary.updated > 0 { last += ", \(summary.updated) updated" }
        if !failedPaths.isEmpty {
            report("to accept the new output: fibroqa transcripts verify --update \(failedPaths.joined(separator: " "))\n")
        }
        report(last + "\n")
        return summary
    }
}
