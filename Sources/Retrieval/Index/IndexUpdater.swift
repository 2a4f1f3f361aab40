import Foundation
import GRDB

/// Changes an index file in place for a few changed sources, in one SQLite transaction: the
/// passages of removed sources leave every posting list they were in, new passages join with
/// fresh ids after the last one, and the collection statistics follow. A reader sees the index
/// before or after, never between; a process killed half-way leaves a journal SQLite rolls back.
///
/// Score bounds of terms the change did not touch were computed at an earlier average length;
/// `bound_average` keeps the smallest such average so readers can scale them (see
/// `IndexReader.boundScale`), which keeps pruned search exact.
public enum IndexUpdater {
    /// A source to add, with its passages (their `source` is replaced by the id it is given).
    public struct NewSource: Sendable {
        public let record: SourceRecord
        public let passages: [IndexablePassage]

        public init(record: SourceRecord, passages: [IndexablePassage]) {
            self.record = record
            self.passages = passages
        }
    }

    /// A source about to be removed, as stored, for rebuilding the passages it was indexed from.
    public struct StoredSource: Sendable {
        public let record: SourceRecord
        public let passages: [StoredPassage]
    }

    /// Applies the change when the metadata `guardKey` still holds `guardValue` (so two processes
    /// that saw the same stale index do not both apply it); returns false when it did not.
    ///
    /// `reconstruct` must return the passages a removed source was indexed from, in order, as they
    /// were handed to the builder (same text and fields).
    @discardableResult
    public static func apply(
        to path: String, removing removedIDs: [Int], adding added: [NewSource], metadata: [String: String],
        guardKey: String, guardValue: String, reconstruct: (StoredSource) -> [IndexablePassage]
    ) throws -> Bool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.journalMode = .default
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.inDatabase { db in
                var applied = false
                try db.inTransaction(.immediate) {
                    guard try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: ["x-" + guardKey])
                        == guardValue else { return .rollback }
                    try Change(db: db, path: path).apply(removing: removedIDs, adding: added, metadata: metadata,
                                                         reconstruct: reconstruct)
                    applied = true
                    return .commit
                }
                return applied
            }
        } catch let error as RetrievalError {
            throw error
        } catch {
            throw RetrievalError.cannotWriteIndex(path: path, reason: IndexStore.describe(error))
        }
    }
}

/// One update in progress inside a write transaction.
private struct Change {
    let db: Database
    let path: String

