import Foundation
import TestSupport
import Testing
@testable import Assistant

/// Generated and mutated inputs thrown at the question pipeline (analyse, correct, expand,
/// search, excerpt, render) and at the dump importer. Every answer must keep its promises: no
/// crash, a notice, quotes verbatim from their passage, no raw control characters in text
/// output, one valid JSON object per answer; every imported file name is a plain slug.
///
/// `swift test` runs a short, seeded round. A long run:
/// `FIBROQA_FUZZ_INPUTS=100000 swift test -c release --filter FuzzTests`
/// (`FIBROQA_FUZZ_SEED` picks another seed; a failure names the seed and the input).
@Suite struct FuzzTests {
    static let inputs = Int(ProcessInfo.processInfo.environment["FIBROQA_FUZZ_INPUTS"] ?? "") ?? 400
    static let seed = UInt64(ProcessInfo.processInfo.environment["FIBROQA_FUZZ_SEED"] ?? "") ?? 20_261_125

    @Test func questionPipelineKeepsItsPromisesOnGeneratedInput() throws {
        let answerer = try AnswererTests.answerer()
        var generator = FuzzInput(seed: Self.seed)
        for n in 0..<Self.inputs {
            let question = generator.question()
            let answer = answerer.answer(question, top: 1 + n % 5)
            let context = "seed \(Self.seed), input \(n): \(question.debugDescription)"
            #expect(!answer.notice.isEmpty, "\(context)")
            for quote in answer.quotes {
                for fragment in quote.excerpt.components(separatedBy: "…") where !fragment.isEmpty {
                    #expect(quote.passageText.contains(fragment), "\(context)")
                }
            }
            let text = TextRenderer().render(answer)
            #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F }, "\(context)")
            #expect(text.hasSuffix(answer.notice + "\n"), "\(context)")
            let json = JSONLinesRenderer().render(answer)
            #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "\(context)")
        }
    }

    @Test func dumpImporterMakesSafeFileNamesFromAnyDump() throws {
        var generator = FuzzInput(seed: Self.seed &+ 1)
        let importer = DumpImporter()
        for n in 0..<max(1, Self.inputs / 5) {
            let dump = generator.dump()
            let articles = importer.articles(in: dump)
            for slug in Slug.unique(articles.map(\.title)) {
                #expect(!slug.isEmpty && !slug.contains("/") && !slug.hasPrefix(".") && slug.utf8.count <= 120,
                        "seed \(Self.seed), dump \(n): \(slug.debugDescription)")
            }
            for article in articles { _ = article.markdown }
        }
    }
}

/// A seeded source of hostile and ordinary text (SplitMix64, so every run is reproducible).
struct FuzzInput {
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { random.next() }

    mutating func below(_ n: Int) -> Int { random.below(n) }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    static let words = [
        "fibromyalgia", "fibro", "hereditary", "is", "what", "how", "long", "does", "skin", "hurt", "blood", "donate",
        "ketamine", "nerve", "block", "vibration", "therapy", "pain", "sleep", "vitamin", "rosacea", "epidural",
        "the", "a", "of", "when", "first", "defined", "side", "effects", "kill", "myself", "chest", "die", "my",
        "fibromialgia", "heriditary", "vibrashun", "WBVT", "IV", "8×8", "don't", "well-being", "naïve", "Ünïcödé",
    ]
    static let oddities = [
        "\u{1B}[31m", "\u{1B}]0;title\u{07}", "\0", "\u{7F}", "\r", "\t", "\u{202E}", "\u{200B}", "\u{FEFF}", "🙂", "👩‍👩‍👧",
        "שלום", "مرحبا", "\u{0301}", "%", "*", "'", "\"", "';DROP TABLE terms;--", "(", ")", "“", "”", "’", "…", "?", "\\",
        "\u{10FFFF}", "\u{FFFD}", "\n",
    ]

    /// A question: words, typos, odd characters, long runs, or a mutation of an ordinary one.
    mutating func question() -> String {
        switch below(6) {
        case 0: return String(repeating: pick(Self.words) + " ", count: 1 + below(400))
        case 1: return String((0..<below(60)).map { _ in Character(Unicode.Scalar(UInt8(below(128)))) })
        case 2:
            return (0..<below(12)).map { _ in below(3) == 0 ? pick(Self.oddities) : pick(Self.words) }.joined(separator: pick([" ", "", "  ", "-"]))
        default:
            var scalars = Array((0..<(1 + below(10))).map { _ in pick(Self.words) }.joined(separator: " ").unicodeScalars)
            for _ in 0..<below(4) where !scalars.isEmpty {
                let at = below(scalars.count)
                switch below(3) {
                case 0: scalars.remove(at: at)
                case 1: scalars.insert(Unicode.Scalar(UInt8(97 + below(26))), at: at)
                default: scalars.swapAt(at, below(scalars.count))
                }
            }
            var s = String(String.UnicodeScalarView(scalars))
            if below(4) == 0 { s += pick(Self.oddities) }
            return s
        }
    }

    /// A blog dump: titles (hostile ones among them), chrome lines and paragraphs.
    mutating func dump() -> String {
        let titles = ["../../etc/passwd", String(repeating: "Long title ", count: 30), "", ".hidden", "CON", "a/b\\c",
                      "Fibromyalgia and Sleep", "🙂🙂", "  spaces  ", "\u{1B}[2J", "Title\0With NUL"]
        var lines: [String] = []
        for _ in 0..<(1 + below(6)) {
            lines.append(below(3) == 0 ? pick(titles) : question())
            for _ in 0..<below(6) { lines.append(below(4) == 0 ? "" : question()) }
        }
        return lines.joined(separator: "\n")
    }
}
