import Foundation

extension Library {
    /// A knowledge file as recorded in the index, skipped or not: what is needed to tell whether
    /// it changed, and what it contributed that lives beside the index (acronyms, a problem).
    ///
    /// Stored one per line as `name TAB size TAB modified TAB hash TAB acronyms TAB problem`,
    /// which reads back far faster than JSON for tens of thousands of files; acronym lines are
    /// joined by `;`, and `%`, tab, newline and `;` in text are %-escaped.
    struct RecordedFile: Equatable {
        let name: String
        let size: Int
        let modified: Double
        let hash: String
        var acronyms: [String] = []
        var problem: String?

        var line: String {
            let fields = [Self.escape(name), "\(size)", "\(modified)", Self.escape(hash),
                          acronyms.map(Self.escape).joined(separator: ";"), problem.map(Self.escape) ?? ""]
            return fields.joined(separator: "\t")
        }

        /// The same file seen with another size or time but the same content.
        func touched(_ file: KnowledgeFile) -> RecordedFile {
            RecordedFile(name: name, size: file.size, modified: file.modified, hash: hash, acronyms: acronyms, problem: problem)
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
                guard fields.count == 6, let size = Int(fields[1]), let modified = Double(fields[2]),
                      let name = unescape(fields[0]), let hash = unescape(fields[3])
                else { return nil }
                let acronyms = fields[4].isEmpty ? [] : fields[4].split(separator: ";").compactMap { unescape(String($0)) }
                let problem = fields[5].isEmpty ? nil : unescape(fields[5])
                files.append(RecordedFile(name: name, size: size, modified: modified, hash: hash, acronyms: acronyms, problem: problem))
            }
            return files
        }

        static func escape(_ text: String) -> String {
            guard text.utf8.contains(where: { $0 == 0x25 || $0 == 0x09 || $0 == 0x0A || $0 == 0x3B }) else { return text }
            return text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\t", with: "%09")
                .replacingOccurrences(of: "\n", with: "%0A").replacingOccurrences(of: ";", with: "%3B")
        }

        static func unescape(_ text: String) -> String? {
            text.utf8.contains(0x25) ? text.removingPercentEncoding : text
        }
    }

    /// A digest of the listing (names, sizes, times): equal digests mean nothing was touched,
    /// which is all a fresh index needs to know, without reading the recorded list.
    static func fingerprint(_ files: [KnowledgeFile]) -> String {
        var digest = ListingDigest()
        for file in files { digest.add(name: Array(file.name.utf8), size: file.size, modified: file.modified) }
        return digest.value
    }
}
