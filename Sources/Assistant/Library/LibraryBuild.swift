import Foundation
import Retrieval

extension Library {
    /// Reads the knowledge folder and writes a fresh index to `indexPath`.
    @discardableResult
    public static func build(knowledge: URL, indexPath: String, reason: String = "requested",
                             progress: BuildProgressHandler? = nil) throws -> BuildReport {
        try build(try KnowledgeBase.load(from: knowledge, progress: progress), knowledge: knowledge, indexPath: indexPath,
                  reason: reason, progress: progress)
    }

    /// Writes a fresh index of the already loaded `base` (read from `knowledge`) to `indexPath`.
    @discardableResult
    public static func build(_ base: KnowledgeBase, knowledge: URL, indexPath: String, reason: String = "requested",
                             progress: BuildProgressHandler? = nil) throws -> BuildReport {
        let started = Date()
        guard !base.articles.isEmpty else { throw AssistantError.knowledgeEmpty(path: KnowledgeBase.displayPath(knowledge)) }
        var passages: [IndexablePassage] = []
        var sources: [SourceRecord] = []
        for (id, loaded) in base.articles.enumerated() {
            sources.append(SourceRecord(id: id, path: loaded.file.name, title: loaded.article.title, size: loaded.file.size,
                                        modified: loaded.file.modified, hash: loaded.hash))
            passages += indexablePassages(of: loaded.article, source: id)
        }
        let contributions = records(of: base.articles)
        let total = passages.count
        var analysed: (@Sendable (Int) -> Void)?
        if let progress {
            analysed = { done in progress(BuildProgress(phase: .indexing, done: done, total: total)) }
        }
        let files = base.files
        var recorded = files.map { file in
            contributions[file.name] ?? RecordedFile(
                name: file.name, size: file.size, modified: file.modified,
                hash: ContentHash.hex(FileManager.default.contents(atPath: knowledge.appendingPathComponent(file.name).path) ?? Data()))
        }
        attach(base.fileProblems, to: &recorded)
        let index: BuiltIndex
        do {
            // The passages are written while they are analysed; the postings follow.
            index = try IndexStore.write(passages: passages, sources: sources, metadata: metadata(recorded, fingerprint: fingerprint(files)),
                                         to: indexPath) {
                let built = IndexBuilder.build(passages, workers: ProcessInfo.processInfo.activeProcessorCount, progress: analysed)
                progress?(BuildProgress(phase: .writing, done: 0, total: 0))
                return built
            }
        } catch {
            throw AssistantError.index(error.localizedDescription)
        }
        return BuildReport(articles: sources.count, passages: index.passageCount, terms: index.termCount,
                           seconds: Date().timeIntervalSince(started), reason: reason, updated: nil)
    }

    /// The passages of an article as the index receives them: each paragraph with the title and
    /// its heading as bonus fields. Rebuilding a stored article's passages for an update goes
    /// through here too, so both see the same fields.
    static func indexablePassages(of article: Article, source: Int) -> [IndexablePassage] {
        var passages: [IndexablePassage] = []
        var positionInSection = 0
        var previousSection: String?
        for paragraph in article.paragraphs {
            positionInSection = paragraph.section == previousSection ? positionInSection + 1 : 1
            previousSection = paragraph.section
            var fields = [WeightedField(text: article.title, bonus: titleBonus)]
            if let section = paragraph.section {
                fields.append(WeightedField(text: section, bonus: sectionBonus / Double(positionInSection)))
            }
            passages.append(IndexablePassage(source: source, section: paragraph.section, text: paragraph.text, fields: fields))
        }
        return passages
    }

    /// The records of loaded articles by file name, their acronyms looked for on all cores.
    static func records(of articles: [KnowledgeBase.LoadedArticle]) -> [String: RecordedFile] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, articles.count / 256 + 1))
        let shares = ParallelResults<[String: RecordedFile]>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var found: [String: RecordedFile] = [:]
            for i in stride(from: worker, to: articles.count, by: workers) { found[articles[i].file.name] = record(of: articles[i]) }
            shares.set(worker, found)
        }
        return shares.values.reduce(into: [:]) { all, share in all.merge(share) { first, _ in first } }
    }

    /// The record of a loaded article, with the acronyms it defines.
    static func record(of loaded: KnowledgeBase.LoadedArticle) -> RecordedFile {
        var acronyms: [String] = []
        for paragraph in loaded.article.paragraphs {
            for line in AcronymHarvester.definitions(in: paragraph.text) where !acronyms.contains(line) { acronyms.append(line) }
        }
        return RecordedFile(name: loaded.file.name, size: loaded.file.size, modified: loaded.file.modified,
                            hash: loaded.hash, acronyms: acronyms)
    }

    /// Notes each problem on the record of the file it is about.
    static func attach(_ problems: [KnowledgeBase.FileProblem], to recorded: inout [RecordedFile]) {
        let positions = Dictionary(recorded.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        for problem in problems {
            guard let i = positions[problem.file] else { continue }
            recorded[i].problem = recorded[i].problem.map { $0 + "\n" + problem.message } ?? problem.message
        }
    }

    /// What the library stores beside the index, derived from the file records in file order.
    static func metadata(_ recorded: [RecordedFile], fingerprint: String) -> [String: String] {
        var acronyms: [String] = []
        var seen: Set<String> = []
        for file in recorded {
            for line in file.acronyms where seen.insert(line).inserted { acronyms.append(line) }
        }
        let problems = recorded.compactMap(\.problem).flatMap { $0.split(separator: "\n").map(String.init) }
        return [
            "files": RecordedFile.encodeList(recorded),
            "files_fingerprint": fingerprint,
            "problems": encodeLines(problems),
            "library_version": version,
            "acronyms": encodeLines(acronyms),
        ]
    }
}
