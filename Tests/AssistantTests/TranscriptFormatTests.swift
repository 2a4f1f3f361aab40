import Foundation
import TestSupport
import Testing
@testable import Assistant

@Suite struct TranscriptFormatTests {
    func parse(_ text: String) throws -> Transcript { try Transcript.parse(Data(text.utf8), name: "t.txt") }

    @Test func parsesInputsOutputsAndCommentsAndWritesTheSameBytesBack() throws {
        let text = "# about\n> is it hereditary\n1. Title\n   “Quote.”\n\nNotice.\n\n# next\n> :topics\nThe articles:\n  - A\n\n"
        let transcript = try parse(text)
        #expect(transcript.entries.map(\.input) == ["is it hereditary", ":topics"])
        #expect(transcript.entries[0].output == ["1. Title", "   “Quote.”", "", "Notice."])
        #expect(transcript.entries[0].comments == ["# about"])
        #expect(transcript.entries[1].comments == ["# next"])
        #expect(transcript.entries[1].line == 9)
        #expect(transcript.serialized() == text)
    }

    @Test func outputLinesThatLookLikeSyntaxAreEscapedAndRoundTrip() throws {
        let entry = Transcript.Entry(input: "q", output: ["# not a comment", "> not an input", "\\ backslash", "plain"])
        let text = Transcript(entries: [entry]).serialized()
        #expect(text.contains("\\# not a comment\n\\> not an input\n\\\\ backslash\n"))
        #expect(try parse(text).entries[0].output == entry.output)
    }

    @Test func trailingBlankLinesOfAnOutputDoNotCount() throws {
        #expect(try parse("> q\nanswer\n\n\n\n").entries[0].output == ["answer"])
        #expect(Transcript.outputLines("answer\n\n") == ["answer"])
    }

    @Test func aBareAngleIsAnEmptyQuestion() throws {
        let transcript = try parse(">\nAsk a question.\n")
        #expect(transcript.entries[0].input == "")
        #expect(transcript.serialized().hasPrefix(">\n"))
    }

    @Test(arguments: [
        ("", 1, "no '> ' input line"),
        ("# only a comment\n", 1, "no '> ' input line"),
        ("stray output\n> q\n", 1, "output before the first '> ' input line"),
        ("> q\nanswer\n# comment\nmore output\n", 4, "output after a comment; comments go before a '> ' line"),
    ])
    func malformedTranscriptsNameTheLine(text: String, line: Int, reason: String) {
        #expect(throws: AssistantError.malformedTranscript(path: "t.txt", line: line, reason: reason)) { try parse(text) }
    }

    @Test func invalidUTF8IsReportedWithItsLine() {
        var bytes = Array("> q\nfine\n".utf8)
        bytes += [0x66, 0xFF, 0x0A]
        #expect(throws: AssistantError.malformedTranscript(path: "t.txt", line: 3, reason: "not UTF-8 text")) {
            try Transcript.parse(Data(bytes), name: "t.txt")
        }
    }

    @Test func aMissingFileIsAOneLineError() {
        let missing = Scratch.path("no-such", extension: "txt")
        #expect(throws: AssistantError.unreadableTranscript(path: missing.path, reason: "no such file")) {
            try TranscriptFile.read(missing)
        }
    }
}

@Suite struct UnifiedDiffTests {
    @Test func equalListsHaveNoHunks() {
        #expect(UnifiedDiff.hunks(old: ["a", "b"], new: ["a", "b"]).isEmpty)
    }

    @Test func aChangedLineShowsAsRemovedThenAddedWithContext() {
        let old = ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
        var new = old
        new[4] = "five"
        #expect(UnifiedDiff.hunks(old: old, new: new, oldStart: 10, newStart: 10) == [
            "@@ -11,7 +11,7 @@", " 2", " 3", " 4", "-5", "+five", " 6", " 7", " 8",
        ])
    }

    @Test func distantChangesGetSeparateHunks() {
        let old = (1...20).map(String.init)
        var new = old
        new[0] = "one"
        new[19] = "twenty"
        let hunks = UnifiedDiff.hunks(old: old, new: new).filter { $0.hasPrefix("@@") }
        #expect(hunks == ["@@ -1,4 +1,4 @@", "@@ -17,4 +17,4 @@"])
    }

    @Test func insertionsAndDeletionsAtTheEnds() {
        #expect(UnifiedDiff.hunks(old: [], new: ["a"]) == ["@@ -1,0 +1,1 @@", "+a"])
        #expect(UnifiedDiff.hunks(old: ["a", "b"], new: ["a"]) == ["@@ -1,2 +1,1 @@", " a", "-b"])
    }
}
