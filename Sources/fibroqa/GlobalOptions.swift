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

    /// Opens the library, building the index when needed (with a progress bar on a terminal),
    /// and reports skipped files on stderr.
    func openLibrary(rebuild: Bool = false) throws -> Library {
        let bar = ProgressBar.forStandardError()
        defer { bar?.finish() }
        var progress: BuildProgressHandler?
        if let bar { progress = { bar.update($0) } }
        let library = try Library.open(knowledge: knowledgeURL, indexPath: index, rebuild: rebuild, progress: progress)
        bar?.finish()
        for problem in library.problems { Terminal.warn(problem) }
        return library
    }
}
