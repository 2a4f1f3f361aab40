import Foundation
import Retrieval

// How a question becomes a query plan: corrections, words split or joined, lexicon expansions
// and their weights, derived forms, and caps on synonyms that would outweigh the words asked.
extension Answerer {
    /// The query plan of the question's `tokens`; `askedFor` is the range of the relative the
    /// question is asked for ("my dad"), which no lexicon line reads as family.
    func makePlan(_ tokens: [Token], askedFor: Range<Int>?) throws -> QueryPlan {
        var plan = QueryPlan()
        var conceptAt: [Int: Int] = [:]
        var known: Set<String> = []
        // The question as searched: corrected words in place of the typed ones, a run-together
        // word as its parts; positions renumbered so lexicon phrases see the parts side by side.
        var corrected: [Token] = []
        func add(_ word: String, term: String, range: Range<Int>, stop: Bool, origin: QueryPlan.Origin?) {
            if let origin {
                plan.concepts.append(.init(word: word, alternatives: [.init(term: term, weight: origin == .question ? 1 : QueryPlan.correctedWeight, origin: origin)],
                                           position: corrected.count, offset: range.lowerBound))
                conceptAt[corrected.count] = plan.concepts.count - 1
            }
            corrected.append(Token(term: term, word: word, range: range, position: corrected.count, isStopWord: stop))
        }
        // How many passages hold each question word, looked up once for all the steps below.
        var frequencies: [String: Int] = [:]
        func frequency(of term: String) throws -> Int {
            if let known = frequencies[term] { return known }
            let found = try library.reader.documentFrequency(of: term)
            frequencies[term] = found
            return found
        }
        for token in tokens where !token.isStopWord { _ = try frequency(of: token.term) }
        let inArticles = frequencies.mapValues { $0 > 0 }
        // A word the lexicon knows only inside a phrase ("doze" of "doze off") is a word in its
        // own right where the question says that phrase (its words before it as corrected:
        // "vibraton plate"); elsewhere it may be an article word written by ear ("the ketamine
        // doze"), though any other slip is more likely a word from elsewhere ("black hole").
        func lexiconKnowsOnlyInPhrases(_ token: Token, at index: Int) -> Bool {
            guard lexicon.knows(token.term), lexicon.relatives(ofWord: token.term).isEmpty else { return false }
            let reading = corrected + tokens[index...]
            return !lexicon.expansions(of: reading).contains { $0.positions.contains(corrected.count) }
        }
        // A correction written into the question: `fix` searched for what was typed at `range`.
        func correct(_ typed: String, to fix: String, at range: Range<Int>) {
            plan.corrections.append((typed, fix, range))
            add(fix, term: analyzer.stem(fix), range: range, stop: false, origin: .corrected)
        }
        var skip = false
        // The word at `index` and the next, typed apart, searched as `whole`.
        func join(at index: Int, into whole: String) {
            correct("\(tokens[index].word) \(tokens[index + 1].word)", to: whole, at: tokens[index].range.lowerBound..<tokens[index + 1].range.upperBound)
            skip = true
        }
        // "cold sore", "bee sting": a phrase naming something else than its words is one word
        // the articles never use, not a cold and a sore.
        let elsewhere = disabled.contains(.lexicon) ? [] : lexicon.elsewherePhrases(in: tokens)
        var skipUntil = 0
        for (index, token) in tokens.enumerated() {
            if skip {
                skip = false
                continue
            }
            guard index >= skipUntil else { continue }
            if let phrase = elsewhere.first(where: { $0.lowerBound == index }) {
                let words = tokens[phrase]
                let range = token.range.lowerBound..<(words.last?.range.upperBound ?? token.range.upperBound)
                add(words.map(\.word).joined(separator: " "), term: words.map(\.term).joined(separator: "_"), range: range, stop: false,
                    origin: .question)
                skipUntil = phrase.upperBound
                continue
            }
            guard !token.isStopWord else {
                // "in fusion", "in jections": a small word that opens an article word, before a
                // piece the articles and the lexicon never use, is that word typed in two.
                if !disabled.contains(.spelling), index + 1 < tokens.count, let whole = openedWord(token, tokens[index + 1], inArticles: inArticles) {
                    join(at: index, into: whole)
                    continue
                }
                add(token.word, term: token.term, range: token.range, stop: true, origin: nil)
                continue
            }
            // A long word dictated in pieces ("hypo cal see mia", "rose asia") is searched whole.
            if !disabled.contains(.spelling), let dictated = dictatedWord(in: tokens, at: index, inArticles: inArticles) {
                let run = tokens[index..<(index + dictated.count)]
                correct(run.map(\.word).joined(separator: " "), to: dictated.word,
                        at: token.range.lowerBound..<(run.last?.range.upperBound ?? token.range.upperBound))
                skipUntil = index + dictated.count
                continue
            }
            // A word typed in two pieces ("derma graphism", "fibro myalgia") is searched whole.
            if !disabled.contains(.spelling), index + 1 < tokens.count, let whole = splitWord(token, tokens[index + 1], inArticles: inArticles) {
                join(at: index, into: whole)
                continue
            }
            let isKnown = inArticles[token.term] ?? false
            if isKnown { known.insert(token.term) }
            // An everyday word ("bake", "bread") is meant as typed; only one that sounds like an
            // article's word ("pane") may be that word written by ear.
            let everyday = EverydayWords.contains(token.word)
            let correctable = !isKnown && !lexicon.knows(token.term) && !CommonWords.contains(token.word) && !everyday
                && !disabled.contains(.spelling)
            let byEar = !isKnown && !correctable && !CommonWords.contains(token.word) && !disabled.contains(.spelling)
                && (everyday || lexiconKnowsOnlyInPhrases(token, at: index))
            if correctable, let fix = corrector.corrector.correction(for: token.word) {
                correct(token.word, to: fix, at: token.range)
            } else if byEar, let fix = everyday ? Self.everydayCorrection(of: token.word, by: corrector.corrector)
                                                : corrector.corrector.homophoneCorrection(of: token.word) {
                correct(token.word, to: fix, at: token.range)
            } else if isKnown, !CommonWords.contains(token.word), !disabled.contains(.spelling),
                      let fix = corrector.corrector.correction(ofUnseenForm: token.word, stem: analyzer.stem) {
                correct(token.word, to: fix, at: token.range)
            } else if correctable, let parts = try compoundParts(of: token.word) {
                plan.corrections.append((token.word, parts.joined(separator: " "), token.range))
                for part in parts { add(part, term: analyzer.stem(part), range: token.range, stop: false, origin: .corrected) }
            } else if !disabled.contains(.spelling), let fix = try realWordSlip(in: tokens, at: index, knownTerms: inArticles) {
                correct(token.word, to: fix, at: token.range)
            } else {
                // A word said twice ("stressed … the stress") is one concept: it asks no more.
                let repeated = plan.concepts.contains { $0.alternatives.first?.term == token.term }
                add(token.word, term: token.term, range: token.range, stop: false, origin: repeated ? nil : .question)
            }
        }
        if !disabled.contains(.derived) { try addDerivedForms(to: &plan, known: known) }
        // The collection's subject ("fibromyalgia", and "fibro" naming it) stands inside a phrase
        // without changing it.
        var transparent: Set<String> = []
        for token in corrected where !token.isStopWord && !transparent.contains(token.term) {
            let terms = [token.term] + lexicon.relatives(ofWord: token.term)
            if try terms.contains(where: { try isUbiquitous(documentFrequency: frequency(of: $0)) }) {
                transparent.insert(token.term)
            }
        }
        for expansion in lexicon.expansions(of: corrected, transparent: transparent) {
            if let askedFor, expansion.positions.contains(where: { corrected[$0].range == askedFor }) { continue }
            var owners = expansion.positions.compactMap { conceptAt[$0] }
            // A phrase of small words only ("how do I know if") asks for something of its own
            // (signs): it becomes a concept of its own. One or two small words ("can I") do not,
            // unless a one-way line says what they mean ("these days" => "popular").
            if owners.isEmpty, expansion.positions.count >= Self.minimumSmallWordPhrase || expansion.isTurnOfPhrase {
                plan.concepts.append(.init(word: expansion.matched, alternatives: [], position: expansion.positions.lowerBound,
                                           offset: corrected[expansion.positions.lowerBound].range.lowerBound))
                owners = [plan.concepts.count - 1]
            }
            guard !owners.isEmpty else { continue }
            let line = "\(expansion.matched) → \(expansion.terms.joined(separator: ", "))"
            if !plan.expansions.contains(line) { plan.expansions.append(line) }
            for owner in owners {
                if let first = plan.concepts[owner].alternatives.first, first.origin == .question, first.weight == 1,
                   let weight = Self.weightInPhrase(plan.concepts[owner].word, term: first.term, expansion, owners: owners.count) {
                    plan.concepts[owner].alternatives[0] = .init(term: first.term, weight: weight, origin: .question)
                }
                for phrase in expansion.phrases where !plan.concepts[owner].phrases.contains(phrase) {
                    plan.concepts[owner].phrases.append(phrase)
                }
                for term in expansion.terms where !plan.concepts[owner].alternatives.contains(where: { $0.term == term }) {
                    let weight = QueryPlan.expandedWeight * (expansion.phraseParts.contains(term) ? QueryPlan.phrasePartFactor : 1)
                    plan.concepts[owner].alternatives.append(.init(term: term, weight: weight, origin: .expanded))
                }
            }
        }
        // A word the articles never use counts through its expansions alone.
        for i in plan.concepts.indices {
            let own = plan.concepts[i].alternatives.filter { $0.origin != .expanded }
            guard own.allSatisfy({ !known.contains($0.term) }), own.contains(where: { $0.origin == .question }) else { continue }
            plan.concepts[i].alternatives = plan.concepts[i].alternatives.map { alt in
                alt.origin == .expanded ? .init(term: alt.term, weight: alt.weight / QueryPlan.expandedWeight * QueryPlan.standInWeight, origin: .expanded) : alt
            }
        }
        // A title before a name ("Dr. Kellogg") says only that a person is meant: the name decides
        // which passage is about them, not the one that happens to write the title beside it.
        for i in plan.concepts.indices where Self.honorifics.contains(plan.concepts[i].word)
            && plan.concepts.contains(where: { $0.position == plan.concepts[i].position + 1 }) {
            plan.concepts[i].alternatives = plan.concepts[i].alternatives.map {
                .init(term: $0.term, weight: $0.weight * QueryPlan.honorificWeight, origin: $0.origin)
            }
        }
        return plan
    }

