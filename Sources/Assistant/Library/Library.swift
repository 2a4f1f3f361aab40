import Foundation
import Retrieval

/// A knowledge folder together with an up-to-date index of it.
///
/// Opening checks the index against the folder (names, sizes and modification times first,
/// content hashes only for files that look changed) and rebuilds it when anything differs or
/// the file is unreadable. Builds go to a temporary file renamed into place, so a build that
/// dies half-way leaves the previous index usable.
public final class Library: Sendable {
    public let knowledgeDirectory: URL
    public let indexPath: String
    public let reader: IndexReader
    /// The indexed articles, by source id.
    public let sources: [SourceRecord]
    /// Files of the knowledge folder that were skipped, one line each.
    public let problems: [String]
    /// Acronyms the articles define, as lexicon lines ("wbvt | whole body vibration therapy").
    public let acronyms: [String]
    /// What the last build did, when opening had to build.
    public let buildReport: BuildReport?

    /// Statistics of one index build.
    public struct BuildReport: Sendable {
        public let articles: Int
        public let passages: Int
        public let terms: Int
        public let seconds: Double
        public let reason: String
    }

    /// Bumped when what the library stores beside the index changes (acronyms were added in 2, the
    /// tab-separated file list in 3);
    /// an index written by another version is rebuilt.
    public static let version = "3"

    /// Bonus for a term of the article's title, in every passage of the article.
    public static let titleBonus = 0.4
    /// Bonus for a term of the heading a passage sits under, for the first paragraph after the
    /// heading; the n-th paragraph gets this divided by n (a heading introduces what follows it
    /// most directly).
    public static let sectionBonus = 1.5

    private init(knowledge: URL, indexPath: String, reader: IndexReader, report: BuildReport?) throws {
        knowledgeDirectory = knowledge
        self.indexPath = indexPath
        self.reader = reader
        sources = try reader.sources()
        let stored = try reader.metadata("problems") ?? "[]"
        problems = (try? JSONDecoder().decode([String].self, from: Data(stored.utf8))) ?? []
        acronyms = (try? JSONDecoder().decode([String].self, from: Data((try reader.metadata("acronyms") ?? "[]").utf8))) ?? []
        buildReport = report
    }

    /// Opens the index of `knowledge` at `indexPath` (default: the user's cache), building it
    /// first when it is missing, stale or damaged, or when `rebuild` is set.
    public static func open(knowledge: URL, indexPath: String? = nil, rebuild: Bool = false) throws -> Library {
        let path = indexPath ?? IndexLocation.defaultPath(for: knowledge)
        let files = try KnowledgeBase.listFiles(in: knowledge)
        if !rebuild, let reader = try? IndexReader(path: path), let fresh = try? isFresh(reader, files: files, knowledge: knowledge), fresh {
            return try Library(knowledge: knowledge, indexPath: path, reader: reader, report: nil)
        }
        let reason = rebuild ? "requested" : (FileManager.default.fileExists(atPath: path) ? "knowledge changed" : "first use")
        let report = try build(knowledge: knowledge, indexPath: path, reason: reason)
        let reader: IndexReader
        do {
            reader = try IndexReader(path: path)
        } catch {
            throw AssistantError.index(error.localizedDescription)
        }
        return try Library(knowledge: knowledge, indexPath: path, reader: reader, report: report)
    }

    /// True when every knowledge file matches what the index recorded.
    static func isFresh(_ reader: IndexReader, files: [KnowledgeFile], knowledge: URL) throws -> Bool {
        guard try reader.metadata("library_version") == version,
              let json = try reader.metadata("files"),
              let recorded = RecordedFile.decodeList(json),
              recorded.map(\.name) == files.map(\.name)
        else { return false }
        for (file, record) in zip(files, recorded) where file.size != record.size || file.modified != record.modified {
            guard let data = FileManager.default.contents(atPath: knowledge.appendingPathComponent(file.name).path),
                  ContentHash.hex(data) == record.hash
            else { return false }
        }
        return true
    }

    /// A knowledge file as recorded in the index, skipped or not.
    ///
    /// Stored one per line as `name TAB size TAB modified TAB hash`, which reads back far faster
    /// than JSON for tens of thousands of files; `%`, tab and newline in names are %-escaped.
    struct RecordedFile: Equatable {
        let name: String
        let size: Int
        let modified: Double
        let hash: String

