import Foundation
import Testing
@testable import Retrieval

@Suite struct ScoringTests {
    /// Three passages; "pain" is in every one, "sleep" in one, "water" in two.
    let texts = [
        "pain sleep sleep",
        "pain water",
        "pain water water water",
    ]

    @Test func matchesAHandComputedRanking() throws {
        let reader = try TestIndex.make(texts)
        let searcher = Searcher(reader: reader)
        // N = 3, lengths 3, 2, 4, average 3. k1 = 1.2, b = 0.75.
        // idf(water, df 2) = ln(1 + 1.5/2.5) = ln 1.6; tf weight in passage 1 (tf 1, len 2):
        // 2.2 / (1 + 1.2·(0.25 + 0.75·2/3)) = 2.2/1.9; in passage 2 (tf 3, len 4):
        // 6.6 / (3 + 1.2·(0.25 + 0.75·4/3)) = 6.6/4.5.
        let hits = try searcher.search([QueryTerm(term: "water")], limit: 10)
        #expect(hits.map(\.passage) == [2, 1])
        #expect(abs(hits[0].score - log(1.6) * 6.6 / 4.5) < 1e-9)
        #expect(abs(hits[1].score - log(1.6) * 2.2 / 1.9) < 1e-9)
    }

    @Test func aTermInEveryPassageStillRanksAndDoesNotDominate() throws {
        let reader = try TestIndex.make(texts)
        let searcher = Searcher(reader: reader)
        let idf = searcher.scoring.idf(documentFrequency: 3)
        #expect(idf > 0, "a term in every passage keeps a small positive weight")
        #expect(idf < searcher.scoring.idf(documentFrequency: 1) / 5)
        // Alone, the ubiquitous term still returns every passage, ranked by frequency and length.
        let alone = try searcher.search([QueryTerm(term: "pain")], limit: 10)
        #expect(alone.count == 3)
        #expect(alone.first?.passage == 1)
        // With a rare term, the rare term decides: "pain sleep" finds passage 0 first.
        let both = try searcher.search([QueryTerm(term: "pain"), QueryTerm(term: "sleep")], limit: 10)
        #expect(both.first?.passage == 0)
        #expect(both.count == 3)
    }

    @Test func tiesAreBrokenByPassageID() throws {
        let reader = try TestIndex.make(["alpha beta", "alpha beta", "alpha beta"])
        let hits = try Searcher(reader: reader).search([QueryTerm(term: "alpha")], limit: 3)
        #expect(hits.map(\.passage) == [0, 1, 2])
    }

    @Test func fieldBonusRaisesTitledPassages() throws {
        let reader = try TestIndex.make(
            ["ketamine helps", "ketamine helps"],
            fields: [[], [WeightedField(text: "Ketamine therapy", bonus: 0.5)]])
        let hits = try Searcher(reader: reader).search([QueryTerm(term: "ketamin")], limit: 2)
        #expect(hits.map(\.passage) == [1, 0])
        #expect(hits[0].contributions.first?.fieldBonus == 0.5)
    }
}
