import Retrieval

extension PhraseList {
    /// The compiled phrases as bytes for the rule cache (`init(reading:analyzer:)` reads them back).
    func write(to writer: inout RuleWriter) {
        writer.list(words) { writer, word in
            writer.string(word.stem)
            writer.string(word.written)
        }
        writer.list(classes) { writer, wordings in writer.list(wordings, Self.write) }
        writer.list(phrases) { writer, phrase in
            writer.string(phrase.text)
            Self.write(&writer, phrase.elements)
            writer.flag(phrase.reportOnly)
        }
        writer.list(alone) { writer, phrase in
            writer.string(phrase.text)
            writer.counts(phrase.words)
        }
        writer.list(unordered) { writer, phrase in
            writer.string(phrase.text)
            writer.list(phrase.parts, Self.write)
            writer.flag(phrase.reportOnly)
        }
        writer.strings(undefinedClasses)
    }

    /// A run of elements, each as one number (`code`).
    private static func write(_ writer: inout RuleWriter, _ elements: [Element]) {
        writer.counts(elements.map(code))
    }

    init(reading reader: inout RuleReader, analyzer: Analyzer) throws {
        let words = try reader.list { reader in Word(stem: try reader.string(), written: try reader.string()) }
        let classCount = try reader.count()
        guard classCount <= reader.remaining else { throw RuleBytesError() }
        // Elements name words and classes by position; each is checked against what exists.
        func elements(_ reader: inout RuleReader) throws -> [Element] {
            try reader.counts().map { try Self.element($0, words: words.count, classes: classCount) }
        }
        var classes: [[[Element]]] = []
        for _ in 0..<classCount { classes.append(try reader.list(elements)) }
        let phrases = try reader.list { reader in
            (text: try reader.string(), elements: try elements(&reader), reportOnly: try reader.flag())
        }
        let alone = try reader.list { reader in
            (text: try reader.string(), words: try reader.list { try $0.index(below: words.count) })
        }
        let unordered = try reader.list { reader in
            (text: try reader.string(), parts: try reader.list(elements), reportOnly: try reader.flag())
        }
        self.init(words: words, classes: classes, phrases: phrases, alone: alone, unordered: unordered,
                  undefinedClasses: try reader.strings(), analyzer: analyzer)
    }

    /// An element as one number: its kind in the low two bits, its position above them.
    private static func code(_ element: Element) -> Int {
        switch element {
        case .word(let id): return id << 2
        case .wildcard: return 1
        case .wordClass(let id): return id << 2 | 2
        }
    }

    private static func element(_ code: Int, words: Int, classes: Int) throws -> Element {
        switch code & 3 {
        case 0 where code >> 2 < words: return .word(code >> 2)
        case 1 where code == 1: return .wildcard
        case 2 where code >> 2 < classes: return .wordClass(code >> 2)
        default: throw RuleBytesError()
        }
    }
}
