import Testing
@testable import Retrieval

struct SignpostTests {
    private func words(_ sentence: String) -> [String] { Analyzer().tokens(sentence).map(\.word) }

    @Test func sentencesThatAnnounceWhatFollowsAreSignposts() {
        #expect(Signpost.announces(words("Below we will examine the several ways blood donations can help.")))
        #expect(Signpost.announces(words("First, let us start by discussing the disadvantages of donating blood.")))
        #expect(Signpost.announces(words("In this article, we’re going to take a look at why our skin is so sensitive.")))
        #expect(Signpost.announces(words("Keep reading to understand conditions related to body aches.")))
        #expect(Signpost.announces(words("Here is a closer look at how IV ketamine infusion works.")))
        #expect(Signpost.announces(words("For more information on fibromyalgia, please visit the American College of Rheumatology.")))
        #expect(Signpost.announces(words("Listed below are some reasons why you may be experiencing body pain.")))
        #expect(Signpost.announces(words("Here are just a few of the skin disorders that you may have to deal with.")))
    }

    @Test func statementsAreNotSignposts() {
        #expect(!Signpost.announces(words("We’ve discussed in other articles that the nervous system is affected.")))
        #expect(!Signpost.announces(words("We will feel better after a rest.")))
        #expect(!Signpost.announces(words("Here are the results: the pain eased within days.")))
        #expect(!Signpost.announces(words("It is quite common to experience bruising when you donate blood.")))
        #expect(!Signpost.announces([]))
    }

    @Test func aSignpostIsNotChosenOverAStatementOfTheSameWords() {
        let passage = "Below we will examine how donating blood lowers blood pressure. Donating blood lowers blood pressure a little, and the effect lasts for some weeks after each donation."
        let excerpt = ExcerptSelector().excerpt(of: passage, weights: ["donat": 1, "blood": 1, "pressur": 1, "lower": 1])
        #expect(excerpt.map { String(passage.utf8.dropFirst($0.range.lowerBound).prefix($0.range.count))! }?.hasPrefix("Donating") == true)
        #expect(excerpt?.isAnnouncement == false)
    }
}
