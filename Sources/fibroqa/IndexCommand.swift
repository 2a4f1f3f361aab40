import ArgumentParser
import Assistant
import Foundation

/// `fibroqa index`: builds the index now and says what it holds.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build the index of the articles now and print what it holds.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures {
            let library = try options.openLibrary(rebuild: true)
            guard let report = library.buildReport else { return }
            print("indexed \(report.articles) articles, \(report.passages) passages, \(report.terms) terms in \(String(format: "%.3f", report.seconds)) s")
            print("index: \(library.indexPath)")
        }
    }
}
