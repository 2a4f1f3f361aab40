import Foundation
import Testing
@testable import Assistant

@Suite struct LibraryTests {
    func makeKnowledge() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fibroqa-lib-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "# Sleep\n\nAdults need about seven hours of sleep.\n".write(to: dir.appendingPathComponent("sleep.md"), atomically: true, encoding: .utf8)
        try "# Water\n\nDrink eight glasses of water.\n".write(to: dir.appendingPathComponent("water.md"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func buildsOnFirstUseThenReusesTheIndex() throws {
        let dir = try makeKnowledge()
        let index = dir.appendingPathComponent("index.sqlite").path
        let first = try Library.open(knowledge: dir, indexPath: index)
        #expect(first.buildReport?.reason == "first use")
        #expect(first.buildReport?.articles == 2)
        let second = try Library.open(knowledge: dir, indexPath: index)
        #expect(second.buildReport == nil)
    }

    @Test func rebuildsWhenAKnowledgeFileChangesIsAddedOrRemoved() throws {
        let dir = try makeKnowledge()
        let index = dir.appendingPathComponent("index.sqlite").path
        _ = try Library.open(knowledge: dir, indexPath: index)
        try "# Water\n\nDrink plenty of fluids, especially juice.\n".write(to: dir.appendingPathComponent("water.md"), atomically: true, encoding: .utf8)
        let changed = try Library.open(knowledge: dir, indexPath: index)
        #expect(changed.buildReport?.reason == "knowledge changed")
        #expect(try Answerer(library: changed).answer("juice").quotes.first?.excerpt.contains("juice") == true)
        try "# Ketamine\n\nKetamine infusions help.\n".write(to: dir.appendingPathComponent("ketamine.md"), atomically: true, encoding: .utf8)
        #expect(try Library.open(knowledge: dir, indexPath: index).sources.count == 3)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("sleep.md"))
        #expect(try Library.open(knowledge: dir, indexPath: index).sources.map(\.title) == ["Ketamine", "Water"])
    }

    @Test func aDamagedIndexIsRebuilt() throws {
        let dir = try makeKnowledge()
        let index = dir.appendingPathComponent("index.sqlite").path
        _ = try Library.open(knowledge: dir, indexPath: index)
        try Data(repeating: 0x5A, count: 4096).write(to: URL(fileURLWithPath: index))
        let reopened = try Library.open(knowledge: dir, indexPath: index)
        #expect(reopened.buildReport != nil)
        #expect(try Answerer(library: reopened).answer("glasses of water").status == .answered)
    }

    @Test func touchingAFileWithoutChangingItDoesNotRebuild() throws {
        let dir = try makeKnowledge()
        let index = dir.appendingPathComponent("index.sqlite").path
        _ = try Library.open(knowledge: dir, indexPath: index)
        let file = dir.appendingPathComponent("water.md")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: file.path)
        #expect(try Library.open(knowledge: dir, indexPath: index).buildReport == nil)
    }

    @Test func theRecordedFileListRoundTripsOddNamesAndRejectsDamage() {
        let files = [
            Library.RecordedFile(name: "plain.md", size: 12, modified: 1_764_000_000.123456, hash: "abc"),
            Library.RecordedFile(name: "100%\ttab\nline %41.md", size: 0, modified: 0.1 + 0.2, hash: "def"),
            Library.RecordedFile(name: "ünï.md", size: 7, modified: -1, hash: ""),
        ]
        #expect(Library.RecordedFile.decodeList(Library.RecordedFile.encodeList(files)) == files)
        #expect(Library.RecordedFile.decodeList("name\tnot-a-size\t1\thash") == nil)
        #expect(Library.RecordedFile.decodeList("too\tfew") == nil)
    }
}
