import Foundation

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
    /// One line per skipped file, naming it and the reason.
    public let problems: [String]

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
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw AssistantError.unreadableArticle(path: directory.path, reason: "the folder cannot be listed")
        }
        let folder = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
        return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted().compactMap { name in
            var info = stat()
            guard stat(folder + name, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                return nil
            }
            let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
            return KnowledgeFile(name: name, size: Int(info.st_size), modified: modified)
        }
    }

    /// Articles larger than this are skipped (a patient article is a few kilobytes; a file this
    /// big is a mistake, and indexing it would hold the whole file in memory).
    public static let maximumArticleBytes = 8 << 20

    /// Loads every article of `directory`; unreadable ones are skipped and listed in `problems`.
    public static func load(from directory: URL) throws -> KnowledgeBase {
        let files = try listFiles(in: directory)
        var articles: [LoadedArticle] = []
        var problems: [String] = []
        var titles: [String: String] = [:]
        for file in files {
            let url = directory.appendingPathComponent(file.name)
            let shown = Self.displayPath(url)
            do {
                guard file.size <= Self.maximumArticleBytes else {
                    throw AssistantError.unreadableArticle(path: shown, reason: "larger than \(Self.maximumArticleBytes >> 20) MiB")
                }
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    throw AssistantError.unreadableArticle(path: shown, reason: "cannot open the file")
                }
                guard let text = String(validating: data, as: UTF8.self) else {
                    throw AssistantError.unreadableArticle(path: shown, reason: "not UTF-8")
                }
                let parsed: Article
                do {
                    parsed = try Article.parse(markdown: text, file: file.name)
                } catch AssistantError.unreadableArticle(_, let reason) {
                    throw AssistantError.unreadableArticle(path: shown, reason: reason)
                }
                if let other = titles[parsed.title.lowercased()] {
                    problems.append("article '\(shown)' has the same title as '\(other)'; both are kept")
                }
                titles[parsed.title.lowercased()] = file.name
                articles.append(LoadedArticle(article: parsed, file: file, hash: ContentHash.hex(data)))
            } catch {
                problems.append(error.localizedDescription)
            }
        }
        return KnowledgeBase(directory: directory, articles: articles, problems: problems)
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
