/// Plain-text helpers for the maintainer files read at every start (`emergency.txt`,
/// `lexicon.txt`): Foundation's `trimmingCharacters` and `range(of:)` bridge each line to
/// NSString, several milliseconds over a file of a thousand lines.
extension StringProtocol where SubSequence == Substring {
    /// The text without the spaces, tabs and carriage returns around it.
    var trimmingBlanks: Substring {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let start = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return self[endIndex...]
        }
        return self[start...last]
    }

    /// Where `needle` first occurs, compared byte for byte.
    func firstRange(of needle: String) -> Range<Index>? {
        let target = Array(needle.utf8)
        guard !target.isEmpty else { return nil }
        var i = utf8.startIndex
        while i != utf8.endIndex {
            if utf8[i...].starts(with: target) { return i..<utf8.index(i, offsetBy: target.count) }
            i = utf8.index(after: i)
        }
        return nil
    }
}