    /// Titles written before a name.
    static let honorifics: Set<String> = ["dr", "mr", "mrs", "prof"]

    /// The article word an everyday word stands for: one that sounds the same ("pane" → "pain"),
    /// or the nearest known word made from the word or its base form by a derivational ending
    /// ("russia" → "russian", "puffs" → "puffy"). Nil for any other: "bake" is no "back", nor
    /// "mars" "marks".
    static func everydayCorrection(of word: String, by corrector: SpellingCorrector) -> String? {
        if let heard = corrector.homophoneCorrection(of: word, strictly: true) { return heard }
        guard let fix = corrector.correction(for: word) else { return nil }
        let bases = [word] + EverydayWords.baseForms(of: word)
        return bases.contains { base in derivationalEndings.contains { fix == base + $0 } } ? fix : nil
    }

    /// Endings that make a word of another class from a word ("russia" → "russian", "puff" → "puffy").
    static let derivationalEndings = ["n", "an", "ian", "y", "al", "ic", "ical", "ly", "ish", "ful", "ous", "er", "ness"]

    /// The weight of the reader's own `word` (analysed as `term`) inside a lexicon phrase
    /// `expansion` matched over `owners` question words, when the phrase rather than the word
    /// carries the meaning; nil when the word keeps its full weight. An everyday word inside a
    /// phrase of several words ("give" in "give blood") names little alone: "give back to your
    /// community" is not about it. Any word of a turn of phrase that its meaning does not
    /// repeat weighs somewhat less: "sick" in "feeling sick" (nausea) is not a cold's sickness.
    static func weightInPhrase(_ word: String, term: String, _ expansion: Lexicon.Expansion, owners: Int) -> Double? {
        if owners > 1, CommonWords.contains(word) { return QueryPlan.everydayWeight }
        if expansion.isTurnOfPhrase, !expansion.terms.contains(term) { return QueryPlan.turnOfPhraseWeight }
        return nil
    }

