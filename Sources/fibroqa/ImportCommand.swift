import ArgumentParser
import Assistant
import Foundation

/// `fibroqa import DUMP`: turns a blog dump into Markdown articles.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a blog dump as one Markdown article per post.")

    @Argument(help: ArgumentHelp("The dump, e.g. ../shared/seed/posts-tagged-fibromyalgia.txt.", valueName: "dump"))
    var dump: String

    @Option(name: .long, help: ArgumentHelp("The folder to write the articles into.", valueName: "dir"))
    var into: String = "knowledge"

    func run() throws {
        try reportingFailures {
            let written = try DumpImporter().importDump(at: URL(fileURLWithPath: dump), into: URL(fileURLWithPath: into))
            for url in written { print(KnowledgeBase.displayPath(url)) }
            print("imported \(written.count) articles into \(into)")
        }
    }
}
