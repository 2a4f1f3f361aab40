import Foundation
import TestSupport
import Testing
@testable import Assistant

@Suite struct DumpImporterTests {
    static let seed = SharedFixtures.directory.appendingPathComponent("seed/posts-tagged-fibromyalgia.txt")

    @Test func importsTheSevenSeedArticlesWithoutChrome() throws {
        guard FileManager.default.fileExists(atPath: Self.seed.path) else {
            print("skipped: \(Self.seed.path) is absent (../shared is not beside the project)")
            return
        }
        let text = try String(contentsOf: Self.seed, encoding: .utf8)
        let articles = DumpImporter().articles(in: text)
        #expect(articles.map(\.title) == [
            "Fibromyalgia and Skin Conditions", "Fibromyalgia and Donating Blood", "Fibromyalgia and Vibration Therapy",
            "Is Fibromyalgia Hereditary?", "Fibromyalgia and Body pain", "Can a Nerve Block Help Fibromyalgia?",
            "Fibromyalgia & IV Ketamine Infusion Therapy",
        ])
        for article in articles {
            let markdown = article.markdown
            #expect(!markdown.contains("Fibro Cloud"))
            #expect(!markdown.contains("The preceding article is from"))
            #expect(!markdown.contains("Leave a comment"))
            #expect(!markdown.contains("Posts Tagged"))
            #expect(!markdown.contains(", , ,"))
            #expect(!markdown.contains("\u{00A0}\u{00A0}"))
            #expect(markdown.hasPrefix("# \(article.title)\n\n"))
        }
        let hereditary = try #require(articles.first { $0.title == "Is Fibromyalgia Hereditary?" })
        #expect(hereditary.blocks.contains(.heading("Is fibromyalgia hereditary?")))
        #expect(hereditary.blocks.contains { block in
            if case let .paragraph(p) = block { return p.contains("especially from mothers to daughters") }
            return false
        })
    }

    @Test func importingTwiceGivesByteIdenticalFiles() throws {
        guard FileManager.default.fileExists(atPath: Self.seed.path) else {
            print("skipped: \(Self.seed.path) is absent")
            return
        }
        let first = Scratch.path("fibroqa-import")
        let second = Scratch.path("fibroqa-import")
        let a = try DumpImporter().importDump(at: Self.seed, into: first)
        let b = try DumpImporter().importDump(at: Self.seed, into: second)
        #expect(a.count == 7)
        #expect(a.map(\.lastPathComponent) == b.map(\.lastPathComponent))
        for (x, y) in zip(a, b) { #expect(try Data(contentsOf: x) == Data(contentsOf: y)) }
        let bundled = SharedFixtures.projectRoot.appendingPathComponent("knowledge")
        for file in a {
            #expect(try Data(contentsOf: file) == Data(contentsOf: bundled.appendingPathComponent(file.lastPathComponent)),
                    "knowledge/\(file.lastPathComponent) should be what the importer makes of the seed")
        }
    }

    @Test func slugsAreSafeAndUnique() {
        #expect(Slug.make("Fibromyalgia & IV Ketamine Infusion Therapy") == "fibromyalgia-iv-ketamine-infusion-therapy")
        #expect(Slug.make("../../etc/passwd") == "etc-passwd")
        #expect(Slug.make("???") == "article")
        #expect(Slug.make("Naïve Café") == "naive-cafe")
        #expect(Slug.make(String(repeating: "word ", count: 100)).count <= Slug.maximumLength)
        #expect(Slug.unique(["Same Title", "same title!", "Same Title"]) == ["same-title", "same-title-2", "same-title-3"])
    }

    @Test func hostileTitlesStayInsideTheTargetFolder() throws {
        let dump = """
            ../../etc/passwd

            Fibro Cloud

            Body text.

            Leave a comment

            \(String(repeating: "Long ", count: 60))

            Fibro Cloud

            More text.

            Leave a comment
            """
        let dumpURL = Scratch.path("dump", extension: "txt")
        try dump.write(to: dumpURL, atomically: true, encoding: .utf8)
        let target = Scratch.path("fibroqa-hostile")
        let written = try DumpImporter().importDump(at: dumpURL, into: target)
        #expect(written.count == 2)
        for url in written {
            #expect(url.deletingLastPathComponent().standardizedFileURL.path == target.standardizedFileURL.path)
        }
    }
}
