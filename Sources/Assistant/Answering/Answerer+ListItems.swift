import Retrieval

// A list asked for ("what skin disorders go with fibromyalgia") may be announced at the end of
// one passage ("Here are just a few of the skin disorders that you may have to deal with …")
// and told in the passages that follow it, each opening with an item's name. The announcement
// alone names none of them: the items' openings are quoted right after it.
extension Answerer {
    /// A quote in the making, with its rank among the others and the labelled factors of it.
    typealias RankedQuote = (quote: Quote, rank: Double, parts: [String])

    /// Passages after an announcement that may hold its items, read in order.
    static let listItemReach = 8

    /// `ranked` with the openings of the items of the list its first quote announces put right
    /// after that quote (ranked with it, in the article's order), when the quote ends its
    /// passage with the announcement; unchanged otherwise. `read` gives a stored passage by id.
    func following(_ ranked: [RankedQuote], withItemsOf selector: ExcerptSelector,
                   reading read: (Int) throws -> StoredPassage) -> [RankedQuote] {
        guard let first = ranked.first, !first.quote.range.cutAfter, selector.endsAnnouncing(first.quote.passageText),
              let announcing = try? read(first.quote.passage) else { return ranked }
        var items: [RankedQuote] = []
        for id in (first.quote.passage + 1)...(first.quote.passage + Self.listItemReach) {
            // Past the collection's last passage, or out of the announcing section: the list has ended.
            guard let passage = try? read(id), passage.source == announcing.source,
                  passage.section == announcing.section else { break }
            guard let opening = selector.itemOpening(of: passage.text) else { continue }
            let quote = Quote(title: first.quote.title, article: first.quote.article, section: passage.section,
                              passage: id, passageText: passage.text, range: opening, score: first.quote.score)
            items.append((quote, first.rank, ["an item of the list the first quote announces, in the article's order"]))
        }
        guard !items.isEmpty else { return ranked }
        let listed = Set(items.map(\.quote.passage))
        return [first] + items + ranked.dropFirst().filter { !listed.contains($0.quote.passage) }
    }
}