    /// `statistics` with the expansions of a question word found nearly everywhere ("fibromyalgia")
    /// no more telling than the word itself: "fibro" is rarer in the articles, but it names the
    /// same thing, and says no more about which passage answers. Only the word's own synonyms:
    /// a phrase that merely contains it ("dose for fibromyalgia" => "far lower dose") adds
    /// words that say something of their own.
    static func cappingSynonymsOfUbiquitousWords(_ plan: QueryPlan, _ statistics: [String: TermStatistics],
                                                 passages: Int, relatives: (String) -> Set<String>) -> [String: TermStatistics] {
        var capped = statistics
        for concept in plan.concepts {
            guard let own = concept.alternatives.first, own.origin == .question, let word = statistics[own.term],
                  isUbiquitous(documentFrequency: word.documentFrequency, passages: passages) else { continue }
            let synonyms = relatives(own.term)
            for alternative in concept.alternatives where alternative.origin == .expanded && synonyms.contains(alternative.term) {
                guard let s = capped[alternative.term], s.idf > word.idf else { continue }
                capped[alternative.term] = TermStatistics(term: s.term, documentFrequency: s.documentFrequency, idf: word.idf)
            }
        }
        return capped
    }

    /// `statistics` for ranking: the other way round, a question word with a synonym found in
    /// nearly every passage (`topicShare`: the collection's own subject) ranks no higher than
    /// that synonym. "I've had fibro for years, how does a nerve block stop pain" is about nerve
    /// blocks, not about the few passages that happen to say "fibro". So does a word with a far
    /// commoner synonym of its own (`commonMeaningShare`). (The evidence for answering still
    /// counts the word.)
    static func cappingSynonymsOfTheSubject(_ plan: QueryPlan, _ statistics: [String: TermStatistics], passages: Int,
                                            relatives: (String) -> Set<String>) -> [String: TermStatistics] {
        var capped = statistics
        for concept in plan.concepts {
            guard let own = concept.alternatives.first, own.origin == .question, let word = statistics[own.term] else { continue }
            let related = relatives(own.term)
            guard let subject = concept.alternatives.filter({ $0.origin == .expanded }).compactMap({ alternative -> TermStatistics? in
                      guard let s = statistics[alternative.term] else { return nil }
                      let share = Double(s.documentFrequency) / Double(max(1, passages))
                      // A whole synonym, not a word of a many-word one ("pain" of "pain from touch").
                      let commonMeaning = alternative.weight >= QueryPlan.expandedWeight && share >= commonMeaningShare
                          && related.contains(alternative.term)
                          && s.documentFrequency >= commonMeaningRatio * max(1, word.documentFrequency)
                      return share > topicShare || commonMeaning ? s : nil
                  }).map(\.idf).min(),
                  word.idf > subject else { continue }
            capped[own.term] = TermStatistics(term: word.term, documentFrequency: word.documentFrequency, idf: subject)
        }
        return capped
    }

