import ArgumentParser

/// How answers are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
}
