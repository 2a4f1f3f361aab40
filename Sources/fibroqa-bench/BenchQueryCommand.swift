import ArgumentParser
import Assistant
import Foundation
import Retrieval

/// `fibroqa-bench query --corpus DIR --index PATH --queries FILE [--k 10] [--dump FILE]`.
struct BenchQueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "query", abstract: "Time the queries of a file against a built index.")

    @Option(help: ArgumentHelp("The folder of Markdown articles (as for build).", valueName: "dir")) var corpus: String
    @Option(help: ArgumentHelp("The index file.", valueName: "path")) var index: String
    @Option(help: ArgumentHelp("The query file, one per line.", valueName: "file")) var queries: String
    @Option(help: "How many passages per query.") var k = 10
    @Option(help: ArgumentHelp("Write each query's top-k passage ids here (JSON).", valueName: "file")) var dump: String?

    func run() throws {
        let lines = try String(contentsOfFile: queries, encoding: .utf8).split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let opened = BenchClock.now()
        let searcher = Searcher(reader: try IndexReader(path: index))
        let analyzer = Analyzer()
        let openSeconds = BenchClock.now() - opened
        func search(_ query: String) throws -> [SearchHit] {
            let terms = analyzer.tokens(query).filter { !$0.isStopWord }.map { QueryTerm(term: $0.term) }
            return terms.isEmpty ? [] : try searcher.search(terms, limit: k)
        }
        for query in lines { _ = try search(query) }
        var latencies: [Double] = []
        var results: [[Int]] = []
        for query in lines {
            let start = BenchClock.now()
            let hits = try search(query)
            latencies.append((BenchClock.now() - start) * 1000)
            results.append(hits.map(\.passage))
        }
        if let dump {
            try Data(JSON.array(results.map { .array($0.map { .number(Double($0)) }) }).serialized.utf8).write(to: URL(fileURLWithPath: dump))
        }
        let sorted = latencies.sorted()
        func percentile(_ p: Double) -> Double { sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int((p / 100 * Double(sorted.count - 1)).rounded()))] }
        let median = sorted.isEmpty ? 0 : (sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2)
        BenchJSON.print([
            ("phase", .string("query")), ("engine", .string("fibroqa")), ("open_s", .number(BenchClock.rounded(openSeconds, 3))),
            ("queries", .number(Double(lines.count))), ("median_ms", .number(BenchClock.rounded(median / 1, 4))),
            ("p90_ms", .number(BenchClock.rounded(percentile(90), 4))), ("p99_ms", .number(BenchClock.rounded(percentile(99), 4))),
            ("mean_ms", .number(BenchClock.rounded(latencies.reduce(0, +) / Double(max(1, latencies.count)), 4))),
            ("max_ms", .number(BenchClock.rounded(sorted.last ?? 0, 3))),
            ("empty", .number(Double(results.filter(\.isEmpty).count))),
            ("mean_hits", .number(BenchClock.rounded(Double(results.map(\.count).reduce(0, +)) / Double(max(1, results.count)), 2))),
            ("self_maxrss_kb", .number(Double(BenchClock.maxRSSKilobytes()))),
        ])
    }
}
