import ArgumentParser
import Assistant
import Foundation

/// Where the articles and their index are: shared by every command that answers or indexes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of Markdown articles (default: the bundled articles).", valueName: "dir"))
    var knowledge: String?

    @Option(name: .long, help: ArgumentHelp("The index file (default: in the user's cache folder).", valueName: "path"))
    var index: String?

    var knowledgeURL: URL {
        knowledge.map { URL(fileURLWithPath: $0) } ?? BundledKnowledge.directory()
    }

    /// Opens the library, building the index when needed, and reports skipped files on stderr.
    func openLibrary(rebuild: Bool = false) throws -> Library {
        let library = try Library.open(knowledge: knowledgeURL, indexPath: index, rebuild: rebuild)
        for problem in library.problems { Terminal.warn(problem) }
        return library
    }
}
