import Foundation
import Retrieval

/// A knowledge file on disk as last seen: enough to tell cheaply whether it changed.
public struct KnowledgeFile: Sendable, Equatable {
    public let name: String
    public let size: Int
    public let modified: Double
}

/// The articles of a knowledge folder, with the files that could not be read and why.
public struct KnowledgeBase: Sendable {
    /// The folder the articles come from.
    public let directory: URL
    public let articles: [LoadedArticle]
    /// Every file the articles were loaded from, as listed, skipped ones included.
    public let files: [KnowledgeFile]
    /// What went wrong with which file: skipped files and duplicate titles.
    public let fileProblems: [FileProblem]
    /// One line per problem, naming the file and the reason.
    public var problems: [String] { fileProblems.map(\.message) }

    /// A problem with one knowledge file.
    public struct FileProblem: Sendable, Equatable {
        public let file: String
        public let message: String
    }

    /// An article together with the file facts the index records for staleness checks.
    public struct LoadedArticle: Sendable {
        public let article: Article
        public let file: KnowledgeFile
        public let hash: String
    }

    /// The `*.md` files of `directory`, sorted by name, with their sizes and modification times.
    public static func listFiles(in directory: URL) throws -> [KnowledgeFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw AssistantError.knowledgeMissing(path: directory.path)
        }
        guard isDirectory.boolValue else { throw AssistantError.knowledgeNotADirectory(path: directory.path) }
        guard let folder = opendir(directory.path) else {
            throw AssistantError.unreadableArticle(path: directory.path, reason: "the folder cannot be listed")
        }
        defer { closedir(folder) }
        // readdir and fstatat on the open folder: no path is built per file, which matters when
        // the freshness check lists tens of thousands of articles before every answer.
        var files: [KnowledgeFile] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name.hasSuffix(".md"), !name.hasPrefix(".") else { continue }
            var info = stat()
            guard fstatat(dirfd(folder), name, &info, 0) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
            files.append(KnowledgeFile(name: name, size: Int(info.st_size), modified: modified))
        }
        return files.sorted { $0.name < $1.name }
    }

    /// Articles larger than this are skipped (a patient article is a few kilobytes; a file this
    /// big is a mistake, and indexing it would hold the whole file in memory).
    public static let maximumArticleBytes = 8 << 20

    /// Loads every article of `directory`; unreadable ones are skipped and listed in `problems`.
    public static func load(from directory: URL, progress: BuildProgressHandler? = nil) throws -> KnowledgeBase {
        try load(from: directory, files: try listFiles(in: directory), progress: progress)
    }

    /// Loads the articles of `files` (listed from `directory`), checking titles for duplicates
    /// among them and against `knownTitles` (lower-cased title → file name) of articles loaded before.
    public static func load(from directory: URL, files: [KnowledgeFile], knownTitles: [String: String] = [:],
                            progress: BuildProgressHandler? = nil) throws -> KnowledgeBase {
        let parsed = readInParallel(files, from: directory, progress: progress)
        var articles: [LoadedArticle] = []
        var problems: [FileProblem] = []
        var titles = knownTitles
        for (file, result) in zip(files, parsed) {
            switch result {
            case .success(let (article, hash)):
                if let other = titles[article.title.lowercased()] {
                    let shown = Self.displayPath(directory.appendingPathComponent(file.name))
                    problems.append(FileProblem(file: file.name, message: "article '\(shown)' has the same title as '\(other)'; both are kept"))
                }
                titles[article.title.lowercased()] = file.name
                articles.append(LoadedArticle(article: article, file: file, hash: hash))
            case .failure(let error):
                problems.append(FileProblem(file: file.name, message: error.localizedDescription))
            }
        }
        return KnowledgeBase(directory: directory, articles: articles, files: files, fileProblems: problems)
    }

    /// Reads, checks and parses `files` on all cores (each file on its own), results in order.
    private static func readInParallel(_ files: [KnowledgeFile], from directory: URL,
                                       progress: BuildProgressHandler?) -> [Result<(Article, String), Error>] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, files.count / 64 + 1))
        let results = ParallelResults<Result<(Article, String), Error>>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for i in stride(from: worker, to: files.count, by: workers) {
                results.set(i, Result { try read(files[i], from: directory) })
                let done = results.advance(by: 1)
                if done % 64 == 0 { progress?(BuildProgress(phase: .reading, done: done, total: files.count)) }
            }
        }
        return results.values
    }

    /// One article file read, checked and parsed, with the hash of its bytes.
    private static func read(_ file: KnowledgeFile, from directory: URL) throws -> (Article, String) {
        let path = directory.path.hasSuffix("/") ? directory.path + file.name : directory.path + "/" + file.name
        // The path as shown in messages is worked out only when there is something to say.
        func failure(_ reason: String) -> AssistantError {
            .unreadableArticle(path: displayPath(URL(fileURLWithPath: path)), reason: reason)
        }
        guard file.size <= Self.maximumArticleBytes else { throw failure("larger than \(Self.maximumArticleBytes >> 20) MiB") }
        guard let data = FileManager.default.contents(atPath: path) else { throw failure("cannot open the file") }
        guard let text = String(validating: data, as: UTF8.self) else { throw failure("not UTF-8") }
        do {
            return (try Article.parse(markdown: text, file: file.name), ContentHash.hex(data))
        } catch AssistantError.unreadableArticle(_, let reason) {
            throw failure(reason)
        }
    }

    /// The UTF-8 text of an optional maintainer file (such as `lexicon.txt`) in `directory`, or
    /// nil when it is absent or not UTF-8.
    static func optionalText(named name: String, in directory: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else { return nil }
        return String(validating: data, as: UTF8.self)
    }

    /// A path as a person would type it: relative to the working directory when inside it.
    public static func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }
}
