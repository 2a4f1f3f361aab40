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
    public let passageCount: Int
    public let averageLength: Double
    public let lengths: [UInt32]
    private let queue: DatabaseQueue

    /// Opens `path`; throws `RetrievalError` when it is missing, not an index, or of another schema.
    public init(path: String) throws {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else {
            throw RetrievalError.unreadableIndex(path: path, reason: "no such file")
        }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            let meta = try queue.read { db in
                try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM meta").map {
                    (String($0["key"] as String? ?? ""), $0["value"] as DatabaseValue)
                })
            }
            let schema = meta["schema_version"].flatMap { Int.fromDatabaseValue($0) } ?? 0
            let analyzer = meta["analyzer_version"].flatMap { Int.fromDatabaseValue($0) } ?? 0
            guard schema == IndexStore.schemaVersion, analyzer == Analyzer.version else {
                throw RetrievalError.staleSchema(path: path, found: schema, expected: IndexStore.schemaVersion)
            }
            guard let count = meta["passage_count"].flatMap({ Int.fromDatabaseValue($0) }),
                  let total = meta["total_length"].flatMap({ Int.fromDatabaseValue($0) }),
                  let blob = meta["lengths"].flatMap({ Data.fromDatabaseValue($0) }),
                  count >= 0, blob.count == count * MemoryLayout<UInt32>.size
            else {
                throw RetrievalError.unreadableIndex(path: path, reason: "collection statistics are missing or damaged")
            }
            passageCount = count
            averageLength = count > 0 ? Double(total) / Double(count) : 0
            lengths = blob.withUnsafeBytes { Array($0.bindMemory(to: UInt32.self)) }
        } catch let error as RetrievalError {
            throw error
        } catch {
            throw RetrievalError.unreadableIndex(path: path, reason: IndexStore.describe(error))
        }
    }

    /// The postings of `term`, or nil when no passage contains it.
    public func postings(for term: String) throws -> PostingList? {
        let blob = try guarded {
            try queue.read { db in
                try Data.fetchOne(db, sql: "SELECT postings FROM terms WHERE term = ?", arguments: [term])
            }
        }
        guard let blob else { return nil }
        guard let list = PostingList.decode([UInt8](blob), passageCount: passageCount) else {
            throw RetrievalError.unreadableIndex(path: path, reason: "postings of '\(term)' are damaged")
        }
        return list
    }

    /// The postings of `term` with the largest weight it has in any passage, or nil when no
    /// passage contains it. The blob is decoded where SQLite holds it, without a copy.
    public func scoredPostings(for term: String) throws -> (list: PostingList, maximumWeight: Double)? {
        let found: (PostingList?, Double)? = try guarded {
            try queue.inDatabase { db in
                let statement = try db.cachedStatement(sql: "SELECT max_weight, df, postings FROM terms WHERE term = ?")
                let rows = try Row.fetchCursor(statement, arguments: [term])
                guard let row = try rows.next() else { return nil }
                let maximum: Double = row[0]
                let count: Int = row[1]
                let list = try row.withUnsafeData(atIndex: 2) { data in
                    data?.withUnsafeBytes { PostingList.decode($0, passageCount: passageCount, expectedCount: count) }
                }
                return (list, maximum)
            }
        }
        guard let (list, maximum) = found else { return nil }
        guard let list else {
            throw RetrievalError.unreadableIndex(path: path, reason: "postings of '\(term)' are damaged")
        }
        return (list, maximum)
    }

    /// How many passages contain `term` (0 when none), without decoding its postings.
    public func documentFrequency(of term: String) throws -> Int {
        try guarded {
            try queue.read { db in
                try Int.fetchOne(db, sql: "SELECT df FROM terms WHERE term = ?", arguments: [term]) ?? 0
            }
        }
    }

    /// Terms that start with `prefix` and are longer than it, with their document frequencies,
    /// in term order (at most `limit`): one range scan of the term table's primary key.
    public func terms(extending prefix: String, limit: Int) throws -> [(term: String, documentFrequency: Int)] {
        try guarded {
            try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT term, df FROM terms WHERE term > ? AND term < ? ORDER BY term LIMIT ?",
                                 arguments: [prefix, prefix + "\u{10FFFF}", limit])
                    .map { (term: $0["term"], documentFrequency: $0["df"]) }
            }
        }
    }

    /// The stored passage with `id`.
    public func passage(_ id: Int) throws -> StoredPassage {
        let row = try guarded {
            try queue.read { db in
                try Row.fetchOne(db, sql: "SELECT id, source, section, text FROM passages WHERE id = ?", arguments: [id])
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
                try Int.fetchAll(db, sql: "SELECT id FROM passages WHERE source = ? ORDER BY id", arguments: [source])
            }
        }
    }

    /// Every source document the index was built from.
    public func sources() throws -> [SourceRecord] {
        try guarded {
            try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT id, path, title, size, modified, hash FROM sources ORDER BY id").map {
                    SourceRecord(id: $0["id"], path: $0["path"], title: $0["title"], size: $0["size"],
                                 modified: $0["modified"], hash: $0["hash"])
                }
            }
        }
    }

    /// The surface words of all passages with how often each occurs.
    public func words() throws -> [String: Int] {
        try guarded {
            try queue.read { db in
                var result: [String: Int] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT word, count FROM words")
                while let row = try rows.next() { result[row["word"]] = row["count"] }
                return result
            }
        }
    }

    /// A value the writer of the index stored with `metadata:`.
    public func metadata(_ key: String) throws -> String? {
        try guarded {
            try queue.read { db in
                try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: ["x-" + key])
            }
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