        var line: String {
            let escaped = name.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\t", with: "%09")
                .replacingOccurrences(of: "\n", with: "%0A")
            return "\(escaped)\t\(size)\t\(modified)\t\(hash)"
        }

        static func encodeList(_ files: [RecordedFile]) -> String {
            files.map(\.line).joined(separator: "\n")
        }

        /// The files of `text`, or nil when any line is damaged.
        static func decodeList(_ text: String) -> [RecordedFile]? {
            var files: [RecordedFile] = []
            // Bytes, not Characters: splitting 20,000 lines by grapheme costs more than the rest.
            for line in text.utf8.split(separator: UInt8(ascii: "\n")) {
                let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                    .map { String(decoding: $0, as: UTF8.self) }
                guard fields.count == 4, let size = Int(fields[1]), let modified = Double(fields[2]),
                      let name = fields[0].contains("%") ? fields[0].removingPercentEncoding : fields[0]
                else { return nil }
                files.append(RecordedFile(name: name, size: size, modified: modified, hash: fields[3]))
            }
            return files
        }
    }

    /// The indexed article with source id `id` (ids are positions in `sources`, as built).
    public func source(_ id: Int) -> SourceRecord? {
        sources.indices.contains(id) && sources[id].id == id ? sources[id] : sources.first { $0.id == id }
    }

    /// Reads the knowledge folder and writes a fresh index to `indexPath`.
    @discardableResult
    public static func build(knowledge: URL, indexPath: String, reason: String = "requested") throws -> BuildReport {
        try build(try KnowledgeBase.load(from: knowledge), knowledge: knowledge, indexPath: indexPath, reason: reason)
    }

    /// Writes a fresh index of the already loaded `base` (read from `knowledge`) to `indexPath`.
    @discardableResult
    public static func build(_ base: KnowledgeBase, knowledge: URL, indexPath: String, reason: String = "requested") throws -> BuildReport {
        let started = Date()
        guard !base.articles.isEmpty else { throw AssistantError.knowledgeEmpty(path: KnowledgeBase.displayPath(knowledge)) }
        var passages: [IndexablePassage] = []
        var sources: [SourceRecord] = []
        var acronyms: [String] = []
        var knownAcronyms: Set<String> = []
        for (id, loaded) in base.articles.enumerated() {
            let article = loaded.article
            sources.append(SourceRecord(id: id, path: loaded.file.name, title: article.title, size: loaded.file.size,
                                        modified: loaded.file.modified, hash: loaded.hash))
            var positionInSection = 0
            var previousSection: String?
            for paragraph in article.paragraphs {
                for line in AcronymHarvester.definitions(in: paragraph.text) where knownAcronyms.insert(line).inserted {
                    acronyms.append(line)
                }
                positionInSection = paragraph.section == previousSection ? positionInSection + 1 : 1
                previousSection = paragraph.section
                var fields = [WeightedField(text: article.title, bonus: titleBonus)]
                if let section = paragraph.section {
                    fields.append(WeightedField(text: section, bonus: sectionBonus / Double(positionInSection)))
                }
                passages.append(IndexablePassage(source: id, section: paragraph.section, text: paragraph.text, fields: fields))
            }
        }
        let index = IndexBuilder.build(passages, workers: ProcessInfo.processInfo.activeProcessorCount)
        let hashes = Dictionary(base.articles.map { ($0.file.name, $0.hash) }, uniquingKeysWith: { first, _ in first })
        let recorded = try KnowledgeBase.listFiles(in: knowledge).map { file in
            let hash = hashes[file.name]
                ?? ContentHash.hex(FileManager.default.contents(atPath: knowledge.appendingPathComponent(file.name).path) ?? Data())
            return RecordedFile(name: file.name, size: file.size, modified: file.modified, hash: hash)
        }
        let metadata = [
            "files": RecordedFile.encodeList(recorded),
            "problems": String(decoding: try JSONEncoder().encode(base.problems), as: UTF8.self),
            "library_version": version,
            "acronyms": String(decoding: try JSONEncoder().encode(acronyms), as: UTF8.self),
        ]
        do {
            try IndexStore.write(index, sources: sources, metadata: metadata, to: indexPath)
        } catch {
            throw AssistantError.index(error.localizedDescription)
        }
        return BuildReport(articles: sources.count, passages: index.passageCount, terms: index.termCount,
                           seconds: Date().timeIntervalSince(started), reason: reason)
    }
}
