import ArgumentParser
import Assistant
import Foundation

/// `fibroqa-bench check --corpus DIR --index PATH [--runs 20]`: the cost of knowing the index
/// is fresh, which every command pays before answering.
struct BenchCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Time the freshness check and a fresh open of an up-to-date index (medians).")

    @Option(help: ArgumentHelp("The folder of Markdown articles.", valueName: "dir")) var corpus: String
    @Option(help: ArgumentHelp("The index file, already up to date.", valueName: "path")) var index: String
    @Option(help: "How many times to repeat each measurement.") var runs = 20

    func run() throws {
        let folder = URL(fileURLWithPath: corpus)
        let first = try Library.open(knowledge: folder, indexPath: index)
        guard first.buildReport == nil else { throw ValidationError("the index was not up to date; run fibroqa index first") }
        var digests: [Double] = []
        var opens: [Double] = []
        for _ in 0..<max(1, runs) {
            var start = BenchClock.now()
            _ = KnowledgeBase.listingDigest(of: folder)
            digests.append((BenchClock.now() - start) * 1000)
            start = BenchClock.now()
            _ = try Library.open(knowledge: folder, indexPath: index)
            opens.append((BenchClock.now() - start) * 1000)
        }
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        BenchJSON.print([
            ("phase", .string("check")), ("engine", .string("fibroqa")), ("articles", .number(Double(first.articleCount))),
            ("runs", .number(Double(max(1, runs)))), ("listing_digest_ms", .number(BenchClock.rounded(median(digests), 3))),
            ("fresh_open_ms", .number(BenchClock.rounded(median(opens), 3))),
        ])
    }
}