    /// A question word ranks no higher than a synonym of its own (on a lexicon line with the word
    /// alone as a member) in at least this share of the passages and `commonMeaningRatio` times
    /// as many as the word: "hurt" is the reader's "pain", rare in the articles only because
    /// they say "pain".
    static let commonMeaningShare = 0.25

    /// How many times as many passages as the word such a synonym must be in.
    static let commonMeaningRatio = 10

    /// The word that `first` and `second` make typed together, when one of them is a word the
    /// articles and the lexicon do not know: the joined word itself if the articles use it
    /// ("fibro myalgia"), or its spelling correction when neither piece is known ("derma
    /// graphism" → "dermatographism") or the correction is long ("methyl nation" → "methylation").
    /// `inArticles` tells, for each question term, whether the articles use it.
    func splitWord(_ first: Token, _ second: Token, inArticles: [String: Bool]) -> String? {
        guard !second.isStopWord, first.word.allSatisfy(\.isLetter), second.word.allSatisfy(\.isLetter) else { return nil }
        func unknown(_ token: Token) -> Bool { inArticles[token.term] != true && !lexicon.knows(token.term) }
        let (firstUnknown, secondUnknown) = (unknown(first), unknown(second))
        let joined = first.word + second.word
        // A piece the articles never use, though the lexicon knows it ("myalgia"), may still be
        // half of an article word ("fibro myalgia").
        guard inArticles[first.term] != true || inArticles[second.term] != true else { return nil }
        // The whole as the articles write it: a stem alone may come from a word that is none
        // ("machinelying" stems as "machine" does).
        if corrector.corrector.isArticleWord(joined) { return joined }
        guard firstUnknown || secondUnknown else { return nil }
        guard let fix = corrector.corrector.correction(for: joined) else { return nil }
        // With one piece a word in its own right ("vulva dinia", "methyl nation"), only a long
        // word is believed: two short known words make too many near misses.
        return firstUnknown && secondUnknown || fix.count >= Self.longJoinedWord ? fix : nil
    }

