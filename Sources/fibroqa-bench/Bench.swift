import ArgumentParser

/// `fibroqa-bench`: measures fibroqa's engine with the phases, flags, definitions and JSON
/// fields of `../shared/bench/anchor-bench.py`, so the two can be compared in one run.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fibroqa-bench",
        abstract: "Measure index build and query speed on a Markdown corpus (one JSON line per phase).",
        discussion: """
            Definitions follow anchor-bench.py: a passage is a paragraph of an article; build time \
            excludes reading the files; query time is tokenise + search + top-k passage ids, one \
            query at a time, after an untimed warm-up pass. Run under /usr/bin/time -v for peak RSS; \
            Benchmarks/compare does all of it against SQLite FTS5.
            """,
        subcommands: [BenchBuildCommand.self, BenchQueryCommand.self, BenchCheckCommand.self])
}
