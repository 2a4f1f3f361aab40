/// Chooses the sentences of a passage that best answer a query (the fragment scorer).
///
/// A sentence scores, for each concept of the query (a question word with its synonyms and
/// corrections), the weight of the best of its terms the sentence contains: covering more of the
/// question beats repeating one word or piling up its synonyms. The best sentence is the core of the excerpt; neighbours
/// join it while it is too short to stand alone or when they add query terms it lacks, up to
/// a length budget. Only whole sentences are ever taken.
public struct ExcerptSelector: Sendable {
    /// An excerpt shorter than this (in bytes) takes in a neighbouring sentence.
    public static let minimumLength = 90
    /// A further excerpt of a passage shorter than this (in bytes) is not offered: one short
    /// sentence left between the passage's other quotes.
    public static let minimumFurtherLength = 60
    /// The length (in bytes) up to which the assistant gives a quote neighbouring sentences for
    /// context: about two sentences, forty words.
    public static let contextLength = 220
    /// Neighbours are not added past this length (a single longer sentence is still kept whole).
    public static let maximumLength = 420
    /// Most sentences one excerpt may hold.
    public static let maximumSentences = 3
    /// A sentence stating the asked-for kind of fact (a year for "when") gains this share of the
    /// largest query-term weight.
    public static let answerTypeBonus = 1.0

    /// Further terms of a concept that a sentence also holds add this share of their weight (as
    /// Lucene's dis_max tie-breaker): "rosy red cheeks" says more about rosacea than "Rosacea.",
    /// but three synonyms of one word do not outweigh a second word of the question.
    public static let synonymTieBreaker = 0.3

    /// Two of the reader's words side by side in a sentence as in the question ("physical
    /// therapy", "nerve blocks") add this share of the lighter one's weight: the sentence names
    /// what was asked, not its parts apart ("your physical therapist will let you know").
    public static let phraseBonus = 0.25

    /// What a neighbouring sentence stating the asked-for kind of fact adds when growing an
    /// excerpt: enough to join, less than any query term.
    static let statingNeighbourGain = 0.01

    /// What a sentence before the excerpt adds counts at this share against one after it: text
    /// goes on about what it has just said ("Bruises vary in color and size. Yellow, blue, or
    /// even purple bruises …").
    static let backwardGainFactor = 0.8

    /// A neighbour whose query terms add less than this share of the largest term weight adds
    /// nothing: a word in every article ("fibromyalgia") is no reason to quote a sentence.
    static let negligibleGainShare = 0.01

    /// A sentence that is itself a question ("Is fibromyalgia hereditary?") or that announces
    /// what the text will discuss ("Below we will examine …") restates the reader's topic rather
    /// than answering it: its score is multiplied by this.
    public static let announcementFactor = 0.5

    let analyzer: Analyzer
    let splitter = SentenceSplitter()
    /// False to score announcing sentences like any other (for measuring what the factor adds).
    private let demotesAnnouncements: Bool
    /// False to quote the passage's first sentences whatever they hold (the baseline that
    /// sentence choice is measured against).
    private let choosesSentences: Bool
    /// A quote shorter than this (in bytes) is given neighbouring sentences for context, within
    /// `maximumSentences` and `maximumLength`; 0 quotes only the sentences chosen for the query.
    private let contextLength: Int

    public init(analyzer: Analyzer = Analyzer(), demotesAnnouncements: Bool = true, choosesSentences: Bool = true,
                contextLength: Int = 0) {
        self.analyzer = analyzer
        self.demotesAnnouncements = demotesAnnouncements
        self.choosesSentences = choosesSentences
        self.contextLength = contextLength
    }

    /// The best excerpt of `passage` for query terms weighted by `weights` (term → weight).
    /// `concepts` groups the terms that stand for one question word (each term → its weight in
    /// that concept); by default every term is a concept of its own. `subjects`, when given, are
    /// the terms a defining sentence must be about (the reader's own words, not their synonyms);
    /// by default every weighted term. With `excluding` (an excerpt already taken), the result is
    /// a further excerpt that does not overlap it and holds a query term, or nil.
    public func excerpt(of passage: String, weights: [String: Double], concepts: [[String: Double]]? = nil,
                        answerType: AnswerType = .none, subjects: Set<String>? = nil, phrases: [[Set<String>]] = [],
                        excluding: Range<Int>? = nil) -> Excerpt? {
        guard let scored = score(passage, weights: weights, concepts: concepts, answerType: answerType, subjects: subjects,
                                 phrases: phrases) else { return nil }
        return choose(in: scored, excluding: excluding.map { [$0] } ?? [])
    }

