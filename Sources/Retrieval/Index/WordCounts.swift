import Foundation

/// The surface vocabulary with counts, stored as one blob: `word TAB count` lines in word
/// order. Written and read whole (by spelling correction and completion, never per word), one
/// blob costs a fraction of a table of hundreds of thousands of rows.
enum WordCounts {
    static func encode(_ words: [String: UInt32]) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(words.count * 12)
        for (word, count) in words.sorted(by: { $0.key < $1.key }) {
            bytes += word.utf8
            bytes.append(UInt8(ascii: "\t"))
            bytes += String(count).utf8
            bytes.append(UInt8(ascii: "\n"))
        }
        return Data(bytes)
    }

    /// The words of `blob`, or nil when a line is damaged.
    static func decode(_ blob: Data) -> [String: UInt32]? {
        var words: [String: UInt32] = [:]
        for line in blob.split(separator: UInt8(ascii: "\n")) {
            guard let tab = line.firstIndex(of: UInt8(ascii: "\t")),
                  let count = UInt32(String(decoding: line[(tab + 1)...], as: UTF8.self))
            else { return nil }
            words[String(decoding: line[..<tab], as: UTF8.self)] = count
        }
        return words
    }
}
