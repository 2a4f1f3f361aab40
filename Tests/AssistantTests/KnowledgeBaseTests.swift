import Foundation
import Testing
@testable import Assistant

@Suite struct KnowledgeBaseTests {
    @Test func skipsBadFilesByPathAndLoadsTheRest() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fibroqa-kb-\(UUID())")
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
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("fibroqa-file-\(UUID())")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: AssistantError.knowledgeNotADirectory(path: file.path)) { try KnowledgeBase.listFiles(in: file) }
    }
}
