import Foundation
import GRDB

/// Writes a built index to an SQLite file, atomically: a temporary file renamed over the target.
public enum IndexStore {
    /// Bumped whenever the file layout changes; a file with another version is rebuilt.
    public static let schemaVersion = 5

    /// Writes `index` and `sources` to `path`, replacing any file there only once all is written.
    public static func write(_ index: BuiltIndex, sources: [SourceRecord], metadata: [String: String] = [:], to path: String) throws {
        _ = try write(passages: index.passages, sources: sources, metadata: metadata, to: path) { index }
    }

    /// Writes `passages` and `sources` to `path` on another thread while `makeIndex` (the
    /// analysis, on the calling thread) builds their postings, then writes the postings; the
    /// file replaces any at `path` only once all is written. Returns what `makeIndex` built.
    public static func write(passages: [IndexablePassage], sources: [SourceRecord], metadata: [String: String] = [:],
                             to path: String, building makeIndex: () -> BuiltIndex) throws -> BuiltIndex {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        removeAbandonedTemporaries(of: url)
        do {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw RetrievalError.cannotWriteIndex(path: path, reason: "cannot create its folder '\(directory.path)'")
            }
            let index = try writeDatabase(passages: passages, sources: sources, metadata: metadata, at: temporary.path,
                                          building: makeIndex)
            guard rename(temporary.path, url.path) == 0 else {
                throw RetrievalError.cannotWriteIndex(path: path, reason: String(cString: strerror(errno)).lowercased())
            }
            return index
        } catch let error as RetrievalError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw RetrievalError.cannotWriteIndex(path: path, reason: Self.describe(error))
        }
    }

    /// Stores `value` under the metadata `key` of the index at `path`, in place, in one
    /// transaction: for values derived from the knowledge that are worth keeping between runs
    /// (compiled rule files); `IndexReader.metadataBytes` reads it back. A build or update may
    /// drop it, so readers must be able to do without it.
    public static func storeMetadata(_ value: [UInt8], key: String, at path: String) throws {
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(1)
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.write { db in
                try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: ["x-" + key, Data(value)])
            }
        } catch {
            throw RetrievalError.cannotWriteIndex(path: path, reason: Self.describe(error))
        }
    }

    /// Deletes temporary files left beside `url` by builds that were killed: named
    /// `.NAME.PID.RANDOM.tmp`, with PID no longer running.
    static func removeAbandonedTemporaries(of url: URL) {
        let directory = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let parts = name.dropFirst(prefix.count).split(separator: ".")
            guard let pid = parts.first.flatMap({ Int32($0) }), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    static func describe(_ error: Error) -> String {
        if let db = error as? DatabaseError { return db.message ?? "\(db.resultCode)" }
        return error.localizedDescription
    }

    private static func writeDatabase(
        passages: [IndexablePassage], sources: [SourceRecord], metadata: [String: String], at path: String,
        building makeIndex: () -> BuiltIndex
    ) throws -> BuiltIndex {
        var configuration = Configuration()
        configuration.journalMode = .default
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 8192")
        }
        let passageWriting = DispatchGroup()
        let failure = FailureBox()
        DispatchQueue.global().async(group: passageWriting) {
            do {
                try queue.write { db in try writePassages(passages, sources: sources, db) }
            } catch {
                failure.error = error
            }
        }
        let index = makeIndex()
        passageWriting.wait()
        if let error = failure.error { throw error }
        let total = index.lengths.reduce(0) { $0 + Int($1) }
        let scoring = Scoring(passageCount: index.passageCount,
                              averageLength: index.passageCount > 0 ? Double(total) / Double(index.passageCount) : 0)
        let termRows = TermRows(index, scoring: scoring)
        termRows.encode()
        try queue.write { db in
            let insertTerm = try db.makeStatement(sql: "INSERT INTO terms (term, df, max_weight, postings) VALUES (?, ?, ?, ?)")
            for (i, term) in index.terms.enumerated() {
                try insertTerm.execute(arguments: [term, index.postings[i].count, termRows.bounds[i], termRows.blobs[i]])
            }
            let lengths = index.lengths.withUnsafeBufferPointer { Data(buffer: $0) }
            let meta: [(String, DatabaseValueConvertible)] = [
                ("schema_version", schemaVersion), ("analyzer_version", Analyzer.version),
                ("passage_count", index.passageCount), ("total_length", total), ("lengths", lengths),
                ("live_passages", index.passageCount), ("bound_average", scoring.averageLength),
                ("words", termRows.words),
            ]
            for (key, value) in metadata.sorted(by: { $0.key < $1.key }) {
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?)", arguments: ["x-" + key, value])
            }
            for (key, value) in meta {
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
            }
        }
        try queue.close()
        return index
    }

    /// The schema, the sources and the passages: everything known before analysis.
    private static func writePassages(_ passages: [IndexablePassage], sources: [SourceRecord], _ db: Database) throws {
        try createSchema(db)
        let ranges = passageRanges(passages)
        for source in sources { try insertSource(source, passages: ranges[source.id] ?? 0..<0, db) }
        let insertPassage = try db.makeStatement(sql: "INSERT INTO passages (id, source, section, text) VALUES (?, ?, ?, ?)")
        for (id, passage) in passages.enumerated() {
            try insertPassage.execute(arguments: [id, passage.source, passage.section, passage.text])
        }
    }

    /// The passage ids of each source: contiguous, as sources are added whole.
    static func passageRanges(_ passages: [IndexablePassage]) -> [Int: Range<Int>] {
        var ranges: [Int: Range<Int>] = [:]
        for (id, passage) in passages.enumerated() {
            ranges[passage.source] = (ranges[passage.source]?.lowerBound ?? id)..<(id + 1)
        }
        return ranges
    }

    static func insertSource(_ source: SourceRecord, passages: Range<Int>, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO sources (id, path, title, size, modified, hash, first_passage, passage_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [source.id, source.path, source.title, source.size, source.modified, source.hash,
                        passages.lowerBound, passages.count])
    }

    private static func createSchema(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
            CREATE TABLE sources (id INTEGER PRIMARY KEY, path TEXT NOT NULL, title TEXT NOT NULL,
                size INTEGER NOT NULL, modified REAL NOT NULL, hash TEXT NOT NULL,
                first_passage INTEGER NOT NULL, passage_count INTEGER NOT NULL);
            CREATE TABLE passages (id INTEGER PRIMARY KEY, source INTEGER NOT NULL, section TEXT, text TEXT NOT NULL);
            CREATE TABLE terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL, max_weight REAL NOT NULL,
                postings BLOB NOT NULL) WITHOUT ROWID;
            """)
    }
}

/// The encoded postings and score bound of every term, and the encoded vocabulary, computed apart from the database writes.
private final class TermRows: @unchecked Sendable {
    let index: BuiltIndex
    let scoring: Scoring
    private(set) var blobs: [Data] = []
    private(set) var bounds: [Double] = []
    /// The vocabulary, encoded by `WordCounts`.
    private(set) var words = Data()

    init(_ index: BuiltIndex, scoring: Scoring) {
        self.index = index
        self.scoring = scoring
    }

    /// Fills `blobs`, `bounds` and `words` on two threads; read them once this has returned.
    func encode() {
        // Two disjoint halves of the work; each writes only its own properties.
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                words = WordCounts.encode(index.words)
            } else {
                blobs = index.postings.map { Data($0.encoded()) }
                bounds = index.postings.map { $0.maximumWeight(scoring, lengths: index.lengths) }
            }
        }
    }
}

/// The first error of a background write, handed back to the thread that waits for it.
private final class FailureBox: @unchecked Sendable {
    var error: Error?
}
