import Foundation
import TestSupport
import Testing
@testable import Assistant

@Suite struct KnowledgeBaseTests {
    @Test func skipsBadFilesByPathAndLoadsTheRest() throws {
        let dir = Scratch.path("fibroqa-kb")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "# Good\n\nA paragraph.\n\n## Part\n\nAnother one.\n".write(to: dir.appendingPathComponent("good.md"), atomically: true, encoding: .utf8)
        try Data([0x23, 0x20, 0xFF, 0xFE, 0x0A]).write(to: dir.appendingPathComponent("binary.md"))
        try "no title here\n".write(to: dir.appendingPathComponent("untitled.md"), atomically: true, encoding: .utf8)
        let base = try KnowledgeBase.load(from: dir)
        #expect(base.articles.map(\.article.title) == ["Good"])
        #expect(base.articles[0].article.paragraphs == [
            .init(section: nil, text: "A paragraph."), .init(section: "Part", text: "Another one."),
        ])
        #expect(base.problems.count == 2)
        #expect(base.problems.contains { $0.contains("binary.md") && $0.contains("not UTF-8") })
        #expect(base.problems.contains { $0.contains("untitled.md") && $0.contains("title") })
    }

    @Test func missingFolderAndFileInsteadOfFolderAreErrors() throws {
        let missing = URL(fileURLWithPath: "/nonexistent/fibroqa-\(UUID())")
        #expect(throws: AssistantError.knowledgeMissing(path: missing.path)) { try KnowledgeBase.listFiles(in: missing) }
        let file = Scratch.path("fibroqa-file")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: AssistantError.knowledgeNotADirectory(path: file.path)) { try KnowledgeBase.listFiles(in: file) }
    }

    @Test func windowsLineEndsSplitLinesAndBlankLinesWithUnicodeSpacesSeparateParagraphs() throws {
        let article = try Article.parse(markdown: "# Title\r\n\r\nFirst line\r\nsecond line\r\n\u{00A0}\u{2003}\r\n## Part\r\nLast.", file: "x.md")
        #expect(article.title == "Title")
        #expect(article.paragraphs == [.init(section: nil, text: "First line\nsecond line"), .init(section: "Part", text: "Last.")])
    }

    @Test func aParagraphEndingWithAColonTakesInTheNextOne() throws {
        let markdown = "# T\n\nThe benefits are:\n\n\n• Less pain\n• More sleep\n\nSo it says:\n\nOne.\n\nTwo:\n\nThree.\n\nFour:\n## Next\nFive."
        let article = try Article.parse(markdown: markdown, file: "x.md")
        #expect(article.paragraphs.map(\.text) == ["The benefits are:\n\n\n• Less pain\n• More sleep", "So it says:\n\nOne.",
                                                    "Two:\n\nThree.", "Four:", "Five."])
        #expect(markdown.contains(article.paragraphs[0].text))
    }

    @Test func theListingDigestMatchesTheListAndChangesWithAnyFile() throws {
        let dir = Scratch.path("fibroqa-digest")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for i in 0..<50 { try "# A\(i)\n\nText \(i).\n".write(to: dir.appendingPathComponent("a\(i).md"), atomically: true, encoding: .utf8) }
        try "not an article".write(to: dir.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let digest = try #require(KnowledgeBase.listingDigest(of: dir))
        #expect(digest == Library.fingerprint(try KnowledgeBase.listFiles(in: dir)))
        try "# A7\n\nText 7, longer.\n".write(to: dir.appendingPathComponent("a7.md"), atomically: true, encoding: .utf8)
        #expect(KnowledgeBase.listingDigest(of: dir) != digest)
        #expect(KnowledgeBase.listingDigest(of: dir) == Library.fingerprint(try KnowledgeBase.listFiles(in: dir)))
        #expect(KnowledgeBase.listingDigest(of: dir.appendingPathComponent("missing")) == nil)
    }
}