    /// Up to `limit` excerpts of `passage` that do not overlap, best first: the best excerpt,
    /// then each further one that holds a query term. The passage is analysed once for all.
    public func excerpts(of passage: String, weights: [String: Double], concepts: [[String: Double]]? = nil,
                         answerType: AnswerType = .none, subjects: Set<String>? = nil, phrases: [[Set<String>]] = [],
                         limit: Int) -> [Excerpt] {
        guard let scored = score(passage, weights: weights, concepts: concepts, answerType: answerType, subjects: subjects,
                                 phrases: phrases) else { return [] }
        var chosen: [Excerpt] = []
        var passedOver: [Range<Int>] = []
        while chosen.count < limit, let next = choose(in: scored, excluding: chosen.map(\.range) + passedOver) {
            // A further quote hemmed in by the others to one short sentence ("Your body can be
            // achy when you are sick.") is a scrap, not an answer.
            if !chosen.isEmpty, next.range.count < Self.minimumFurtherLength {
                passedOver.append(next.range)
            } else {
                chosen.append(next)
            }
        }
        return chosen
    }

    /// A passage split into sentences, each scored against the query.
    private struct ScoredSentences {
        let passage: String
        let sentences: [Range<Int>]
        let tokens: [Token]
        let weights: [String: Double]
        let concepts: [[String: Double]]
        let covered: [Set<String>]
        let scores: [Double]
        let stating: [Bool]
        let announcing: [Bool]
        /// Sentences whose next sentence, pointing back at them, states the asked-for fact: a
        /// definition of what they name, or the reason for what they say (it joins their excerpt).
        let answeredNext: [Bool]
        let answerType: AnswerType
        /// Sentences stating the asked-for kind of fact, whether or not they hold a query term.
        let statesKind: [Bool]
        /// Sentences that open by pointing back at the one before ("This is because …").
        let pointsBack: [Bool]
        /// The sentence that states the definition of what the passage's opening label names.
        let labelled: Int?
        /// Whether the passage opens with a label naming what it is about ("Rosacea.").
        let opensWithLabel: Bool
    }