    /// The long article word that two to four question words from `index` make run together,
    /// as speech typed by a dictation program splits one, with how many words it takes; nil
    /// when there is none. Three or four words may be the article word itself or its spelling
    /// correction ("hypo cal see mia" → "hypocalcemia", "glue to mate" → "glutamate"; two are
    /// `splitWord`'s); two to four, the article word whose consonants as they sound are theirs
    /// ("rose asia" → "rosacea"). The run opens and closes on words that are no stop words, nor
    /// words the articles or the lexicon use.
    func dictatedWord(in tokens: [Token], at index: Int, inArticles: [String: Bool]) -> (word: String, count: Int)? {
        func unknown(_ token: Token) -> Bool { !token.isStopWord && inArticles[token.term] != true && !lexicon.knows(token.term) }
        guard unknown(tokens[index]) else { return nil }
        for count in stride(from: Self.longestDictatedRun, through: 2, by: -1) where index + count <= tokens.count {
            let run = tokens[index..<(index + count)]
            guard let last = run.last, unknown(last), run.allSatisfy({ $0.word.allSatisfy(\.isLetter) }) else { continue }
            let joined = run.map(\.word).joined()
            guard joined.count >= Self.dictatedWordLength else { continue }
            if count > 2 {
                let word = corrector.corrector.isArticleWord(joined) ? joined : corrector.corrector.correction(for: joined)
                if let word, word.count >= Self.dictatedWordLength, corrector.corrector.isArticleWord(word) { return (word, count) }
            }
            if let heard = corrector.corrector.soundAlike(joined, minimumLetters: Self.dictatedWordLength - 1) { return (heard, count) }
        }
        return nil
    }

    /// Runs of at most this many words are joined.
    static let longestDictatedRun = 4

    /// A word dictated in pieces is at least this long.
    static let dictatedWordLength = 8

    /// How long the correction of two pieces typed apart must be when one piece is a word.
    static let longJoinedWord = 10

