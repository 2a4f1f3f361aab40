import ArgumentParser
import Assistant
import Foundation
import Retrieval

/// `fibroqa-bench build --corpus DIR --index PATH`.
struct BenchBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the index of a corpus.")

    @Option(help: ArgumentHelp("The folder of Markdown articles.", valueName: "dir")) var corpus: String
    @Option(help: ArgumentHelp("The index file to write.", valueName: "path")) var index: String

    func run() throws {
        let folder = URL(fileURLWithPath: corpus)
        let started = BenchClock.now()
        let base = try KnowledgeBase.load(from: folder)
        let loaded = BenchClock.now()
        try? FileManager.default.removeItem(atPath: index)
        let report = try Library.build(base, knowledge: folder, indexPath: index)
        let built = BenchClock.now()
        let size = (try? FileManager.default.attributesOfItem(atPath: index)[.size] as? Int) ?? 0
        // The passages table holds the quotable text (FTS5's contentless index and tantivy's
        // unstored fields hold none), so the size without it is the comparable one.
        let text = (try? IndexReader(path: index).bytesByTable()?["passages"]) ?? nil
        BenchJSON.print([
            ("phase", .string("build")), ("engine", .string("fibroqa")), ("passages", .number(Double(report.passages))),
            ("load_s", .number(BenchClock.rounded(loaded - started, 3))), ("build_s", .number(BenchClock.rounded(built - loaded, 3))),
            ("index_bytes", .number(Double(size))), ("index_bytes_without_text", .number(Double(size - (text ?? 0)))), ("self_maxrss_kb", .number(Double(BenchClock.maxRSSKilobytes()))),
        ])
    }
}