    private func score(_ passage: String, weights: [String: Double], concepts: [[String: Double]]?,
                       answerType: AnswerType, subjects: Set<String>?, phrases: [[Set<String>]]) -> ScoredSentences? {
        let concepts = concepts ?? weights.keys.sorted().map { [$0: weights[$0] ?? 0] }
        let sentences = splitter.sentences(in: passage)
        guard !sentences.isEmpty else { return nil }
        let allTokens = analyzer.tokens(passage)
        let tokens = allTokens.filter { !$0.isStopWord }
        let inSentences = Self.tokens(allTokens, in: sentences)
        let bytes = Array(passage.utf8)
        var covered = inSentences.map { Set($0.filter { !$0.isStopWord }.map(\.term).filter { weights[$0] != nil }) }
        let typeBonus = (weights.values.max() ?? 0) * Self.answerTypeBonus
        var stating = [Bool](repeating: false, count: sentences.count)
        var announcing = [Bool](repeating: false, count: sentences.count)
        var statesKind = [Bool](repeating: false, count: sentences.count)
        var scores = zip(sentences.indices, covered).map { index, terms in
            let range = sentences[index]
            let inSentence = Array(inSentences[index])
            let base = Self.total(of: terms, concepts) + Self.phraseWeight(phrases, in: inSentence, concepts: concepts)
            let stated = answerType.isStated(by: inSentence.map(\.word),
                                             searched: inSentence.map { subjects?.contains($0.term) ?? (weights[$0.term] != nil) },
                                             clauseStarts: Self.clauseStarts(of: inSentence, bytes: bytes))
            // "the benefits extend to the following:" states a list through what its colon introduces.
            let introduces = answerType == .list && index + 1 < sentences.count && Self.endsWithColon(range, in: passage)
            statesKind[index] = stated || introduces
            stating[index] = base > 0 && statesKind[index]
            let score = stating[index] ? base + typeBonus : base
            // "For more information, visit the Mayo Clinic site" sends the reader elsewhere, which
            // is the answer when the question asks where to go.
            announcing[index] = Self.isQuestion(range, in: passage)
                || Signpost.announces(inSentence.map(\.word)) && !(answerType == .place && statesKind[index])
            return announcing[index] && demotesAnnouncements ? score * Self.announcementFactor : score
        }
        // "Ketamine has been used for fifty years. The drug is often used as an anesthetic": a
        // sentence naming the subject, followed by one defining it without naming it, states
        // the definition as a pair.
        // Likewise "The skin turns red. This happens because the little vessels swell" gives
        // the reason as a pair.
        let pointsBack = inSentences.map { Self.pointsBack(Array($0), bytes: bytes) }
        var answeredNext = [Bool](repeating: false, count: sentences.count)
        for i in sentences.indices.dropLast() where !stating[i] && scores[i] > 0 && !announcing[i] {
            let (here, next) = (inSentences[i], inSentences[i + 1])
            switch answerType {
            case .definition:
                guard here.contains(where: { subjects?.contains($0.term) ?? (weights[$0.term] != nil) }),
                      AnswerType.definesAnaphorically(next.map(\.word)) else { continue }
            case .cause, .mechanism:
                guard pointsBack[i + 1], statesKind[i + 1] else { continue }
            // "You will get to sit and relax while it's going on. It takes anywhere from a half
            // hour to an hour": the amount the reader asked about, said of what was just named.
            case .duration, .quantity, .time:
                guard statesKind[i + 1], next.first.map({ Self.backReferences.contains($0.word) || $0.word == "it" }) == true
                else { continue }
            default:
                continue
            }
            stating[i] = true
            answeredNext[i] = true
            scores[i] += typeBonus
        }
        // "Why is that? Because it makes it easier …": a question the text asks and answers at
        // once is no announcement; it is quoted with its answer, and scored as the pair.
        for i in sentences.indices.dropLast() where demotesAnnouncements && !covered[i].isEmpty
            && Self.isQuestion(sentences[i], in: passage) && !announcing[i + 1] {
            announcing[i] = false
            answeredNext[i] = true
            stating[i] = stating[i] || statesKind[i + 1]
            scores[i] = Self.total(of: covered[i].union(covered[i + 1]), concepts) + (stating[i] ? typeBonus : 0)
        }
        // "Tactile Allodynia. This is … The name, in Latin, literally means …": a passage opened
        // by a label naming the subject is about it throughout, and its first later sentence
        // defining what it points to states the definition.
        var labelled: Int?
        if answerType == .definition, let label = inSentences.first, Self.isLabel(label), sentences.count > 2 {
            let named = Set(label.map(\.term).filter { subjects?.contains($0) ?? (weights[$0] != nil) })
            if !named.isEmpty,
               let j = sentences.indices.dropFirst(2).first(where: { AnswerType.definesAnaphorically(inSentences[$0].map(\.word)) }),
               !stating[j], !announcing[j] {
                covered[j].formUnion(named)
                stating[j] = true
                scores[j] = Self.total(of: covered[j], concepts) + typeBonus
                    + Self.phraseWeight(phrases, in: Array(label), concepts: concepts)
                labelled = j
            }
        }
        return ScoredSentences(passage: passage, sentences: sentences, tokens: tokens, weights: weights, concepts: concepts,
                               covered: covered, scores: scores, stating: stating, announcing: announcing, answeredNext: answeredNext,
                               answerType: answerType, statesKind: statesKind,
                               pointsBack: pointsBack, labelled: labelled,
                               opensWithLabel: sentences.count > 1
                                   && inSentences.first.map { Self.isLabel($0) || Self.isBulletHeading($0, in: passage) } == true)
    }

