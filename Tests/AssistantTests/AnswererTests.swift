import Foundation
import Testing
@testable import Assistant

/// End-to-end answers over the bundled articles, with a private index file.
@Suite struct AnswererTests {
    static let knowledge = SharedFixtures.projectRoot.appendingPathComponent("knowledge")

    static func answerer() throws -> Answerer {
        let index = FileManager.default.temporaryDirectory.appendingPathComponent("fibroqa-ans-\(UUID()).sqlite").path
        return try Answerer(library: Library.open(knowledge: knowledge, indexPath: index))
    }

    @Test func hereditaryQuotesTheGeneticTendencySentenceFirst() throws {
        let answer = try Self.answerer().answer("is fibromyalgia hereditary")
        #expect(answer.status == .answered)
        let first = try #require(answer.quotes.first)
        #expect(first.title == "Is Fibromyalgia Hereditary?")
        #expect(first.excerpt.contains("genetic tendency"))
        #expect(first.excerpt.contains("mothers to daughters"))
        #expect(answer.notice.contains("doctor"))
    }

    @Test func everyExcerptIsVerbatimFromItsArticle() throws {
        let answerer = try Self.answerer()
        let base = try KnowledgeBase.load(from: Self.knowledge)
        for question in ["what is rosacea", "ketamine depression", "side effects of giving blood", "nerve block epidural",
                         "vibration therapy for fibro", "how much water should I drink"] {
            for quote in answerer.answer(question).quotes {
                let article = try #require(base.articles.first { $0.article.title == quote.title })
                let text = try String(contentsOf: Self.knowledge.appendingPathComponent(article.file.name), encoding: .utf8)
                for fragment in quote.excerpt.components(separatedBy: "…") where !fragment.isEmpty {
                    #expect(text.contains(fragment), "\(question): \(fragment)")
                }
            }
        }
    }

    @Test func offTopicGibberishAndStopWordsGetNoMatchWithTopics() throws {
        let answerer = try Self.answerer()
        for question in ["how tall is mount everest", "how do I bake sourdough bread", "qwzx vbnm", "!!!", "what is the", "hello"] {
            let answer = answerer.answer(question)
            #expect(answer.status == .noMatch, "\(question)")
            #expect(answer.quotes.isEmpty)
            #expect(answer.topics.count == 7)
            #expect(answer.notice.contains("doctor"))
        }
    }

    @Test func emptyQuestionIsEmpty() throws {
        let answerer = try Self.answerer()
        for question in ["", "   ", "\n\t"] {
            let answer = answerer.answer(question)
            #expect(answer.status == .empty)
            #expect(answer.quotes.isEmpty)
            #expect(!answer.notice.isEmpty)
        }
    }

    @Test func misspellingIsCorrectedAndSaid() throws {
        let answer = try Self.answerer().answer("fibromyalgia hereditery")
        #expect(answer.corrected == "fibromyalgia hereditary")
        #expect(answer.quotes.first?.title == "Is Fibromyalgia Hereditary?")
    }

    @Test func jsonLineHasTheContractFields() throws {
        let answer = try Self.answerer().answer("what is rosacea")
        let line = JSONLinesRenderer().render(answer)
        #expect(line.hasSuffix("\n"))
        #expect(!line.dropLast().contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["question"] as? String == "what is rosacea")
        #expect(object["status"] as? String == "answered")
        #expect(object["notice"] is String)
        #expect(object.keys.contains("corrected"))
        let answers = try #require(object["answers"] as? [[String: Any]])
        #expect(!answers.isEmpty)
        for a in answers {
            #expect(Set(a.keys).isSuperset(of: ["title", "article", "section", "excerpt", "score"]))
            #expect(a["score"] is Double || a["score"] is Int)
        }
    }
}
