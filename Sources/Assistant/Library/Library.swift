import Foundation
import Retrieval

/// A knowledge folder together with an up-to-date index of it.
///
/// Opening lists the folder (names, sizes and modification times) and compares a digest of the
/// listing with the one the index recorded: equal means fresh. Otherwise files that look
/// changed are hashed; a few real changes in a large collection are applied to the index in
/// place (`IndexUpdater`), anything more, or any doubt, rebuilds it. Builds go to a temporary
/// file renamed into place, and updates run in one transaction, so a process that dies
/// half-way leaves the previous index usable.
public final class Library: Sendable {
    public let knowledgeDirectory: URL
    public let indexPath: String
    public let reader: IndexReader
    /// Files of the knowledge folder that were skipped, one line each.
    public let problems: [String]
    /// Acronyms the articles define, as lexicon lines ("wbvt | whole body vibration therapy").
    public let acronyms: [String]
    /// What the last build or update did, when opening had to do one.
    public let buildReport: BuildReport?
    private let catalog: SourceCatalog

    /// Statistics of one index build or update.
    public struct BuildReport: Sendable {
        public let articles: Int
        public let passages: Int
        public let terms: Int
        public let seconds: Double
        public let reason: String
        /// For an update in place: how many articles were added, changed and removed.
        public let updated: (added: Int, changed: Int, removed: Int)?
    }

    /// Bumped when what the library stores beside the index changes (acronyms were added in 2, the
    /// tab-separated file list in 3, per-file acronyms and problems and the listing digest in 4);
    /// an index written by another version is rebuilt.
    public static let version = "5"

    /// Bonus for a term of the article's title, in every passage of the article.
    public static let titleBonus = 0.4
    /// Bonus for a term of the heading a passage sits under, for the first paragraph after the
    /// heading; the n-th paragraph gets this divided by n (a heading introduces what follows it
    /// most directly).
    public static let sectionBonus = 1.5
    /// Changes to at most this share of the articles are applied in place; more rebuild the index.
    public static let incrementalShare = 0.1

    init(knowledge: URL, indexPath: String, reader: IndexReader, report: BuildReport?) throws {
        knowledgeDirectory = knowledge
        self.indexPath = indexPath
        self.reader = reader
        problems = Self.decodeLines(try reader.metadata("problems"))
        acronyms = Self.decodeLines(try reader.metadata("acronyms"))
        buildReport = report
        catalog = SourceCatalog(reader: reader)
    }

    /// The indexed articles, ordered by file name (read from the index on first use).
    public var sources: [SourceRecord] { catalog.all }

    /// How many articles the index holds.
    public var articleCount: Int { catalog.count }

    /// The indexed article with source id `id`.
    public func source(_ id: Int) -> SourceRecord? { catalog.source(id) }

    /// Opens the index of `knowledge` at `indexPath` (default: the user's cache), bringing it up
    /// to date first (in place when few articles changed), or rebuilding it when `rebuild` is set.
    ///
    /// `progress` hears how a full build is going (updates in place are too quick to need it).
    public static func open(knowledge: URL, indexPath: String? = nil, rebuild: Bool = false,
                            progress: BuildProgressHandler? = nil) throws -> Library {
        let path = indexPath ?? IndexLocation.defaultPath(for: knowledge)
        // The folder is listed (on both cores) while this thread opens the index.
        let digest = rebuild ? nil : PendingDigest(of: knowledge)
        if let digest, let reader = try? IndexReader(path: path), (try? reader.metadata("library_version")) == version {
            if let recorded = try? reader.metadata("files_fingerprint"), digest.value == recorded {
                return try Library(knowledge: knowledge, indexPath: path, reader: reader, report: nil)
            }
            let files = try KnowledgeBase.listFiles(in: knowledge)
            switch try? update(reader, files: files, knowledge: knowledge, indexPath: path) {
            case .refreshed?: return try Library(knowledge: knowledge, indexPath: path, reader: try reopen(path), report: nil)
            case .updated(let report)?: return try Library(knowledge: knowledge, indexPath: path, reader: try reopen(path), report: report)
            case .overtaken?:
                // Someone else updated the index meanwhile: use it if it now matches the folder.
                if let reader = try? IndexReader(path: path), let recorded = try? reader.metadata("files_fingerprint"),
                   KnowledgeBase.listingDigest(of: knowledge) == recorded {
                    return try Library(knowledge: knowledge, indexPath: path, reader: reader, report: nil)
                }
            case nil: break
            }
        }
        let reason = rebuild ? "requested" : (FileManager.default.fileExists(atPath: path) ? "knowledge changed" : "first use")
        let report = try build(knowledge: knowledge, indexPath: path, reason: reason, progress: progress)
        return try Library(knowledge: knowledge, indexPath: path, reader: try reopen(path), report: report)
    }

    private static func reopen(_ path: String) throws -> IndexReader {
        do {
            return try IndexReader(path: path)
        } catch {
            throw AssistantError.index(error.localizedDescription)
        }
    }

    static func encodeLines(_ lines: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(lines)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func decodeLines(_ json: String?) -> [String] {
        json.flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? []
    }
}

/// The index's source records, read once on first use: most answers need none, and a large
/// collection has tens of thousands.
private final class SourceCatalog: @unchecked Sendable {
    private let reader: IndexReader
    private let lock = NSLock()
    private var loaded: (all: [SourceRecord], byID: [Int: SourceRecord])?

    init(reader: IndexReader) { self.reader = reader }

    var all: [SourceRecord] { load().all }

    /// The number of sources, counted by the index unless the catalog is already loaded.
    var count: Int {
        lock.lock()
        let cached = loaded
        lock.unlock()
        return cached?.all.count ?? (try? reader.sourceCount()) ?? 0
    }

    /// One source: from the catalog once it is loaded, else by its own query.
    func source(_ id: Int) -> SourceRecord? {
        lock.lock()
        let cached = loaded
        lock.unlock()
        if let cached { return cached.byID[id] }
        return try? reader.source(id)
    }

    private func load() -> (all: [SourceRecord], byID: [Int: SourceRecord]) {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let all = (try? reader.sources()) ?? []
        let result = (all, Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
        loaded = result
        return result
    }
}

/// The listing digest of a folder, computed in the background from creation on.
private final class PendingDigest: @unchecked Sendable {
    private let group = DispatchGroup()
    private var result: String?

    init(of directory: URL) {
        DispatchQueue.global().async(group: group) { [self] in result = KnowledgeBase.listingDigest(of: directory) }
    }

    /// The digest, waiting for it if needed (nil when the folder cannot be listed).
    var value: String? {
        group.wait()
        return result
    }
}