    func apply(removing removedIDs: [Int], adding added: [IndexUpdater.NewSource], metadata: [String: String],
               reconstruct: (IndexUpdater.StoredSource) -> [IndexablePassage]) throws {
        var statistics = try Statistics(db: db, path: path)
        // What leaves: the stored passages of removed sources, analysed again to know their terms.
        var removedPassageIDs: [Int] = []
        var removedPassages: [IndexablePassage] = []
        for id in removedIDs {
            let source = try storedSource(id)
            let rebuilt = reconstruct(source)
            guard rebuilt.count == source.passages.count else { throw damaged("passages of source \(id) do not match") }
            removedPassageIDs += source.passages.map(\.id)
            removedPassages += rebuilt
        }
        let removed = IndexBuilder.build(removedPassages, workers: 1)
        let removedSet = Set(removedPassageIDs.map { UInt32($0) })
        for id in removedPassageIDs { statistics.remove(passage: id) }
        // What arrives: new sources with ids after the largest, passages after the last slot.
        var nextSource = (try Int.fetchOne(db, sql: "SELECT max(id) FROM sources") ?? -1) + 1
        var records: [(SourceRecord, Range<Int>)] = []
        var newPassages: [IndexablePassage] = []
        let firstNew = statistics.lengths.count
        for source in added {
            let record = SourceRecord(id: nextSource, path: source.record.path, title: source.record.title,
                                      size: source.record.size, modified: source.record.modified, hash: source.record.hash)
            let start = firstNew + newPassages.count
            newPassages += source.passages.map { IndexablePassage(source: nextSource, section: $0.section, text: $0.text, fields: $0.fields) }
            records.append((record, start..<(firstNew + newPassages.count)))
            nextSource += 1
        }
        let arriving = IndexBuilder.build(newPassages, workers: 1)
        for length in arriving.lengths { statistics.add(length: length) }

        try rewritePostings(removed: removed, removedSet: removedSet, arriving: arriving, offset: UInt32(firstNew),
                            statistics: statistics)
        try rewriteWords(removed: removed.words, arriving: arriving.words)
        for id in removedPassageIDs { try db.execute(sql: "DELETE FROM passages WHERE id = ?", arguments: [id]) }
        for id in removedIDs { try db.execute(sql: "DELETE FROM sources WHERE id = ?", arguments: [id]) }
        let insertPassage = try db.makeStatement(sql: "INSERT INTO passages (id, source, section, text) VALUES (?, ?, ?, ?)")
        for (offset, passage) in newPassages.enumerated() {
            try insertPassage.execute(arguments: [firstNew + offset, passage.source, passage.section, passage.text])
        }
        for (record, range) in records { try IndexStore.insertSource(record, passages: range, db) }
        try statistics.save(db)
        for (key, value) in metadata {
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: ["x-" + key, value])
        }
    }

    /// Every term either side touched: stale passages dropped, new ones appended, bound renewed.
    private func rewritePostings(removed: BuiltIndex, removedSet: Set<UInt32>, arriving: BuiltIndex, offset: UInt32,
                                 statistics: Statistics) throws {
        let scoring = statistics.scoring
        let arrivingByTerm = Dictionary(uniqueKeysWithValues: zip(arriving.terms, arriving.postings))
        let select = try db.makeStatement(sql: "SELECT df, postings FROM terms WHERE term = ?")
        let upsert = try db.makeStatement(sql: "INSERT OR REPLACE INTO terms (term, df, max_weight, postings) VALUES (?, ?, ?, ?)")
        let delete = try db.makeStatement(sql: "DELETE FROM terms WHERE term = ?")
        for term in Set(removed.terms).union(arriving.terms).sorted() {
            var list = PostingList()
            if let row = try Row.fetchOne(select, arguments: [term]) {
                let count: Int = row[0]
                let blob: Data = row[1]
                guard let stored = blob.withUnsafeBytes({
                    PostingList.decode($0, passageCount: statistics.lengths.count, expectedCount: count)
                }) else { throw damaged("postings of '\(term)' are damaged") }
                list = stored.removing(removedSet)
            }
            if let new = arrivingByTerm[term] { list.append(contentsOf: new, offset: offset) }
            if list.count == 0 {
                try delete.execute(arguments: [term])
            } else {
                try upsert.execute(arguments: [term, list.count, list.maximumWeight(scoring, lengths: statistics.lengths),
                                               Data(list.encoded())])
            }
        }
    }

    private func rewriteWords(removed: [String: UInt32], arriving: [String: UInt32]) throws {
        guard let blob = try Data.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'words'"),
              var words = WordCounts.decode(blob)
        else { throw damaged("the vocabulary is missing or damaged") }
        for (word, count) in removed { words[word] = (words[word] ?? 0) - min(words[word] ?? 0, count) }
        for (word, count) in arriving { words[word, default: 0] += count }
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('words', ?)",
                       arguments: [WordCounts.encode(words.filter { $0.value > 0 })])
    }

    private func storedSource(_ id: Int) throws -> IndexUpdater.StoredSource {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT id, path, title, size, modified, hash, first_passage, passage_count FROM sources WHERE id = ?
            """, arguments: [id]) else { throw damaged("source \(id) is missing") }
        let record = SourceRecord(id: row["id"], path: row["path"], title: row["title"], size: row["size"],
                                  modified: row["modified"], hash: row["hash"])
        let first: Int = row["first_passage"]
        let count: Int = row["passage_count"]
        let passages = try Row.fetchAll(db, sql: "SELECT id, source, section, text FROM passages WHERE id >= ? AND id < ? ORDER BY id",
                                        arguments: [first, first + count]).map {
            StoredPassage(id: $0["id"], source: $0["source"], section: $0["section"], text: $0["text"])
        }
        guard passages.count == count, passages.allSatisfy({ $0.source == id }) else { throw damaged("passages of source \(id) are missing") }
        return IndexUpdater.StoredSource(record: record, passages: passages)
    }

    private func damaged(_ reason: String) -> RetrievalError {
        RetrievalError.unreadableIndex(path: path, reason: reason)
    }
}

/// The collection statistics an update changes: lengths by passage id, live count, total length.
private struct Statistics {
    var lengths: [UInt32]
    var live: Int
    var total: Int
    let boundAverage: Double

    init(db: Database, path: String) throws {
        func value<T: DatabaseValueConvertible>(_ key: String) throws -> T? {
            try T.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
        }
        guard let live: Int = try value("live_passages"), let total: Int = try value("total_length"),
              let boundAverage: Double = try value("bound_average"), let blob: Data = try value("lengths")
        else { throw RetrievalError.unreadableIndex(path: path, reason: "collection statistics are missing or damaged") }
        lengths = blob.withUnsafeBytes { Array($0.bindMemory(to: UInt32.self)) }
        self.live = live
        self.total = total
        self.boundAverage = boundAverage
    }

    var averageLength: Double { live > 0 ? Double(total) / Double(live) : 0 }
    var scoring: Scoring { Scoring(passageCount: live, averageLength: averageLength) }

    mutating func remove(passage id: Int) {
        guard lengths.indices.contains(id) else { return }
        total -= Int(lengths[id])
        lengths[id] = 0
        live -= 1
    }

    mutating func add(length: UInt32) {
        lengths.append(length)
        total += Int(length)
        live += 1
    }

    func save(_ db: Database) throws {
        let blob = lengths.withUnsafeBufferPointer { Data(buffer: $0) }
        let values: [(String, DatabaseValueConvertible)] = [
            ("passage_count", lengths.count), ("live_passages", live), ("total_length", total), ("lengths", blob),
            ("bound_average", min(boundAverage, averageLength)),
        ]
        for (key, value) in values {
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
        }
    }
}
