import Foundation
import GRDB

/// A passage as stored in the index.
public struct StoredPassage: Sendable, Equatable {
    public let id: Int
    public let source: Int
    public let section: String?
    public let text: String
}

/// Read-only access to an index file: collection statistics, postings, passages and sources.
public final class IndexReader: Sendable {
    public let path: String
    /// How many passages the collection holds now (the N of idf).
    public let passageCount: Int
    public let averageLength: Double
    /// Every passage id's length in words, 0 for ids freed by an update; its count bounds ids.
    public let lengths: [UInt32]
    /// Stored score bounds were computed at this average length or a larger one; when the
    /// average has since grown, they are scaled up by `boundScale` so that they stay bounds.
    public let boundScale: Double
    private let queue: DatabaseQueue

    /// Collection statistics the reader needs, read by name (the metadata also holds the large
    /// file list, which only freshness checks read).
    static let statisticsKeys = ["schema_version", "analyzer_version", "passage_count", "live_passages", "total_length",
                                 "lengths", "bound_average"]

    /// Opens `path`; throws `RetrievalError` when it is missing, not an index, or of another schema.
    public init(path: String) throws {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else {
            throw RetrievalError.unreadableIndex(path: path, reason: "no such file")
        }
        // Opened for writing, though it never writes: a connection that may write rolls back the
        // journal an update left when its process was killed, where a read-only one would fail.
        // (SQLite opens a write-protected file read-only all the same.)
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            let meta = try queue.read { db in
                let placeholders = Self.statisticsKeys.map { _ in "?" }.joined(separator: ", ")
                return try Dictionary(uniqueKeysWithValues: Row.fetchAll(
                    db, sql: "SELECT key, value FROM meta WHERE key IN (\(placeholders))",
                    arguments: StatementArguments(Self.statisticsKeys)
                ).map { (String($0["key"] as String? ?? ""), $0["value"] as DatabaseValue) })
            }
            let schema = meta["schema_version"].flatMap { Int.fromDatabaseValue($0) } ?? 0
            let analyzer = meta["analyzer_version"].flatMap { Int.fromDatabaseValue($0) } ?? 0
            guard schema == IndexStore.schemaVersion, analyzer == Analyzer.version else {
                throw RetrievalError.staleSchema(path: path, found: schema, expected: IndexStore.schemaVersion)
            }
            guard let slots = meta["passage_count"].flatMap({ Int.fromDatabaseValue($0) }),
                  let live = meta["live_passages"].flatMap({ Int.fromDatabaseValue($0) }),
                  let total = meta["total_length"].flatMap({ Int.fromDatabaseValue($0) }),
                  let boundAverage = meta["bound_average"].flatMap({ Double.fromDatabaseValue($0) }),
                  let blob = meta["lengths"].flatMap({ Data.fromDatabaseValue($0) }),
                  slots >= 0, live >= 0, live <= slots, blob.count == slots * MemoryLayout<UInt32>.size
            else {
                throw RetrievalError.unreadableIndex(path: path, reason: "collection statistics are missing or damaged")
            }
            passageCount = live
            averageLength = live > 0 ? Double(total) / Double(live) : 0
            boundScale = boundAverage > 0 ? max(1, averageLength / boundAverage) : 1
            lengths = blob.withUnsafeBytes { Array($0.bindMemory(to: UInt32.self)) }
        } catch let error as RetrievalError {
            throw error
        } catch {
            throw RetrievalError.unreadableIndex(path: path, reason: IndexStore.describe(error))
        }
    }

    /// The postings of `term`, decoded for searching, with the largest weight it has in any
    /// passage; nil when no passage contains it. The blob is decoded where SQLite holds it.
    func decodedPostings(for term: String) throws -> (postings: DecodedPostings, maximumWeight: Double)? {
        let found: (DecodedPostings?, Double)? = try guarded {
            try queue.inDatabase { db in
                let statement = try db.cachedStatement(sql: "SELECT max_weight, df, postings FROM terms WHERE term = ?")
                let rows = try Row.fetchCursor(statement, arguments: [term])
                guard let row = try rows.next() else { return nil }
                let maximum: Double = row[0]
                let count: Int = row[1]
                let postings = try row.withUnsafeData(atIndex: 2) { data in
                    data?.withUnsafeBytes { DecodedPostings.decode($0, passageCount: lengths.count, expectedCount: count) }
                }
                return (postings, maximum)
            }
        }
        guard let (postings, maximum) = found else { return nil }
        guard let postings else {
            throw RetrievalError.unreadableIndex(path: path, reason: "postings of '\(term)' are damaged")
        }
        return (postings, maximum)
    }

    /// How many passages contain `term` (0 when none), without decoding its postings.
    public func documentFrequency(of term: String) throws -> Int {
        try guarded {
            try queue.inDatabase { db in
                try Int.fetchOne(db.cachedStatement(sql: "SELECT df FROM terms WHERE term = ?"), arguments: [term]) ?? 0
            }
        }
    }

    /// Terms that start with `prefix` and are longer than it, with their document frequencies,
    /// in term order (at most `limit`): one range scan of the term table's primary key.
    public func terms(extending prefix: String, limit: Int) throws -> [(term: String, documentFrequency: Int)] {
        try guarded {
            try queue.inDatabase { db in
                try Row.fetchAll(db.cachedStatement(sql: "SELECT term, df FROM terms WHERE term > ? AND term < ? ORDER BY term LIMIT ?"),
                                 arguments: [prefix, prefix + "\u{10FFFF}", limit])
                    .map { (term: $0["term"], documentFrequency: $0["df"]) }
            }
        }
    }

    /// The stored passage with `id`.
    public func passage(_ id: Int) throws -> StoredPassage {
        let row = try guarded {
            try queue.inDatabase { db in
                try Row.fetchOne(db.cachedStatement(sql: "SELECT id, source, section, text FROM passages WHERE id = ?"), arguments: [id])
            }
        }
        guard let row, let text = row["text"] as String?, let source = row["source"] as Int? else {
            throw RetrievalError.unreadableIndex(path: path, reason: "passage \(id) is missing")
        }
        return StoredPassage(id: id, source: source, section: row["section"], text: text)
    }

    /// The ids of the passages of one source, in order.
    public func passageIDs(ofSource source: Int) throws -> [Int] {
        try guarded {
            try queue.read { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT first_passage, passage_count FROM sources WHERE id = ?",
                                                 arguments: [source]) else { return [] }
                let first: Int = row[0]
                let count: Int = row[1]
                return Array(first..<(first + count))
            }
        }
    }

    /// Every source document the index holds, ordered by path.
    public func sources() throws -> [SourceRecord] {
        try guarded {
            try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT id, path, title, size, modified, hash FROM sources ORDER BY path, id").map {
                    SourceRecord(id: $0["id"], path: $0["path"], title: $0["title"], size: $0["size"],
                                 modified: $0["modified"], hash: $0["hash"])
                }
            }
        }
    }

    /// The source document with `id`, or nil when there is none.
    public func source(_ id: Int) throws -> SourceRecord? {
        try guarded {
            try queue.inDatabase { db in
                try Row.fetchOne(db.cachedStatement(sql: "SELECT id, path, title, size, modified, hash FROM sources WHERE id = ?"),
                                 arguments: [id]).map {
                    SourceRecord(id: $0["id"], path: $0["path"], title: $0["title"], size: $0["size"],
                                 modified: $0["modified"], hash: $0["hash"])
                }
            }
        }
    }

    /// How many source documents the index holds.
    public func sourceCount() throws -> Int {
        try guarded { try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sources") ?? 0 } }
    }

    /// The surface words of all passages with how often each occurs.
    public func words() throws -> [String: Int] {
        let blob = try guarded {
            try queue.inDatabase { db in try Data.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'words'") }
        }
        guard let blob, let words = WordCounts.decode(blob) else {
            throw RetrievalError.unreadableIndex(path: path, reason: "the vocabulary is missing or damaged")
        }
        return words.mapValues(Int.init)
    }

    /// A value the writer of the index stored with `metadata:`.
    public func metadata(_ key: String) throws -> String? {
        try guarded {
            try queue.inDatabase { db in
                try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = ?"), arguments: ["x-" + key])
            }
        }
    }

    /// Bytes stored with `IndexStore.storeMetadata`, or nil when there are none.
    public func metadataBytes(_ key: String) throws -> [UInt8]? {
        try guarded {
            try queue.inDatabase { db in
                try Data.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = ?"), arguments: ["x-" + key]).map { [UInt8]($0) }
            }
        }
    }

    /// Bytes of the file taken by each table and index (SQLite's dbstat), for size reports;
    /// nil when this SQLite lacks dbstat.
    public func bytesByTable() -> [String: Int]? {
        try? queue.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name").map {
                (String($0["name"] as String? ?? ""), Int($0["bytes"] as Int? ?? 0))
            })
        }
    }

    /// The number of distinct terms.
    public func termCount() throws -> Int {
        try guarded { try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM terms") ?? 0 } }
    }

    private func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as RetrievalError {
            throw error
        } catch {
            throw RetrievalError.unreadableIndex(path: path, reason: IndexStore.describe(error))
        }
    }
}
