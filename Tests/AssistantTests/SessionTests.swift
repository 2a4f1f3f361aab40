import Foundation
import TestSupport
import Testing
@testable import Assistant

@Suite struct SessionTests {
    static func session() throws -> Session { Session(answerer: try AnswererTests.answerer()) }

    @Test func moreContinuesTheNumberingAndShowReachesTheNewQuotes() throws {
        let session = try Self.session()
        let first = session.respond(to: "is fibromyalgia hereditary").text
        #expect(first.contains("1. ") && first.contains("3. ") && !first.contains("4. "))
        let more = session.respond(to: ":more").text
        #expect(more.hasPrefix("4. "))
        #expect(more.hasSuffix(Notices.answered + "\n"))
        let shown = session.respond(to: ":show 4").text
        #expect(shown.hasPrefix("Is Fibromyalgia Hereditary?"))
        #expect(shown.hasSuffix(Notices.answered + "\n"))
    }

    @Test func showArticlePrintsEveryPassageOfTheArticle() throws {
        let session = try Self.session()
        _ = session.respond(to: "can I donate blood with fibromyalgia")
        let whole = session.respond(to: ":show 1 article").text
        let one = session.respond(to: ":show 1").text
        #expect(whole.count > one.count * 3)
        #expect(whole.contains("— "))
    }

    @Test(arguments: [
        (":frobnicate", "unknown command ':frobnicate'; type :help for the commands\n"),
        (":show", "usage: :show N, or :show N article (N is a quote number)\n"),
        (":show x", "usage: :show N, or :show N article (N is a quote number)\n"),
        (":show 0", "usage: :show N, or :show N article (N is a quote number)\n"),
        (":show 99999999999999999999", "usage: :show N, or :show N article (N is a quote number)\n"),
        (":topics now", ":topics takes no arguments\n"),
        (":record", "usage: :record FILE\n"),
        (":more", "No answer to continue: ask a question first.\n"),
        (":show 2", "No quotes to show: ask a question first.\n"),
        (":explain", "Nothing to explain yet: ask a question first.\n"),
        (":\u{1B}[31mred", "unknown command ':[31mred'; type :help for the commands\n"),
    ])
    func mistakesGetAOneLineHint(input: String, reply: String) throws {
        #expect(try Self.session().respond(to: input) == Session.Reply(text: reply, action: .none))
    }

    @Test func quitAndRecordAreActionsForTheCaller() throws {
        let session = try Self.session()
        #expect(session.respond(to: ":quit").action == .quit)
        #expect(session.respond(to: ":record /tmp/x y.txt").action == .record("/tmp/x y.txt"))
    }

    @Test func explainDescribesTheLastAnswer() throws {
        let session = try Self.session()
        _ = session.respond(to: "what is the capital of france")
        let text = session.respond(to: ":explain").text
        #expect(text.hasPrefix("Explanation\n"))
        #expect(text.contains("abstained: "))
    }

    @Test func helpListsEveryCommandWithOneLine() throws {
        let help = try Self.session().respond(to: ":help").text
        for name in SessionCommand.names { #expect(help.contains("\n" + name), "\(name)") }
    }

    @Test func completionsHoldCommandsArticleWordsAndTitleWords() throws {
        let words = try Self.session().completions()
        #expect(words.contains(":topics"))
        #expect(words.contains("hereditary"))
        #expect(words.contains("ketamine"))
        #expect(!words.contains("is"))
    }

    @Test func styledRepliesStripToThePlainReply() throws {
        let answerer = try AnswererTests.answerer()
        let plain = Session(answerer: answerer).respond(to: "vibration therapy")
        let styled = Session(answerer: answerer, style: .ansi).respond(to: "vibration therapy")
        #expect(styled.text != plain.text)
        #expect(styled.plainText == plain.text)
    }
}

@Suite struct HistoryFileTests {
    func temporary() -> HistoryFile {
        HistoryFile(url: Scratch.path("fibroqa-hist").appendingPathComponent("fibroqa/history"))
    }

    @Test func appendsPrivatelyAndLoadsInOrder() throws {
        let history = temporary()
        try history.append("is fibro hereditary")
        try history.append("ketamine")
        try history.append("")
        #expect(try history.load() == ["is fibro hereditary", "ketamine"])
        let mode = try FileManager.default.attributesOfItem(atPath: history.url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: history.url.deletingLastPathComponent().path)[.posixPermissions] as? Int
        #expect(folder == 0o700)
    }

    @Test func loadingCutsTheFileBackToItsCapacity() throws {
        let history = temporary()
        for i in 0..<(HistoryFile.capacity + 25) { try history.append("question \(i)") }
        let loaded = try history.load()
        #expect(loaded.count == HistoryFile.capacity)
        #expect(loaded.first == "question 25")
        #expect(try history.load() == loaded)
        let mode = try FileManager.default.attributesOfItem(atPath: history.url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func standardLocationFollowsXDGAndCanBeSwitchedOff() {
        #expect(HistoryFile.standard(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])?.url.path == "/s/fibroqa/history")
        #expect(HistoryFile.standard(environment: ["HOME": "/h"])?.url.path == "/h/.local/state/fibroqa/history")
        #expect(HistoryFile.standard(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])?.url.path == "/h/.local/state/fibroqa/history")
        #expect(HistoryFile.standard(environment: ["FIBROQA_HISTORY": "0", "HOME": "/h"]) == nil)
        #expect(HistoryFile.standard(environment: [:]) == nil)
    }
}

@Suite struct TextWrapperTests {
    @Test func wrapsAtSpacesKeepingTheIndentOfQuotesAndNumberedLines() {
        let wrapper = TextWrapper(width: 24)
        #expect(wrapper.wrap("   “one two three four five six seven”") == "   “one two three four\n   five six seven”")
        #expect(wrapper.wrap("12. Title of an article › Section") == "12. Title of an article\n    › Section")
        #expect(wrapper.wrap("short\n\nlines") == "short\n\nlines")
    }

    @Test func styleSequencesTakeNoWidth() {
        let bold = "\u{1B}[1mword\u{1B}[22m"
        let line = Array(repeating: bold, count: 4).joined(separator: " ")
        #expect(TextWrapper(width: 20).wrap(line) == line)
        #expect(TextWrapper.unstyled(line) == "word word word word")
    }

    @Test func aWordLongerThanTheWidthStaysWhole() {
        let long = String(repeating: "x", count: 50)
        #expect(TextWrapper(width: 20).wrap("a \(long) b") == "a\n\(long)\nb")
    }
}
