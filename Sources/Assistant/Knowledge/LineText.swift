/// A plain-text helper for the maintainer files read at every start (`emergency.txt`,
/// `lexicon.txt`): Foundation's `trimmingCharacters` bridges each line to NSString, several
/// milliseconds over a file of a thousand lines.
extension StringProtocol where SubSequence == Substring {
    /// The text without the spaces, tabs and carriage returns around it.
    var trimmingBlanks: Substring {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let start = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return self[endIndex...]
        }
        return self[start...last]
    }
}