    /// The article word that a stop word and the unknown piece after it make typed together
    /// ("in fusion" → "infusion"), or nil.
    func openedWord(_ small: Token, _ piece: Token, inArticles: [String: Bool]) -> String? {
        guard !piece.isStopWord, small.word.allSatisfy(\.isLetter), piece.word.allSatisfy(\.isLetter),
              inArticles[piece.term] != true, !lexicon.knows(piece.term) else { return nil }
        let joined = small.word + piece.word
        return corrector.corrector.isArticleWord(joined) ? joined : nil
    }

    /// A lexicon phrase made only of small words stands for a concept from this many words (or
    /// from two, when a one-way line maps it to other words).
    static let minimumSmallWordPhrase = 3

    /// Parts shorter than this are not split off a run-together word.
    static let minimumCompoundPart = 3

    /// Endings that are words too but make one word with what they follow: "careless" is not
    /// "care less", nor "personage" "person age".
    static let suffixWords: Set<String> = [
        "less", "ness", "ful", "able", "ables", "ship", "hood", "ward", "wards", "wise", "like", "led", "age", "ages",
        "ling", "ment", "ish", "some", "dom", "ally", "ant", "ants", "ion", "ions", "est", "ever",
    ]

    /// Longer words are not split: run-together words are two short ones, and a long unknown
    /// word is noise that would cost a lookup per cut.
    static let maximumCompoundLength = 24

    /// The two words the collection knows that `word` runs together ("bodyache" → "body",
    /// "ache"), the split whose rarer part is most common first; nil when there is none.
    func compoundParts(of word: String) throws -> [String]? {
        let letters = Array(word)
        guard (2 * Self.minimumCompoundPart...Self.maximumCompoundLength).contains(letters.count),
              letters.allSatisfy(\.isLetter) else { return nil }
        func frequency(_ part: String) throws -> Int {
            let term = analyzer.stem(part)
            return analyzer.isStopWord(part, stem: term) ? 0 : try library.reader.documentFrequency(of: term)
        }
        var best: (parts: [String], frequency: Int)?
        for cut in Self.minimumCompoundPart...(letters.count - Self.minimumCompoundPart) {
            let head = String(letters[..<cut]), tail = String(letters[cut...])
            guard !Self.suffixWords.contains(tail) else { continue }
            let first = try frequency(head)
            guard first > 0 else { continue }
            let rarer = min(first, try frequency(tail))
            guard rarer > 0, rarer > best?.frequency ?? 0 else { continue }
            best = ([head, tail], rarer)
        }
        return best?.parts
    }

    /// A derived form shares the stem's start and adds at most this many letters, one of
    /// `derivedEndings` ("defin" → "definit": "defined" finds "definition"; and the other way round).
    static let derivedExtraLetters = 4

    /// What a derived form may add to a stem, as the stemmer leaves it: "itch" → "itchi",
    /// "therapi" → "therapist", "treat" → "treatment". Other additions make other words:
    /// "need" is not "needl" (needle), nor "sign" "signal".
    static let derivedEndings: Set<String> = [
        "i", "e", "er", "st", "ist", "ous", "abl", "ibl", "ment", "it", "ion", "ed", "or", "ful", "less", "ant", "ent", "ic",
    ]

    /// Derived endings that leave the word itself ("itch" → "itchi", as "itchy" stems): the form
    /// weighs `QueryPlan.closeFormWeight`, near the reader's own word.
    static let closeEndings: Set<String> = ["i", "e"]

    /// True when `ending` only doubles the stem's last consonant ("refer" → "referr", as
    /// "referral" stems): the same word, which the stemmer cut at another place.
    static func doublesLastLetter(_ ending: String, of stem: String) -> Bool {
        guard ending.count == 1, let last = stem.last else { return false }
        return ending == String(last) && !"aeiouy".contains(last)
    }

    /// Stems shorter than this get no derived forms (too many words share a short start).
    static let derivedMinimumStem = 4

    /// Most derived forms added per word, the most frequent first.
    static let derivedPerWord = 3