    /// The best excerpt among sentences that overlap none of `excluding`; with exclusions, only
    /// one that holds a query term.
    private func choose(in scored: ScoredSentences, excluding: [Range<Int>]) -> Excerpt? {
        let (passage, sentences, covered, scores, concepts) = (scored.passage, scored.sentences, scored.covered, scored.scores, scored.concepts)
        let available = sentences.map { sentence in !excluding.contains { sentence.overlaps($0) } }
        guard var best = available.firstIndex(of: true) else { return nil }
        for i in scores.indices where available[i] && choosesSentences && scores[i] > scores[best] { best = i }
        if !excluding.isEmpty, scores[best] <= 0 { return nil }
        var first = best
        var last = best
        var terms = covered[best]
        func length() -> Int { sentences[last].upperBound - sentences[first].lowerBound }
        let negligible = (scored.weights.values.max() ?? 0) * Self.negligibleGainShare
        /// The length the quote would have with sentence `i` taken in.
        func length(with i: Int) -> Int {
            max(sentences[last].upperBound, sentences[i].upperBound) - min(sentences[first].lowerBound, sentences[i].lowerBound)
        }
        // A neighbour stating the asked-for kind of fact ("because of childbirth" after "there
        // are lots of reasons") adds a little even without a query term.
        func gain(_ i: Int) -> Double {
            let added = Self.total(of: covered[i].union(terms), concepts) - Self.total(of: terms, concepts)
            return (added > negligible ? added : 0)
                + (scored.statesKind[i] || scored.answeredNext[i] ? Self.statingNeighbourGain : 0)
        }
        // The definition is quoted from the label it defines, as far as the length budget allows.
        if best == scored.labelled, available[0], sentences[best].upperBound - sentences[0].lowerBound <= Self.maximumLength {
            first = 0
            for i in 0..<best { terms.formUnion(covered[i]) }
        }
        if scored.answeredNext[best], best + 1 < sentences.count, available[best + 1] {
            last = best + 1
            terms.formUnion(covered[last])
        }

        while last - first + 1 < Self.maximumSentences {
            let next = last + 1 < sentences.count && available[last + 1] ? last + 1 : nil
            let previous = first > 0 && available[first - 1] ? first - 1 : nil
            let nextGain = next.map(gain) ?? 0
            let previousGain = (previous.map(gain) ?? 0) * Self.backwardGainFactor
            let candidate: Int?
            if choosesSentences, nextGain > 0 || previousGain > 0 {
                candidate = nextGain >= previousGain ? next : previous
            } else if length() < Self.minimumLength {
                candidate = next ?? previous
            } else {
                candidate = nil
            }
            guard let chosen = candidate else { break }
            if length(with: chosen) > Self.maximumLength, length() >= Self.minimumLength { break }
            first = min(first, chosen)
            last = max(last, chosen)
            terms.formUnion(covered[chosen])
            // A neighbour that states the answer with the sentence after it brings that one too.
            if chosen == last, scored.answeredNext[chosen], last + 1 < sentences.count, available[last + 1],
               sentences[last + 1].upperBound - sentences[first].lowerBound <= Self.maximumLength {
                last += 1
                terms.formUnion(covered[last])
            }
        }

        // "As you'd expect, this is because …" is quoted with the sentence "this" stands for,
        // past the sentence and length budgets; and when that one points back in turn ("They
        // also test your blood. This is a free health checkup"), with its own, within the budget.
        if choosesSentences, scored.pointsBack[first], first > 0, available[first - 1] {
            first -= 1
            terms.formUnion(covered[first])
            while scored.pointsBack[first], first > 0, available[first - 1],
                  sentences[last].upperBound - sentences[first - 1].lowerBound <= Self.maximumLength {
                first -= 1
                terms.formUnion(covered[first])
            }
        }

        // A quote never stops at a colon: it takes in what the colon introduces, and the rest of
        // a list that follows, as far as the length budget allows.
        var introducesList = false
        if let colon = (first...last).last(where: { Self.endsWithColon(sentences[$0], in: passage) }),
           colon < last || (last + 1 < sentences.count && available[last + 1]) {
            introducesList = true
            if colon == last {
                last += 1
                terms.formUnion(covered[last])
            }
            while last + 1 < sentences.count, available[last + 1], Self.isListItem(sentences[last + 1], in: passage),
                  sentences[last + 1].upperBound - sentences[first].lowerBound <= Self.maximumLength {
                last += 1
                terms.formUnion(covered[last])
            }
        }
        let statesAnswer = scored.stating[best] || (first...last).contains { scored.statesKind[$0] }
            || (introducesList && scored.answerType == .list)

        // A short quote is given the sentences around it for context, those holding a query term
        // first, then the one before ("When you donate you go through a health screening. A
        // health professional reviews …"); that adds nothing to what it is worth (its terms and
        // whether it states the answer are settled above), so it never reorders the quotes.
        while choosesSentences, length() < contextLength, last - first + 1 < Self.maximumSentences {
            let next = last + 1 < sentences.count && available[last + 1] ? last + 1 : nil
            let previous = first > 0 && available[first - 1] ? first - 1 : nil
            // A neighbour too long for the budget leaves room for the one on the other side.
            let fitting = [previous, next].compactMap { $0 }.filter { length(with: $0) <= Self.maximumLength }
            let related = fitting.first { Self.total(of: covered[$0], concepts) > negligible && !scored.announcing[$0] }
            guard let chosen = related ?? fitting.first else { break }
            first = min(first, chosen)
            last = max(last, chosen)
        }
        // Context never opens on a sentence that points back ("Then, keep your arm above your
        // heart"): the one it follows comes too, as far as the length budget allows.
        while choosesSentences, first < best, scored.pointsBack[first], first > 0, available[first - 1],
              sentences[last].upperBound - sentences[first - 1].lowerBound <= Self.maximumLength {
            first -= 1
        }

        // A quote starting just after the passage's label ("Rosacea. You've likely heard of this
        // issue …") takes the label in, past the sentence budget: it names what the quote is
        // about. Like the context above, it adds nothing to the quote's worth.
        if choosesSentences, first == 1, scored.opensWithLabel, available[0],
           sentences[last].upperBound - sentences[0].lowerBound <= Self.maximumLength {
            first = 0
        }

        let range = sentences[first].lowerBound..<sentences[last].upperBound
        let highlights = scored.tokens.filter { scored.weights[$0.term] != nil && range.contains($0.range.lowerBound) }.map(\.range)
        let before = passage.utf8.prefix(range.lowerBound).contains { !SentenceSplitter.isSpace($0) }
        let after = passage.utf8.dropFirst(range.upperBound).contains { !SentenceSplitter.isSpace($0) }
        return Excerpt(range: range, highlights: highlights, cutBefore: before, cutAfter: after, score: Self.total(of: terms, concepts),
                       statesAnswer: statesAnswer,
                       isAnnouncement: scored.announcing[best], terms: terms)
    }

