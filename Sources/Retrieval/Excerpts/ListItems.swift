/// A list told across passages: one passage ends by announcing it ("Here are just a few of the
/// skin disorders that you may have to deal with …") and each item follows in passages of its
/// own, opening with the item's name as a label ("Dermatographism.", "Rosacea.").
extension ExcerptSelector {
    /// True when the last sentence of `passage` announces what follows.
    public func endsAnnouncing(_ passage: String) -> Bool {
        let sentences = splitter.sentences(in: passage)
        guard let last = sentences.last else { return false }
        let words = Self.tokens(analyzer.tokens(passage), in: [last]).first?.map(\.word) ?? []
        return Signpost.announces(words)
    }

    /// The opening of `passage` when it is a list item's: its label and the sentence after it;
    /// nil when the passage opens with no label.
    public func itemOpening(of passage: String) -> Excerpt? {
        let sentences = splitter.sentences(in: passage)
        guard sentences.count > 1, let label = Self.tokens(analyzer.tokens(passage), in: [sentences[0]]).first,
              Self.isLabel(label), let name = label.first?.range.lowerBound, let end = label.last?.range.upperBound else { return nil }
        let range = sentences[0].lowerBound..<sentences[1].upperBound
        let after = passage.utf8.dropFirst(range.upperBound).contains { !SentenceSplitter.isSpace($0) }
        return Excerpt(range: range, highlights: [name..<end],
                       cutBefore: false, cutAfter: after, score: 0)
    }
}
