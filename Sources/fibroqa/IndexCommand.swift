import ArgumentParser
import Assistant
import Foundation

/// `fibroqa index`: builds the index now (or brings it up to date) and says what it holds.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build the index of the articles now and print what it holds.",
        discussion: """
            Without --update the index is rebuilt from scratch. With --update only what changed is \
            redone: a few changed, added or removed articles in a large collection are applied in \
            place; more rebuild it (every other command does the same before answering).
            """)

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Bring the index up to date, in place when few articles changed, instead of rebuilding it.")
    var update = false

    func run() throws {
        try reportingFailures {
            let library = try options.openLibrary(rebuild: !update)
            guard let report = library.buildReport else {
                print("index is up to date: \(library.articleCount) articles, \(library.reader.passageCount) passages")
                print("index: \(library.indexPath)")
                return
            }
            let seconds = String(format: "%.3f", report.seconds)
            if let (added, changed, removed) = report.updated {
                print("updated in place (\(added) added, \(changed) changed, \(removed) removed): \(report.articles) articles, \(report.passages) passages, \(report.terms) terms in \(seconds) s")
            } else {
                print("indexed \(report.articles) articles, \(report.passages) passages, \(report.terms) terms in \(seconds) s")
            }
            print("index: \(library.indexPath)")
        }
    }
}