    /// A passage's first sentence of at most this many words, none of them a stop word, is a
    /// label naming what the passage is about ("Dermatographism.", "Tactile Allodynia.").
    static let labelWords = 3

    static func isLabel(_ tokens: ArraySlice<Token>) -> Bool {
        !tokens.isEmpty && tokens.count <= labelWords && !tokens.contains(where: \.isStopWord)
    }

    /// A bulleted passage's first sentence of at most this many words is its heading
    /// ("– Increased flexibility and range of motion.").
    static let bulletHeadingWords = 8
    /// The marks that set off a list item.
    static let bullets: Set<Character> = ["–", "—", "-", "•", "*", "·"]

    /// True when `tokens`, the first sentence of `passage`, is a short heading after a bullet or dash.
    static func isBulletHeading(_ tokens: ArraySlice<Token>, in passage: String) -> Bool {
        tokens.count <= bulletHeadingWords && passage.first(where: { !$0.isWhitespace }).map(bullets.contains) == true
    }

    /// Words that, opening a sentence or its first clause, stand for what the sentence before said.
    static let backReferences: Set<String> = ["this", "these", "those", "they", "such"]
    /// How far into a sentence a "then" ties it to the sentence before.
    static let sequelReach = 4
    /// How far into a sentence its first clause may end for the next clause's opening word to count.
    static let introductoryClause = 4

    /// True when a sentence (its tokens, stop words included) opens with a back reference, or its
    /// second clause does after a short introduction ("As you'd expect, this …").
    static func pointsBack(_ tokens: [Token], bytes: [UInt8]) -> Bool {
        guard let opening = tokens.first else { return false }
        if backReferences.contains(opening.word) { return true }
        // "Your specialist can then use that information …": what comes next to what was said.
        if tokens.prefix(sequelReach).contains(where: { $0.word == "then" }) { return true }
        let starts = clauseStarts(of: Array(tokens.prefix(introductoryClause + 1)), bytes: bytes)
        guard let second = starts.indices.dropFirst().first(where: { starts[$0] }) else { return false }
        return backReferences.contains(tokens[second].word)
    }