    /// The other degree of a comparison: "sadder" → "saddest", "largest" → "larger"; nil for
    /// a word that is neither.
    static func otherDegree(of word: String) -> String? {
        guard word.count >= 5, word.allSatisfy(\.isLetter) else { return nil }
        if word.hasSuffix("est") { return String(word.dropLast(3)) + "er" }
        if word.hasSuffix("er") { return String(word.dropLast(2)) + "est" }
        return nil
    }

    /// Adds, for each question word the collection knows, the collection's terms that extend its
    /// stem or that its stem extends by a few letters: the derivational relatives the stemmer
    /// keeps apart. Unknown words get none (a prefix of a foreign word is noise: "everest" is
    /// not "ever"); they go to the spelling corrector instead, but for their other degree of
    /// comparison where the collection has it ("sadder" → "saddest").
    func addDerivedForms(to plan: inout QueryPlan, known: Set<String>) throws {
        let reader = library.reader
        for i in plan.concepts.indices {
            // A comparison the articles make in the other degree ("sadder" for their "saddest",
            // "largest" for "larger") is the same word.
            if let own = plan.concepts[i].alternatives.first, own.origin == .question, !known.contains(own.term),
               !lexicon.knows(own.term), let other = Self.otherDegree(of: plan.concepts[i].word) {
                let term = analyzer.stem(other)
                if try reader.documentFrequency(of: term) > 0 {
                    plan.concepts[i].alternatives.append(.init(term: term, weight: QueryPlan.closeFormWeight, origin: .derived))
                }
            }
            // A word of the lay vocabulary is in-domain even when the articles never use its
            // stem ("lightheaded" → "lightheadedness", which stems to "lightheaded").
            guard let own = plan.concepts[i].alternatives.first, own.origin == .question,
                  known.contains(own.term) || lexicon.knows(own.term),
                  own.term.count >= Self.derivedMinimumStem, own.term.allSatisfy(\.isLetter) else { continue }
            var found = try reader.terms(extending: own.term, limit: 64).filter {
                let ending = String($0.term.dropFirst(own.term.count))
                return Self.derivedEndings.contains(ending) || Self.doublesLastLetter(ending, of: own.term)
            }
            let shortest = max(Self.derivedMinimumStem, own.term.count - Self.derivedExtraLetters)
            if own.term.count > shortest {
                for length in shortest..<own.term.count where Self.derivedEndings.contains(String(own.term.dropFirst(length))) {
                    let prefix = String(own.term.prefix(length))
                    let df = try reader.documentFrequency(of: prefix)
                    if df > 0 { found.append((prefix, df)) }
                }
            }
            // What one of the two adds to the other, as the one is a prefix of the other.
            func weight(of term: String) -> Double {
                let ending = String(term.count > own.term.count ? term.dropFirst(own.term.count) : own.term.dropFirst(term.count))
                let close = Self.closeEndings.contains(ending) || term.count > own.term.count && Self.doublesLastLetter(ending, of: own.term)
                return close ? QueryPlan.closeFormWeight : QueryPlan.derivedWeight
            }
            // A close form the lexicon already lists as a synonym ("referral" for "referred")
            // weighs as a close form: it is the reader's word, not another.
            for (j, alternative) in plan.concepts[i].alternatives.enumerated() where alternative.origin == .expanded
                && found.contains(where: { $0.term == alternative.term }) && weight(of: alternative.term) > alternative.weight {
                plan.concepts[i].alternatives[j] = .init(term: alternative.term, weight: weight(of: alternative.term), origin: .derived)
            }
            let chosen = found.filter { candidate in !plan.concepts[i].alternatives.contains { $0.term == candidate.term } }
                .sorted { ($0.documentFrequency, $1.term) > ($1.documentFrequency, $0.term) }.prefix(Self.derivedPerWord)
            for candidate in chosen {
                plan.concepts[i].alternatives.append(.init(term: candidate.term, weight: weight(of: candidate.term), origin: .derived))
            }
        }
    }
}
