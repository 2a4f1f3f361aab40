import Foundation
import Retrieval

extension Library {
    /// What bringing an index up to date in place did.
    enum UpdateOutcome {
        /// Only sizes or times moved; the recorded list was refreshed.
        case refreshed
        case updated(BuildReport)
        /// Another process changed the index first; it may already be what this one wanted.
        case overtaken
    }

    /// Brings the index up to date in place when few articles changed; nil when the change is
    /// too large for that (or the recorded list is unreadable), so the caller rebuilds.
    static func update(_ reader: IndexReader, files: [KnowledgeFile], knowledge: URL, indexPath: String) throws -> UpdateOutcome? {
        let started = Date()
        guard let previousFingerprint = try reader.metadata("files_fingerprint"),
              let listed = try reader.metadata("files"), let recorded = RecordedFile.decodeList(listed)
        else { return nil }
        let diff = ListingDiff(recorded: recorded, files: files, knowledge: knowledge)
        let changes = diff.changed.count + diff.added.count + diff.removed.count
        guard changes <= Int(Double(files.count) * incrementalShare) || changes == 0 else { return nil }

        let stored = try reader.sources()
        let leaving = Set(diff.removed + diff.changed.map(\.name))
        let sourceIDs = stored.filter { leaving.contains($0.path) }.map(\.id)
        var titles: [String: String] = [:]
        for source in stored where !leaving.contains(source.path) { titles[source.title.lowercased()] = source.path }
        let base = try KnowledgeBase.load(from: knowledge, files: diff.changed + diff.added, knownTitles: titles)

        var records = diff.kept
        var newSources: [IndexUpdater.NewSource] = []
        for loaded in base.articles {
            records[loaded.file.name] = record(of: loaded)
            let record = SourceRecord(id: 0, path: loaded.file.name, title: loaded.article.title, size: loaded.file.size,
                                      modified: loaded.file.modified, hash: loaded.hash)
            newSources.append(IndexUpdater.NewSource(record: record, passages: indexablePassages(of: loaded.article, source: 0)))
        }
        for file in diff.changed + diff.added where records[file.name] == nil {
            records[file.name] = RecordedFile(name: file.name, size: file.size, modified: file.modified,
                                              hash: diff.hashes[file.name] ?? "")
        }
        var list = files.compactMap { records[$0.name] }
        attach(base.fileProblems, to: &list)
        guard list.count == files.count else { return nil }
        guard stored.count - sourceIDs.count + newSources.count > 0 else {
            throw AssistantError.knowledgeEmpty(path: KnowledgeBase.displayPath(knowledge))
        }
        let applied = try IndexUpdater.apply(
            to: indexPath, removing: sourceIDs, adding: newSources, metadata: metadata(list, fingerprint: fingerprint(files)),
            guardKey: "files_fingerprint", guardValue: previousFingerprint
        ) { source in
            let paragraphs = source.passages.map { Article.Paragraph(section: $0.section, text: $0.text) }
            return indexablePassages(of: Article(file: source.record.path, title: source.record.title, paragraphs: paragraphs),
                                     source: source.record.id)
        }
        guard applied else { return .overtaken }
        guard changes > 0 else { return .refreshed }
        let updated = try IndexReader(path: indexPath)
        return .updated(BuildReport(articles: try updated.sourceCount(), passages: updated.passageCount,
                                    terms: try updated.termCount(), seconds: Date().timeIntervalSince(started),
                                    reason: "knowledge changed", updated: (diff.added.count, diff.changed.count, diff.removed.count)))
    }
}

/// How the folder differs from the recorded list: files added, changed in content, removed,
/// and the records of the rest (refreshed when only their size or time moved).
struct ListingDiff {
    var added: [KnowledgeFile] = []
    var changed: [KnowledgeFile] = []
    var removed: [String] = []
    var kept: [String: Library.RecordedFile] = [:]
    /// Content hashes computed while comparing, by file name.
    var hashes: [String: String] = [:]

    init(recorded: [Library.RecordedFile], files: [KnowledgeFile], knowledge: URL) {
        let byName = Dictionary(recorded.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for file in files {
            guard let old = byName[file.name] else {
                added.append(file)
                continue
            }
            if old.size == file.size, old.modified == file.modified {
                kept[file.name] = old
                continue
            }
            let data = FileManager.default.contents(atPath: knowledge.appendingPathComponent(file.name).path) ?? Data()
            let hash = ContentHash.hex(data)
            hashes[file.name] = hash
            if hash == old.hash {
                kept[file.name] = old.touched(file)
            } else {
                changed.append(file)
            }
        }
        let present = Set(files.map(\.name))
        removed = recorded.map(\.name).filter { !present.contains($0) }
    }
}