    /// The tokens of each sentence, in one pass: both lists are in text order.
    static func tokens(_ tokens: [Token], in sentences: [Range<Int>]) -> [ArraySlice<Token>] {
        var result: [ArraySlice<Token>] = []
        result.reserveCapacity(sentences.count)
        var start = 0
        for sentence in sentences {
            while start < tokens.count, tokens[start].range.lowerBound < sentence.lowerBound { start += 1 }
            var end = start
            while end < tokens.count, tokens[end].range.lowerBound < sentence.upperBound { end += 1 }
            result.append(tokens[start..<end])
            start = end
        }
        return result
    }

    /// The summed weight, over `concepts` in their order, of the best term of each that `terms`
    /// holds, plus `synonymTieBreaker` of its other terms there (a fixed order: floating-point
    /// sums in another order can flip a tie).
    static func total(of terms: Set<String>, _ concepts: [[String: Double]]) -> Double {
        concepts.reduce(0) { sum, concept in
            let found = terms.compactMap { concept[$0] }.sorted(by: >)
            guard let best = found.first else { return sum }
            return sum + best + synonymTieBreaker * found.dropFirst().reduce(0, +)
        }
    }

    /// What the question's phrases found word for word in a sentence (its tokens, stop words
    /// included) add to its score: for each pair of neighbouring words of a phrase (each word
    /// given as the terms that stand for it) found side by side, `phraseBonus` of the lighter
    /// word's weight among `concepts`. Each pair counts once.
    static func phraseWeight(_ phrases: [[Set<String>]], in tokens: [Token], concepts: [[String: Double]]) -> Double {
        guard !phrases.isEmpty else { return 0 }
        let content = tokens.filter { !$0.isStopWord }.map(\.term)
        guard content.count > 1 else { return 0 }
        func weight(_ term: String) -> Double { concepts.compactMap { $0[term] }.max() ?? 0 }
        var sum = 0.0
        for phrase in phrases {
            for (first, second) in zip(phrase, phrase.dropFirst()) {
                let found = zip(content, content.dropFirst()).compactMap { a, b in
                    first.contains(a) && second.contains(b) ? min(weight(a), weight(b)) : nil
                }
                sum += Self.phraseBonus * (found.max() ?? 0)
            }
        }
        return sum
    }

    /// For each token, whether it opens its sentence or a clause: the first, or one that a comma,
    /// colon, semicolon or dash separates from the word before. A hyphen joining a word's parts
    /// ("over-the-counter", "low-density") separates nothing.
    static func clauseStarts(of tokens: [Token], in passage: String) -> [Bool] {
        clauseStarts(of: tokens, bytes: Array(passage.utf8))
    }

    /// `clauseStarts(of:in:)` over the passage's UTF-8 `bytes`, taken once for all sentences.
    static func clauseStarts(of tokens: [Token], bytes: [UInt8]) -> [Bool] {
        let separators: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "-"), 0x93, 0x94]
        return tokens.indices.map { i in
            guard i > 0 else { return true }
            let gap = bytes[tokens[i - 1].range.upperBound..<tokens[i].range.lowerBound]
            if gap.elementsEqual([UInt8(ascii: "-")]) { return false }
            return gap.contains(where: separators.contains)
        }
    }

    /// True when the sentence's last character (before closing quotes) is a colon.
    static func endsWithColon(_ sentence: Range<Int>, in passage: String) -> Bool {
        let bytes = passage.utf8.dropFirst(sentence.lowerBound).prefix(sentence.count)
        let closing: Set<UInt8> = [0x22, 0x27, 0x20, 0x0A, 0x9D, 0x99, 0x80, 0xE2]
        return bytes.reversed().first { !closing.contains($0) } == UInt8(ascii: ":")
    }

    /// True when the sentence is a line of a list: it opens with a bullet or a dash.
    static func isListItem(_ sentence: Range<Int>, in passage: String) -> Bool {
        let text = passage.utf8.dropFirst(sentence.lowerBound).prefix(4)
        return ["•", "-", "–", "*", "·"].contains { text.starts(with: $0.utf8) }
    }

    /// True when the sentence ends with a question mark (before closing quotes or brackets).
    static func isQuestion(_ sentence: Range<Int>, in passage: String) -> Bool {
        let bytes = passage.utf8.dropFirst(sentence.lowerBound).prefix(sentence.count)
        let closing: Set<UInt8> = [0x22, 0x27, 0x29, 0x5D, 0x20, 0x0A, 0x9D, 0x99, 0x80, 0xE2]
        return bytes.reversed().first { !closing.contains($0) } == UInt8(ascii: "?")
    }
}
