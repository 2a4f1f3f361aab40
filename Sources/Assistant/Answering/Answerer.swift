import Foundation
import Retrieval

/// Answers questions from a library: emergency check, analysis, correction, expansion,
/// search, the decision to abstain, and excerpt choice.
public struct Answerer: Sendable {
    /// The share of the question's weight (idf-weighted content words) that the best passage
    /// must exceed for fibroqa to answer rather than say the articles don't cover it: one of two
    /// equally telling words is not enough ("how do I get a flu shot" finds "flu", not the shot).
    public static let minimumEvidence = 0.5
    /// The share a question may settle for when all its words are known and two of them match
    /// distinctive terms (in-domain wording the articles put differently), once no passage of
    /// the best article holding its key word reaches `minimumEvidence`.
    public static let lenientEvidence = 0.35
    /// A long question that matches this many distinctive words (its every word known) tells
    /// its story around them ("I've had fibromyalgia for ten years and lately my skin …"):
    /// it may be covered down to `manyMatchEvidence`.
    public static let manyMatches = 3
    /// The share such a question may settle for.
    public static let manyMatchEvidence = 0.25
    /// A further quote is kept only when its passage scores at least this share of the best.
    public static let minimumRelativeScore = 0.3
    /// A passage scoring at least this share of a best passage that fails the evidence test,
    /// and passing it, answers instead.
    public static let rescueShare = 0.7
    /// Distinctive matches (words side by side counting once) the passage answering instead
    /// needs: one word of a question ("the meaning of life") is no evidence.
    public static let rescueMatches = 2
    /// How much an expanded (synonym) term counts towards evidence, against 1 for the word itself.
    public static let expandedEvidence = 0.7
    /// A word the collection does not know weighs this share of the idf of an unseen term: it
    /// argues against answering, but a rare question word alone must not silence a good match.
    public static let unknownWordWeight = 0.5
    /// The same for an everyday word the articles never use ("ask", "count"): it names no
    /// subject, so it weighs less.
    public static let commonWordWeight = 0.25
    /// Passages are re-ranked by score × (floor + (1 − floor) × evidence share), so one that
    /// covers more of the question's words beats one that repeats fewer of them.
    public static let coverageFloor = 0.5
    /// A term in more than this share of passages is too common to count as evidence by itself.
    public static let ubiquitousShare = 0.5
    /// For a question asking for a kind of fact ("when", "how long", "what is"), a passage whose
    /// best sentence states one has its score multiplied by this when quotes are ordered (a
    /// passage that holds the asked-for year or amount counts double).
    public static let answerTypeBoost = 2.0
    /// A passage's further excerpts rank at this share of its first, times the share of the
    /// question each covers against the first.
    public static let furtherExcerptFactor = 0.5
    /// Most excerpts quoted from one passage (a long passage may answer in several places).
    public static let excerptsPerPassage = 3
    /// The share instead when the further excerpt holds the question's most telling word and
    /// the first does not ("does ketamine treatment need to be repeated": the sentence on
    /// repeating is the passage's second best); still below the first.
    public static let tellingExcerptFactor = 0.9
    /// Passages considered for each quote shown (the answer-type boost may reorder them).
    public static let candidatesPerQuote = 3

    /// Only the first this many words of a question are analysed (a pasted page must not
    /// cost a lookup per word); the emergency check still reads the whole question.
    public static let maximumQuestionWords = 64

    public let library: Library
    /// Mechanisms switched off, to measure what each adds (empty in normal use).
    public let disabled: Set<Mechanism>
    private let searcher: Searcher
    private let analyzer = Analyzer()
    private let corrector: LazyCorrector
    private let lexicon: Lexicon
    private let emergency: EmergencyDetector
    /// Stems of the acronyms the articles define: they name the same thing as the reader's words.
    private let acronymTerms: Set<String>
    /// The terms of each article's title, by source id, analysed once.
    private let titleTerms: [Int: Set<String>]
    /// Questions about diagnosing the reader or changing a treatment (`doctor-only.txt`).
    private let doctorOnly: PhraseList
    public static let doctorOnlyFileName = "doctor-only.txt"

    public init(library: Library, without disabled: Set<Mechanism> = []) throws {
        self.library = library
        self.disabled = disabled
        searcher = Searcher(reader: library.reader)
        let analyzer = self.analyzer
        let acronyms = disabled.contains(.acronyms) ? [] : library.acronyms
        acronymTerms = Set(acronyms.compactMap { $0.split(separator: "|").first }.flatMap { analyzer.terms(String($0)) })
        titleTerms = Dictionary(library.sources.map { ($0.id, Set(analyzer.terms($0.title))) }, uniquingKeysWith: { a, _ in a })
        let directory = library.knowledgeDirectory
        let lay = disabled.contains(.lexicon) ? nil : KnowledgeBase.optionalText(named: Lexicon.fileName, in: directory)
        let texts = CompiledRules.Texts(
            lexicon: (lay ?? "") + "\n" + acronyms.joined(separator: "\n"),
            emergency: KnowledgeBase.optionalText(named: EmergencyDetector.fileName, in: directory) ?? "",
            doctorOnly: KnowledgeBase.optionalText(named: Self.doctorOnlyFileName, in: directory) ?? "")
        // Rules compiled with a mechanism off are not cached: they would evict the normal ones.
        let rules = disabled.isEmpty ? CompiledRules.load(texts, from: library.reader, analyzer: analyzer)
                                     : CompiledRules.compile(texts, analyzer: analyzer)
        lexicon = rules.lexicon
        emergency = rules.emergency
        doctorOnly = rules.doctorOnly
        corrector = LazyCorrector(library: library, layWords: lexicon.words)
    }

    /// The answer to one question, with up to `top` quotes.
    public func answer(_ question: String, top: Int = 3) -> Answer {
        let trimmed = question.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            return Answer(question: question, status: .empty)
        }
        let tokens = analyzer.tokens(trimmed)
        if let match = emergency.match(tokens, of: trimmed, knowing: isWordOfTheArticles) {
            return Answer(question: question, status: .emergency, emergencyNotice: match.notice)
        }
        do {
            return try search(question, trimmed: trimmed, allTokens: tokens, top: top)
        } catch {
            return Answer(question: question, status: .noMatch,
                          lead: "The index could not be read: \(error.localizedDescription)", topics: coveredTopics().titles)
        }
    }

    /// True when the articles or the lexicon use `term`: a word in its own right, never taken
    /// for a misspelling of a safety phrase's word ("rash" is not "gash").
    private func isWordOfTheArticles(_ term: String) -> Bool {
        lexicon.knows(term) || ((try? library.reader.documentFrequency(of: term)) ?? 0) > 0
    }

    /// A no-match answer lists the article titles when there are at most this many; a larger
    /// collection is only counted (`:topics` lists it all).
    public static let maximumListedTopics = 25

    /// What a no-match answer says the articles cover: their titles, or for a collection too
    /// large to list, a line counting them.
    private func coveredTopics() -> (titles: [String], count: String?) {
        let count = library.articleCount
        guard count > Self.maximumListedTopics else { return (library.sources.map(\.title), nil) }
        return ([], "The articles cover \(count) topics; at the fibroqa prompt, :topics lists their titles.")
    }

    private func search(_ question: String, trimmed: String, allTokens: [Token], top: Int) throws -> Answer {
        let lead = doctorOnly.firstMatch(in: allTokens, knowing: isWordOfTheArticles) == nil ? nil : Notices.onlyADoctor
        let tokens = Array(allTokens.prefix(Self.maximumQuestionWords))
        let answerType = disabled.contains(.answerType) ? .none : AnswerType.of(question: tokens.map(\.word))
        // The question's form ("how long", "what happens") and its fillers are not searched.
        let searched = Self.droppingInterrogatives(tokens)
        let plan = try makePlan(searched)
        let measured = try Dictionary(searcher.statistics(Array(Set(plan.queryTerms.map(\.term)))).map { ($0.term, $0) },
                                      uniquingKeysWith: { a, _ in a })
        let passageCount = library.reader.passageCount
        // The evidence for answering still counts "fibro" as the reader's word; ranking does not.
        let evidenceStatistics = Self.cappingSynonymsOfUbiquitousWords(plan, measured, passages: passageCount)
        let statistics = Self.cappingSynonymsOfTheSubject(plan, evidenceStatistics, passages: passageCount,
                                                          relatives: lexicon.relatives(ofWord:))
        let found = plan.concepts.isEmpty ? [] : try searcher.search(plan.queryTerms(idf: statistics.mapValues(\.idf)), limit: max(top * 4, 12))
        // Passages are read once per question, however many stages look at them.
        var read: [Int: StoredPassage] = [:]
        func stored(_ id: Int) throws -> StoredPassage {
            if let known = read[id] { return known }
            let passage = try library.reader.passage(id)
            read[id] = passage
            return passage
        }
        let named = disabled.contains(.namedArticle) ? nil : try namedPassages(plan, statistics: statistics, found: found)
        var factors: [Int: (proximity: Double, coverage: Double)] = [:]
        let ranked = try found.map { hit -> (SearchHit, Evidence) in
            let e = measureEvidence(plan, hit: hit, statistics: evidenceStatistics)
            let coverage = disabled.contains(.coverage) ? 1 : Self.coverageFloor + (1 - Self.coverageFloor) * e.share
            let near = disabled.contains(.proximity) ? 0 : try proximity(plan, in: hit, statistics: statistics, read: stored)
            factors[hit.passage] = (near, coverage)
            let elsewhere = named.map { !$0.contains(hit.passage) } ?? false
            let score = (hit.score + near) * coverage * (elsewhere ? Self.unnamedArticleFactor : 1)
            return (SearchHit(passage: hit.passage, score: score, contributions: hit.contributions), e)
        }.sorted { $0.0.score != $1.0.score ? $0.0.score > $1.0.score : $0.0.passage < $1.0.passage }
        var hits = ranked.map { $0.0 }
        let corrected = plan.corrections.isEmpty ? nil : Self.applying(plan.corrections, to: trimmed)
        var evidence = ranked.first?.1 ?? Evidence()
        // The best passage may be in the right article but miss the question's point ("do nerve
        // blocks improve flexibility": headings full of "nerve blocks" outscore the one line on
        // flexibility). Then the article's passages that hold a word of the question more telling
        // than any the best passage matched, and carry the evidence, answer instead.
        // Each candidate's article is read once, and only when the cheaper tests pass.
        let keyTerms = Self.keyTerms(plan, statistics: statistics)
        var articles: [Int: Int] = [:]
        func article(of hit: SearchHit) throws -> Int {
            if let known = articles[hit.passage] { return known }
            let source = try stored(hit.passage).source
            articles[hit.passage] = source
            return source
        }
        if !disabled.contains(.keyPassage), !disabled.contains(.evidence), let first = ranked.first,
           Self.abstention(weighing: first.1, concepts: plan.concepts.count) != nil {
            let best = try article(of: first.0)
            // Only words more telling than any the best passage has: it missed those.
            let missed = keyTerms.prefix { !Self.holds(first.0, $0) }
            for key in missed {
                let passing = try ranked.filter { candidate in
                    try Self.abstention(weighing: candidate.1, concepts: plan.concepts.count) == nil
                        && Self.holds(candidate.0, key) && article(of: candidate.0) == best
                }
                if let answering = passing.first {
                    evidence = answering.1
                    hits = passing.map { $0.0 }
                    break
                }
            }
        } else if !disabled.contains(.keyPassage), let first = ranked.first,
                  let key = keyTerms.first, !Self.holds(first.0, key) {
            let best = try article(of: first.0)
            if let better = try ranked.first(where: { candidate in
                try candidate.1.share > first.1.share && Self.holds(candidate.0, key) && article(of: candidate.0) == best
            }) {
                evidence = better.1
                hits = Self.tradingPlaces(hits, first.0, better.0)
            }
        }
        // The best passage may fail the evidence test by a hair's breadth of score over one that
        // passes ("can giving blood make me feel sick": "sick" finds the passage on colds, which
        // covers a third of the question; the one on nausea after donating covers most of it).
        // A passage scoring nearly as well that carries the evidence, through two distinct
        // matches at least, answers instead.
        if !disabled.contains(.evidence), !disabled.contains(.keyPassage), let first = hits.first,
           Self.abstention(weighing: evidence, concepts: plan.concepts.count, lenient: true) != nil,
           let rescue = ranked.first(where: { candidate in
               candidate.0.score >= first.score * Self.rescueShare
                   && candidate.1.distinctivePhrases >= Self.rescueMatches
                   && Self.abstention(weighing: candidate.1, concepts: plan.concepts.count) == nil
           }) {
            evidence = rescue.1
            hits = Self.tradingPlaces(hits, first, rescue.0)
        }
        var abstention: String?
        if plan.concepts.isEmpty {
            abstention = "the question has no searchable words"
        } else if hits.isEmpty {
            abstention = "no passage contains any of the searched terms"
        } else if !disabled.contains(.evidence) {
            // A word split in two ("daylight" → "day light") is a guess: it earns no leniency.
            let split = plan.corrections.contains { !$0.from.contains(" ") && $0.to.contains(" ") }
            abstention = Self.abstention(weighing: evidence, concepts: plan.concepts.count, lenient: !split)
            if abstention == nil, let subject = try unknownSubject(of: tokens, plan: plan) {
                abstention = "the question is about '\(subject)', which the articles never mention"
            }
        }
        var quotes: [Quote] = []
        if abstention == nil, let best = hits.first {
            let weights = Self.excerptWeights(plan, statistics: statistics)
            let concepts = Self.excerptConcepts(plan, statistics: statistics)
            let selector = ExcerptSelector(analyzer: analyzer, demotesAnnouncements: !disabled.contains(.announcements),
                                           choosesSentences: !disabled.contains(.sentences),
                                           contextLength: disabled.contains(.context) ? 0 : ExcerptSelector.contextLength)
            let named = Self.definitionSubjects(tokens, plan: plan, acronyms: acronymTerms)
            // "what is it like to have an infusion" names its subject after "like": any searched word will do.
            let subjects: Set<String>? = answerType == .description && named.isEmpty ? nil : named
            var candidates: [(quote: Quote, rank: Double)] = []
            let tellingTerms = keyTerms.first ?? []
            // The question's own words that the best passage's title holds: the article it names.
            let questionTerms = Set(plan.concepts.flatMap { $0.alternatives.filter { $0.origin != .expanded }.map(\.term) })
            let namedArticle = try (titleTerms[stored(best.passage).source] ?? []).intersection(questionTerms)
            let aspect = answerType == .list ? Self.aspectTerms(plan) : []
            let phrases = disabled.contains(.phrases) ? [] : Self.phrases(plan)
            for hit in hits.prefix(top * Self.candidatesPerQuote) where hit.score >= best.score * Self.minimumRelativeScore {
                let passage = try stored(hit.passage)
                // A long passage may answer in several places: its next best excerpts compete with
                // the other passages' best ones, each scaled by how much of the question it covers.
                let further = !disabled.contains(.furtherExcerpts) && !disabled.contains(.sentences)
                guard let source = library.source(passage.source) else { continue }
                // Words the title or heading already says are the passage's topic: a sentence
                // earns less for repeating them than for what the question asks about it.
                let titleTerms = self.titleTerms[passage.source] ?? Set(analyzer.terms(source.title))
                let sectionTerms = Set(analyzer.terms(passage.section ?? ""))
                let topic = disabled.contains(.topicWords) ? [] : titleTerms.union(sectionTerms)
                let excerpts = selector.excerpts(of: passage.text, weights: weights,
                                                 concepts: Self.discounting(topic, in: concepts), answerType: answerType,
                                                 subjects: subjects, phrases: Self.splitting(phrases, at: topic),
                                                 limit: further ? Self.excerptsPerPassage : 1)
                guard let excerpt = excerpts.first else { continue }
                func quote(_ excerpt: Excerpt) -> Quote {
                    Quote(title: source.title, article: source.path, section: passage.section,
                          passage: passage.id, passageText: passage.text, range: excerpt, score: hit.score)
                }
                // Stating the asked-for kind of fact is no reason to leave the article the question
                // names: "who qualifies for a nerve block" is not answered by the ketamine article's
                // "reserved for patients".
                let elsewhere = !namedArticle.isEmpty && titleTerms.isDisjoint(with: namedArticle)
                // A list answers "what are the advantages of donating blood" only where it or its
                // heading names that aspect: the disadvantages' list does not.
                func factors(_ excerpt: Excerpt) -> Double {
                    let listsTheAspect = aspect.isEmpty || !aspect.isDisjoint(with: excerpt.terms) || !aspect.isDisjoint(with: sectionTerms)
                    let typeFactor = excerpt.statesAnswer && !elsewhere && listsTheAspect ? Self.answerTypeBoost : 1
                    return excerpt.isAnnouncement && !disabled.contains(.announcements) ? typeFactor * ExcerptSelector.announcementFactor : typeFactor
                }
                candidates.append((quote(excerpt), hit.score * factors(excerpt)))
                for next in excerpts.dropFirst() where excerpt.score > 0 {
                    // Never above the passage's own best: that one was chosen first for a reason
                    // (a stated answer, say) that the bare fragment scores do not show.
                    let share = min(1, next.score / excerpt.score)
                    // It holds the question's most telling word, which the first lacks: the
                    // passage answers there as much as in its first quote.
                    let telling = !next.terms.isDisjoint(with: tellingTerms) && excerpt.terms.isDisjoint(with: tellingTerms)
                    let factor = telling ? Self.tellingExcerptFactor : Self.furtherExcerptFactor
                    candidates.append((quote(next), hit.score * share * factor * factors(next)))
                }
            }
            quotes = candidates.sorted {
                ($0.rank, -$0.quote.passage, -$0.quote.range.range.lowerBound) > ($1.rank, -$1.quote.passage, -$1.quote.range.range.lowerBound)
            }.prefix(top).map(\.quote)
        }
        let explanation = explain(searched, plan, statistics, hits, factors, evidence, abstention)
        if quotes.isEmpty {
            let covered = coveredTopics()
            return Answer(question: question, status: .noMatch, lead: lead ?? covered.count,
                          corrected: corrected, topics: covered.titles, explanation: explanation)
        }
        return Answer(question: question, status: .answered, quotes: quotes, lead: lead,
                      corrected: corrected, topics: [], explanation: explanation)
    }

    private func makePlan(_ tokens: [Token]) throws -> QueryPlan {
        var plan = QueryPlan()
        var conceptAt: [Int: Int] = [:]
        var known: Set<String> = []
        // The question as searched: corrected words in place of the typed ones, a run-together
        // word as its parts; positions renumbered so lexicon phrases see the parts side by side.
        var corrected: [Token] = []
        func add(_ word: String, term: String, range: Range<Int>, stop: Bool, origin: QueryPlan.Origin?) {
            if let origin {
                plan.concepts.append(.init(word: word, alternatives: [.init(term: term, weight: origin == .question ? 1 : QueryPlan.correctedWeight, origin: origin)],
                                           position: corrected.count))
                conceptAt[corrected.count] = plan.concepts.count - 1
            }
            corrected.append(Token(term: term, word: word, range: range, position: corrected.count, isStopWord: stop))
        }
        // Whether the articles use each question word, looked up once for all the steps below.
        var inArticles: [String: Bool] = [:]
        for token in tokens where !token.isStopWord && inArticles[token.term] == nil {
            inArticles[token.term] = try library.reader.documentFrequency(of: token.term) > 0
        }
        var skip = false
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
                add(token.word, term: token.term, range: token.range, stop: true, origin: nil)
                continue
            }
            // A word typed in two pieces ("derma graphism", "fibro myalgia") is searched whole.
            if !disabled.contains(.spelling), index + 1 < tokens.count, let whole = try splitWord(token, tokens[index + 1], inArticles: inArticles) {
                let range = token.range.lowerBound..<tokens[index + 1].range.upperBound
                plan.corrections.append(("\(token.word) \(tokens[index + 1].word)", whole, range))
                add(whole, term: analyzer.stem(whole), range: range, stop: false, origin: .corrected)
                skip = true
                continue
            }
            let isKnown = inArticles[token.term] ?? false
            if isKnown { known.insert(token.term) }
            let correctable = !isKnown && !lexicon.knows(token.term) && !CommonWords.contains(token.word) && !disabled.contains(.spelling)
            if correctable, let fix = corrector.corrector.correction(for: token.word) {
                plan.corrections.append((token.word, fix, token.range))
                add(fix, term: analyzer.stem(fix), range: token.range, stop: false, origin: .corrected)
            } else if correctable, let parts = try compoundParts(of: token.word) {
                plan.corrections.append((token.word, parts.joined(separator: " "), token.range))
                for part in parts { add(part, term: analyzer.stem(part), range: token.range, stop: false, origin: .corrected) }
            } else {
                // A word said twice ("stressed … the stress") is one concept: it asks no more.
                let repeated = plan.concepts.contains { $0.alternatives.first?.term == token.term }
                add(token.word, term: token.term, range: token.range, stop: false, origin: repeated ? nil : .question)
            }
        }
        if !disabled.contains(.derived) { try addDerivedForms(to: &plan, known: known) }
        for expansion in lexicon.expansions(of: corrected) {
            var owners = expansion.positions.compactMap { conceptAt[$0] }
            // A phrase of small words only ("how do I know if") asks for something of its own
            // (signs): it becomes a concept of its own. One or two small words ("can I") do not,
            // unless a one-way line says what they mean ("these days" => "popular").
            if owners.isEmpty, expansion.positions.count >= Self.minimumSmallWordPhrase || expansion.isTurnOfPhrase {
                plan.concepts.append(.init(word: expansion.matched, alternatives: [], position: expansion.positions.lowerBound))
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
        return plan
    }

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

    /// `hits` with `best` and `better` trading places, scores included, so the quotes follow.
    static func tradingPlaces(_ hits: [SearchHit], _ best: SearchHit, _ better: SearchHit) -> [SearchHit] {
        let promoted = SearchHit(passage: better.passage, score: best.score, contributions: better.contributions)
        let demoted = SearchHit(passage: best.passage, score: better.score, contributions: best.contributions)
        return hits.map { $0.passage == better.passage ? demoted : $0.passage == best.passage ? promoted : $0 }
    }

    /// `statistics` with the expansions of a question word found nearly everywhere ("fibromyalgia")
    /// no more telling than the word itself: "fibro" is rarer in the articles, but it names the
    /// same thing, and says no more about which passage answers.
    static func cappingSynonymsOfUbiquitousWords(_ plan: QueryPlan, _ statistics: [String: TermStatistics],
                                                 passages: Int) -> [String: TermStatistics] {
        var capped = statistics
        for concept in plan.concepts {
            guard let own = concept.alternatives.first, own.origin == .question, let word = statistics[own.term],
                  Double(word.documentFrequency) / Double(max(1, passages)) > ubiquitousShare else { continue }
            for alternative in concept.alternatives where alternative.origin == .expanded {
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

    /// The passage ids of the one article whose title the question names by its own telling
    /// words ("nerve block"), when one of the `found` passages is from it; nil when no article
    /// or several are named. Passages of other articles answer only the question's side words.
    private func namedPassages(_ plan: QueryPlan, statistics: [String: TermStatistics], found: [SearchHit]) throws -> Range<Int>? {
        let own = Set(plan.concepts.flatMap { $0.alternatives.filter { $0.origin == .question || $0.origin == .corrected }.map(\.term) })
        let telling = own.filter { (statistics[$0]?.idf ?? 0) >= Self.namingIDF }
        let naming = titleTerms.filter { !$0.value.isDisjoint(with: telling) }.keys
        guard naming.count == 1, let source = naming.first else { return nil }
        let ids = try library.reader.passageIDs(ofSource: source)
        guard let first = ids.first, let last = ids.last else { return nil }
        let range = first..<(last + 1)
        return found.contains { range.contains($0.passage) } ? range : nil
    }

    /// A title word the question uses names its article when at least this telling.
    static let namingIDF = 1.2
    /// Passages of other articles than the one the question names count this share.
    static let unnamedArticleFactor = 0.8

    /// A term in more than this share of passages names the collection's subject.
    public static let topicShare = 0.9

    /// What a question word counts for in choosing a passage's sentences when the passage's
    /// title or heading already holds it.
    static let topicWordFactor = 0.5

    /// `concepts` with the weight of each term in `topic` scaled by `topicWordFactor`.
    static func discounting(_ topic: Set<String>, in concepts: [[String: Double]]) -> [[String: Double]] {
        guard !topic.isEmpty else { return concepts }
        return concepts.map { concept in
            Dictionary(uniqueKeysWithValues: concept.map { term, weight in
                (term, topic.contains(term) ? weight * topicWordFactor : weight)
            })
        }
    }

    /// The word that `first` and `second` make typed together, when one of them is a word the
    /// articles and the lexicon do not know: the joined word itself if the articles use it
    /// ("fibro myalgia"), or, when neither piece is known, its spelling correction
    /// ("derma graphism" → "dermatographism").
    /// `inArticles` tells, for each question term, whether the articles use it.
    func splitWord(_ first: Token, _ second: Token, inArticles: [String: Bool]) throws -> String? {
        guard !second.isStopWord, first.word.allSatisfy(\.isLetter), second.word.allSatisfy(\.isLetter) else { return nil }
        func unknown(_ token: Token) -> Bool { inArticles[token.term] != true && !lexicon.knows(token.term) }
        let (firstUnknown, secondUnknown) = (unknown(first), unknown(second))
        guard firstUnknown || secondUnknown else { return nil }
        let joined = first.word + second.word
        if try library.reader.documentFrequency(of: analyzer.stem(joined)) > 0 { return joined }
        guard firstUnknown, secondUnknown else { return nil }
        return corrector.corrector.correction(for: joined)
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
    /// Stems shorter than this get no derived forms (too many words share a short start).
    static let derivedMinimumStem = 4
    /// Most derived forms added per word, the most frequent first.
    static let derivedPerWord = 3

    /// Adds, for each question word the collection knows, the collection's terms that extend its
    /// stem or that its stem extends by a few letters: the derivational relatives the stemmer
    /// keeps apart. Unknown words get none (a prefix of a foreign word is noise: "everest" is
    /// not "ever"); they go to the spelling corrector instead.
    private func addDerivedForms(to plan: inout QueryPlan, known: Set<String>) throws {
        let reader = library.reader
        for i in plan.concepts.indices {
            // A word of the lay vocabulary is in-domain even when the articles never use its
            // stem ("lightheaded" → "lightheadedness", which stems to "lightheaded").
            guard let own = plan.concepts[i].alternatives.first, own.origin == .question,
                  known.contains(own.term) || lexicon.knows(own.term),
                  own.term.count >= Self.derivedMinimumStem, own.term.allSatisfy(\.isLetter) else { continue }
            var found = try reader.terms(extending: own.term, limit: 64)
                .filter { Self.derivedEndings.contains(String($0.term.dropFirst(own.term.count))) }
            let shortest = max(Self.derivedMinimumStem, own.term.count - Self.derivedExtraLetters)
            if own.term.count > shortest {
                for length in shortest..<own.term.count where Self.derivedEndings.contains(String(own.term.dropFirst(length))) {
                    let prefix = String(own.term.prefix(length))
                    let df = try reader.documentFrequency(of: prefix)
                    if df > 0 { found.append((prefix, df)) }
                }
            }
            let chosen = found.filter { candidate in !plan.concepts[i].alternatives.contains { $0.term == candidate.term } }
                .sorted { ($0.documentFrequency, $1.term) > ($1.documentFrequency, $0.term) }.prefix(Self.derivedPerWord)
            for candidate in chosen {
                // What one of the two adds to the other, as the one is a prefix of the other.
                let ending = candidate.term.count > own.term.count
                    ? candidate.term.dropFirst(own.term.count) : own.term.dropFirst(candidate.term.count)
                let weight = Self.closeEndings.contains(String(ending)) ? QueryPlan.closeFormWeight : QueryPlan.derivedWeight
                plan.concepts[i].alternatives.append(.init(term: candidate.term, weight: weight, origin: .derived))
            }
        }
    }

    /// Verbs that close a "what does X …" question rather than name its subject.
    static let questionVerbs: Set<String> = ["mean", "means", "stand", "stands", "look", "looks", "feel", "feels", "like", "refer", "involve", "work", "do"]

    /// Words that end the thing a "what is" question asks about ("the side effects | of blood").
    static let subjectEnders: Set<String> = ["of", "for", "in", "with", "after", "during", "about", "to", "on", "from", "when", "if"]

    /// The terms a defining sentence must be about: the last of the question's words after
    /// "what is/are" up to the first preposition (with its corrections, derived forms and the
    /// acronyms the articles define for it), so "what are the side effects of donating blood"
    /// wants a sentence saying what the effects are, not one saying what blood is, and "what is
    /// a blood donation center" one saying what the center is, not "Donating is a safe process".
    static func definitionSubjects(_ tokens: [Token], plan: QueryPlan, acronyms: Set<String>) -> Set<String> {
        let words = tokens.map(\.word)
        guard let copula = words.firstIndex(where: { ["is", "are", "does", "define", "means", "meaning"].contains($0) }) else { return [] }
        var phrase: [String] = []
        for token in tokens[(copula + 1)...] {
            if subjectEnders.contains(token.word) { break }
            if !token.isStopWord { phrase.append(token.word) }
        }
        // "what is a blood donation center" asks what a center is: the last word names it (not
        // a verb closing the question: "what does allodynia mean", "what does WBVT stand for").
        let subjectWords = Set(phrase.filter { !questionVerbs.contains($0) && !AnswerType.definingParticiples.contains($0) }.suffix(1))
        return Set(plan.concepts.filter { subjectWords.contains($0.word) }.flatMap { concept in
            concept.alternatives.filter { $0.origin != .expanded || acronyms.contains($0.term) }.map(\.term)
        })
    }

    /// The runs of the reader's words that stand side by side in the question ("nerve blocks",
    /// "physical therapy"), each word given as its own terms (as typed or corrected).
    static func phrases(_ plan: QueryPlan) -> [[Set<String>]] {
        let words = plan.concepts.compactMap { concept -> (position: Int, terms: Set<String>)? in
            let own = Set(concept.alternatives.filter { $0.origin == .question || $0.origin == .corrected }.map(\.term))
            return own.isEmpty ? nil : (concept.position, own)
        }.sorted { $0.position < $1.position }
        var runs: [[Set<String>]] = []
        var previous: Int?
        for word in words {
            if let previous, word.position == previous + 1, !runs.isEmpty {
                runs[runs.count - 1].append(word.terms)
            } else {
                runs.append([word.terms])
            }
            previous = word.position
        }
        return runs.filter { $0.count > 1 }
    }

    /// `phrases` cut between two words that `topic` (a passage's title and heading) both holds:
    /// "donating blood" in the blood-donation article names the article, not what is asked of it.
    static func splitting(_ phrases: [[Set<String>]], at topic: Set<String>) -> [[Set<String>]] {
        guard !topic.isEmpty else { return phrases }
        var runs: [[Set<String>]] = []
        for phrase in phrases {
            var run: [Set<String>] = []
            for word in phrase {
                if let last = run.last, !last.isDisjoint(with: topic), !word.isDisjoint(with: topic) {
                    runs.append(run)
                    run = []
                }
                run.append(word)
            }
            runs.append(run)
        }
        return runs.filter { $0.count > 1 }
    }

    /// The terms of the question's words naming what is asked of its subject ("advantages",
    /// with "benefits" and the like), which a list must name to answer it.
    static func aspectTerms(_ plan: QueryPlan) -> Set<String> {
        Set(plan.concepts.filter { AnswerType.namesAnAspect($0.word) }.flatMap { $0.alternatives.map(\.term) })
    }

    /// Why the best passage's `evidence` is too weak to quote, or nil when it is enough. A
    /// question whose every word the collection knows and that matches two distinctive words
    /// may be `lenient`ly covered down to `lenientEvidence`.
    static func abstention(weighing evidence: Evidence, concepts: Int, lenient: Bool = false) -> String? {
        if evidence.distinctiveMatches == 0, evidence.matchedWords < concepts {
            return "the best passage matches only words found nearly everywhere"
        }
        // A corrected word is a guess: alone among words the passage does not match, it is no
        // evidence ("recommend a movie for tonight" is not about being able to "move").
        if evidence.distinctiveMatches > 0, evidence.correctedMatches == evidence.distinctiveMatches, evidence.unmatchedWords > 0 {
            return "its only distinctive match is a corrected word, among \(evidence.unmatchedWords) word(s) the passage does not match"
        }
        // "how many days are in a leap year": a day and a year are in the articles, but say
        // nothing of what they are about.
        if evidence.distinctiveMatches > 0, evidence.everydayMatches == evidence.distinctiveMatches, evidence.matchedWords < concepts {
            return "the best passage matches only everyday words, among words it does not match"
        }
        if evidence.unknownWords > 0, evidence.unknownWords >= evidence.distinctivePhrases {
            return "the question has \(evidence.unknownWords) word(s) the articles never use, and only \(evidence.distinctivePhrases) distinctive match(es) (words side by side counting once)"
        }
        let needed = !lenient || evidence.unknownWords > 0 || evidence.distinctiveMatches < 2 ? minimumEvidence
            : evidence.distinctiveMatches >= Self.manyMatches ? manyMatchEvidence : lenientEvidence
        if evidence.share <= needed {
            return String(format: "the best passage covers %.0f%% of the question's weight, not more than %.0f%%",
                          evidence.share * 100, needed * 100)
        }
        return nil
    }

    /// The question's telling words, most telling first (by falling idf, ties by term): the
    /// reader's own (or corrected) terms the collection uses, each alone; and for a word the
    /// collection never uses, the expansions it has there, together ("kids": "children",
    /// "offspring"), any of which holds the word.
    static func keyTerms(_ plan: QueryPlan, statistics: [String: TermStatistics]) -> [Set<String>] {
        var found: [(terms: Set<String>, idf: Double, name: String)] = []
        for concept in plan.concepts {
            guard let own = concept.alternatives.first, own.origin == .question || own.origin == .corrected else { continue }
            if let stats = statistics[own.term], stats.documentFrequency > 0 {
                found.append(([own.term], stats.idf, own.term))
                continue
            }
            // Whole synonyms only: a part of a phrase ("therapy" of "therapy machines")
            // does not hold the word.
            let standIns = concept.alternatives.filter {
                $0.origin == .expanded && $0.weight >= QueryPlan.standInWeight && (statistics[$0.term]?.documentFrequency ?? 0) > 0
            }
            guard own.origin == .question, let idf = standIns.compactMap({ statistics[$0.term]?.idf }).max() else { continue }
            found.append((Set(standIns.map(\.term)), idf, own.term))
        }
        return found.sorted { $0.idf != $1.idf ? $0.idf > $1.idf : $0.name < $1.name }.map(\.terms)
    }

    /// True when `hit`'s passage itself holds one of `terms` (not only its heading or title).
    static func holds(_ hit: SearchHit, _ terms: Set<String>) -> Bool {
        hit.contributions.contains { terms.contains($0.term) && $0.frequency > 0 }
    }

    /// How well the best passage supports answering.
    struct Evidence {
        /// The idf-weighted share of the question's words the passage covers.
        var share = 0.0
        /// Question words matched by a term that is not in most passages.
        var distinctiveMatches = 0
        /// Runs of such words side by side in the question: "united states" is one name.
        var distinctivePhrases = 0
        /// Question words the collection never uses (after correction and expansion).
        var unknownWords = 0
        /// Question words the passage matches at all.
        var matchedWords = 0
        /// Distinctive matches of everyday words ("day", "year"), which name no subject.
        var everydayMatches = 0
        /// Distinctive matches made only through a spelling correction ("movie" read as "move").
        var correctedMatches = 0
        /// Question words (stop words aside) the passage does not match, known or not.
        var unmatchedWords = 0
    }

    /// Measures how much of the question `hit` covers, weighting each word by its rarity.
    func measureEvidence(_ plan: QueryPlan, hit: SearchHit, statistics: [String: TermStatistics]) -> Evidence {
        let matched = Set(hit.contributions.map(\.term))
        let unseenIDF = searcher.scoring.idf(documentFrequency: 0)
        let passages = max(1, library.reader.passageCount)
        var result = Evidence()
        var total = 0.0
        var covered = 0.0
        var distinctiveWords: [(position: Int, terms: Set<String>)] = []
        for concept in plan.concepts {
            let known = concept.alternatives.filter { (statistics[$0.term]?.documentFrequency ?? 0) > 0 }
            guard !known.isEmpty else {
                // A word of the lay vocabulary whose lines reach the articles' words ("face", beside
                // "cheeks" and "rosacea") is the reader's way of saying something the articles put
                // otherwise: no evidence either way. One whose lines reach nothing in them ("price",
                // "cost") counts against answering, like a word from elsewhere.
                if concept.alternatives.contains(where: { $0.origin == .question && lexicon.knows($0.term) }),
                   concept.alternatives.contains(where: { ownLexiconReachesTheArticles($0.term) }) { continue }
                // An everyday word ("ask", "count", "connected") is no sign of another subject,
                // but the question asks it all the same: it weighs a little in the share covered.
                result.unmatchedWords += 1
                if !disabled.contains(.evidence), concept.alternatives.contains(where: { $0.origin == .question }) && CommonWords.contains(concept.word) {
                    total += unseenIDF * Self.commonWordWeight
                    continue
                }
                result.unknownWords += 1
                total += unseenIDF * Self.unknownWordWeight
                continue
            }
            var idf = known.filter { $0.origin != .expanded && $0.origin != .derived }.compactMap { statistics[$0.term]?.idf }.max()
                ?? known.compactMap { statistics[$0.term]?.idf }.max() ?? 0
            // A word naming what is asked of the subject ("the signs of rosacea") is as rare as its
            // commonest synonym ("symptoms"): a rare wording of it must not outweigh the subject.
            if AnswerType.namesAnAspect(concept.word) {
                let synonyms = known.filter { $0.origin == .expanded && $0.weight >= QueryPlan.expandedWeight }
                idf = min(idf, synonyms.compactMap { statistics[$0.term]?.idf }.min() ?? idf)
            }
            let hits = known.filter { matched.contains($0.term) }
            let coverage = hits.map { $0.origin == .expanded || $0.origin == .derived ? Self.expandedEvidence : 1 }.max() ?? 0
            let distinctive = hits.contains {
                Double(statistics[$0.term]?.documentFrequency ?? 0) / Double(passages) <= Self.ubiquitousShare
            }
            if distinctive {
                result.distinctiveMatches += 1
                // Only the everyday word itself says nothing: a phrase around it ("first described")
                // may name a subject of its own ("definition").
                if CommonWords.contains(concept.word), hits.contains(where: { $0.origin != .expanded }) { result.everydayMatches += 1 }
                distinctiveWords.append((concept.position, Set(hits.map(\.term))))
                // A corrected word's synonyms are no surer than the correction itself.
                if concept.alternatives.first?.origin == .corrected { result.correctedMatches += 1 }
            }
            if hits.isEmpty { result.unmatchedWords += 1 } else { result.matchedWords += 1 }
            // A corrected word the passage does not match is only a guess at a word from elsewhere.
            let guessed = hits.isEmpty && concept.alternatives.first?.origin == .corrected
            total += guessed ? max(idf, unseenIDF * Self.unknownWordWeight) : idf
            covered += idf * coverage
        }
        result.share = total > 0 ? covered / total : 0
        result.distinctivePhrases = distinctiveWords.count
        if result.unknownWords > 0, distinctiveWords.count > 1 {
            result.distinctivePhrases -= joinedNames(distinctiveWords, passage: hit.passage)
        }
        return result
    }

    /// Two question words next to each other (stop words aside) that stand at most this many
    /// words apart in a passage (stop words aside) are read as said together: "help with your
    /// stress" says what "what helps with stress" asks, "help to reduce the amount of pain and
    /// stress" does not.
    static let proximityWindow = 2
    /// Each such pair adds this share of the smaller weight (idf × query weight) of its terms
    /// to the passage's score.
    static let proximityBonus = 0.5

    /// What the question's neighbouring words standing close in `hit`'s passage add to its score.
    func proximity(_ plan: QueryPlan, in hit: SearchHit, statistics: [String: TermStatistics],
                   read: (Int) throws -> StoredPassage) throws -> Double {
        let concepts = plan.concepts.sorted { $0.position < $1.position }
        guard concepts.count > 1 else { return 0 }
        let matched = Set(hit.contributions.filter { $0.frequency > 0 }.map(\.term))
        // Where each term stands among the passage's content words, worked out at the first pair.
        var analysed: [String: [Int]]?
        var bonus = 0.0
        for (a, b) in zip(concepts, concepts.dropFirst()) {
            let first = a.alternatives.filter { matched.contains($0.term) }
            let second = b.alternatives.filter { matched.contains($0.term) }
            guard !first.isEmpty, !second.isEmpty else { continue }
            let places = try analysed ?? {
                var found: [String: [Int]] = [:]
                for (index, token) in analyzer.tokens(try read(hit.passage).text).filter({ !$0.isStopWord }).enumerated() {
                    found[token.term, default: []].append(index)
                }
                return found
            }()
            analysed = places
            func weight(_ alternatives: [QueryPlan.Alternative]) -> Double {
                alternatives.map { (statistics[$0.term]?.idf ?? 0) * $0.weight }.max() ?? 0
            }
            let here = first.flatMap { places[$0.term] ?? [] }
            let there = Set(second.flatMap { places[$0.term] ?? [] })
            let near = here.contains { p in (1...Self.proximityWindow).contains { there.contains(p + $0) || there.contains(p - $0) } }
            if near { bonus += Self.proximityBonus * min(weight(first), weight(second)) }
        }
        return bonus
    }

    /// Verbs that, opening a yes-or-no question or following its interrogative, come before its
    /// subject ("does a cat need", "how much sleep does a newborn need").
    static let subjectAuxiliaries: Set<String> = ["do", "does", "did", "can", "could", "should", "will", "would"]
    /// Verbs that come before the subject only when they open the question ("is coffee good for
    /// your heart"); after an interrogative they follow it ("how much ketamine is a lethal dose").
    static let openingCopulas: Set<String> = ["is", "are", "was", "were"]
    /// Words between such a verb and the subject's first word.
    static let determiners: Set<String> = [
        "a", "an", "the", "my", "your", "his", "her", "our", "their", "this", "that", "these", "those", "some", "any",
    ]

    /// The subject of the question, as typed, when it is a word the articles never use and that
    /// no lexicon line takes to their words: "how much sleep does a newborn need" is about
    /// newborns, "is coffee good for your heart" about coffee; or such an `unknownObject`.
    /// Nil otherwise.
    func unknownSubject(of tokens: [Token], plan: QueryPlan) throws -> String? {
        if let object = try unknownObject(of: tokens, plan: plan) { return object }
        guard let opening = tokens.first else { return nil }
        let verb: Int
        if Self.subjectAuxiliaries.contains(opening.word) || Self.openingCopulas.contains(opening.word) {
            verb = 0
        } else if ["how", "what", "why", "when", "where", "which", "who"].contains(opening.word),
                  let found = tokens.indices.first(where: { Self.subjectAuxiliaries.contains(tokens[$0].word) }) {
            verb = found
        } else {
            return nil
        }
        guard var at = tokens.indices.dropFirst(verb + 1).first(where: { !Self.determiners.contains(tokens[$0].word) }) else { return nil }
        // "can I drive after a nerve block" is about driving: after the reader, what they would do.
        if AnswerType.readers.contains(tokens[at].word), verb == 0, at + 1 < tokens.count { at += 1 }
        let subject = tokens[at]
        return try isUnknown(subject, plan: plan) ? subject.word : nil
    }

    /// Verbs of benefit whose object is what the question is about: "does vibration therapy help
    /// with cellulite" asks about cellulite, whatever the articles say of vibration therapy.
    static let benefitVerbs: Set<String> = [
        "help", "helps", "treat", "treats", "cure", "cures", "relieve", "relieves", "prevent", "prevents",
    ]
    /// Words between such a verb and its object.
    static let objectLinks: Set<String> = ["with", "for", "against"]

    /// The object of a benefit verb closing the question, as typed, when it is one word the
    /// articles never use and that no lexicon line takes to their words. Nil otherwise.
    func unknownObject(of tokens: [Token], plan: QueryPlan) throws -> String? {
        guard let verb = tokens.lastIndex(where: { Self.benefitVerbs.contains($0.word) }) else { return nil }
        let rest = tokens[(verb + 1)...].drop { Self.objectLinks.contains($0.word) || Self.determiners.contains($0.word) }
        guard rest.count == 1, let object = rest.first else { return nil }
        return try isUnknown(object, plan: plan) ? object.word : nil
    }

    /// True when `token` is a content word of the reader's own, not an everyday one, that the
    /// articles never use and the lexicon does not take to their words in this question.
    private func isUnknown(_ token: Token, plan: QueryPlan) throws -> Bool {
        guard !token.isStopWord, !CommonWords.contains(token.word), token.word.allSatisfy(\.isLetter),
              plan.concepts.contains(where: { concept in concept.alternatives.contains { $0.term == token.term && $0.origin == .question } })
        else { return false }
        return try library.reader.documentFrequency(of: token.term) == 0 && !lexiconReaches(token, plan: plan)
    }

    /// True when the lexicon takes `token` somewhere in this question: it knows the word, and
    /// the word itself, or a phrase of the question it stands in ("horse tranquilizer"), brought
    /// in expansions. A word the lexicon knows only from a phrase the question does not use
    /// ("drive" of "blood drive") reaches nothing.
    private func lexiconReaches(_ token: Token, plan: QueryPlan) -> Bool {
        guard lexicon.knows(token.term) else { return false }
        if !lexicon.relatives(ofWord: token.term).isEmpty { return true }
        return plan.concepts.contains { concept in
            concept.alternatives.contains { $0.term == token.term && $0.origin == .question }
                && concept.alternatives.contains { $0.origin == .expanded }
        }
    }

    /// True when some line of the lexicon with `term` alone as a member also holds a word the
    /// articles use.
    private func ownLexiconReachesTheArticles(_ term: String) -> Bool {
        lexicon.relatives(ofWord: term).contains { ((try? library.reader.documentFrequency(of: $0)) ?? 0) > 0 }
    }

    /// How many of the question's distinctive words continue a name with the word before them:
    /// side by side in the question and in the passage ("united states" in "the United States").
    private func joinedNames(_ words: [(position: Int, terms: Set<String>)], passage: Int) -> Int {
        guard let text = try? library.reader.passage(passage).text else { return 0 }
        let terms = analyzer.tokens(text).map(\.term)
        return zip(words, words.dropFirst()).filter { first, second in
            second.position == first.position + 1
                && zip(terms, terms.dropFirst()).contains { first.terms.contains($0) && second.terms.contains($1) }
        }.count
    }

    /// Each concept's terms the collection knows, weighted by idf × query weight, for excerpt
    /// choice: a sentence earns a concept by its best term (and a little by the others). A
    /// synonym or derived form never weighs more than the reader's own word where the articles
    /// use that word: a rarer synonym ("therapist" for "therapy") is no better evidence of it.
    static func excerptConcepts(_ plan: QueryPlan, statistics: [String: TermStatistics]) -> [[String: Double]] {
        plan.concepts.map { concept in
            func weight(_ alternative: QueryPlan.Alternative) -> Double? {
                guard let s = statistics[alternative.term], s.documentFrequency > 0 else { return nil }
                return s.idf * alternative.weight
            }
            let own = concept.alternatives.filter { $0.origin == .question || $0.origin == .corrected }.compactMap(weight).max()
            var weights: [String: Double] = [:]
            for alternative in concept.alternatives {
                guard var w = weight(alternative) else { continue }
                if let own, alternative.origin == .expanded || alternative.origin == .derived { w = min(w, own) }
                weights[alternative.term] = max(weights[alternative.term] ?? 0, w)
            }
            return weights
        }
    }

    static func excerptWeights(_ plan: QueryPlan, statistics: [String: TermStatistics]) -> [String: Double] {
        var weights: [String: Double] = [:]
        for q in plan.queryTerms {
            guard let s = statistics[q.term], s.documentFrequency > 0 else { continue }
            weights[q.term] = max(weights[q.term] ?? 0, s.idf * q.weight)
        }
        return weights
    }

    /// Words of judgement that, before a noun ("a good treatment", "a great option"), weigh
    /// the thing rather than name it: the articles' "What is Vibration Therapy Good For?"
    /// answers "good for", not every question with "good" in it.
    static let judgements: Set<String> = ["good", "great", "bad", "decent", "nice", "terrible"]

    /// True when `tokens[i]` is a word of judgement before a noun (a word that is not a stop word).
    static func judges(_ tokens: [Token], at i: Int) -> Bool {
        judgements.contains(tokens[i].word) && i + 1 < tokens.count && !tokens[i + 1].isStopWord
    }

    /// Words that add emphasis or a time frame to a question but name nothing in it ("super
    /// sensitive", "lately", "ever since"): not searched. The index keeps them; only questions
    /// drop them. ("really", "very", "just" and the like are stop words already.)
    static let fillers: Set<String> = [
        "super", "extremely", "pretty", "quite", "kinda", "sorta", "lately", "recently", "since", "still", "even",
    ]

    /// Words that open a request for a definition or an account ("define dermatographism",
    /// "explain tactile allodynia", "meaning of methylation", "tell me about rosacea"): the
    /// question's form, like "what is", not a word to find.
    static let definingOpeners: [[String]] = [
        ["define"], ["explain"], ["describe"], ["meaning", "of"], ["definition", "of"], ["tell", "me", "about"], ["tell", "me", "more", "about"],
    ]

    /// Where a defining opener stands at the question's start (after "please", "can you",
    /// "could you"), followed by at least one word; nil when it opens otherwise.
    static func definingOpener(in words: [String]) -> Range<Int>? {
        let start = words.prefix(3).firstIndex { !["please", "can", "could", "you", "pls"].contains($0) } ?? 0
        return definingOpeners.first { opener in
            words.count > start + opener.count && Array(words[start..<start + opener.count]) == opener
        }.map { start..<start + $0.count }
    }

    /// Verbs that open a yes-or-no question, or follow its question word ("what does").
    static let auxiliaries: Set<String> = ["can", "does", "do", "could", "will", "might", "would"]

    /// True for "cause" in "can stress cause headaches", "does fibromyalgia cause tingling",
    /// "what does stress do besides cause aches": a question linking two subjects, where the
    /// subjects, not the link, are to be found together ("Stress … headaches" answers it, a
    /// heading "What causes fibromyalgia?" does not).
    static func linksTwoSubjects(_ tokens: [Token], at i: Int) -> Bool {
        guard tokens[i].word == "cause" || tokens[i].word == "causes", i >= 2, i + 1 < tokens.count,
              !AnswerType.reportingVerbs.contains(tokens[i - 1].word) else { return false }
        // "can stress cause …", or "how / why / what does stress … cause …".
        let subjectStart: Int
        if auxiliaries.contains(tokens[0].word) {
            subjectStart = 1
        } else if ["how", "why", "what"].contains(tokens[0].word), auxiliaries.contains(tokens[1].word) {
            subjectStart = 2
        } else {
            return false
        }
        return subjectStart < i && tokens[subjectStart..<i].contains { !$0.isStopWord } && tokens[(i + 1)...].contains { !$0.isStopWord }
    }

    /// Marks words that only shape the question ("long" in "how long", "year" in "what year",
    /// "like" in "what is it like", "define" in "define rosacea") or only add emphasis as stop
    /// words.
    static func droppingInterrogatives(_ tokens: [Token]) -> [Token] {
        let words = tokens.map(\.word)
        let likening = AnswerType.likening(in: words)
        let opener = Self.definingOpener(in: words)
        let idioms = Self.idiomPositions(in: words)
        let role = AnswerType.askedRole(in: words)
        let described = AnswerType.describedAt(in: words)
        // A question of nothing but chatter ("help", "test", "good morning") asks nothing.
        let chatter = tokens.allSatisfy { $0.isStopWord || Self.chatter.contains($0.word) || ClauseMood.fillers.contains($0.word) }
        return tokens.enumerated().map { i, token in
            guard i == likening || (i > 0 && tokens[i - 1].word == "how" && ["long", "often", "far", "soon"].contains(token.word))
                || (i > 0 && ["what", "which"].contains(tokens[i - 1].word) && ["year", "month", "decade", "century"].contains(token.word))
                || Self.asksWhatHappens(tokens, at: i) || Self.fillers.contains(token.word)
                || idioms.contains(i) || chatter || role?.contains(i) == true || i == described
                || opener?.contains(i) == true || Self.linksTwoSubjects(tokens, at: i) || Self.judges(tokens, at: i) else { return token }
            return Token(term: token.term, word: token.word, range: token.range, position: token.position, isStopWord: true)
        }
    }

    /// Words that, making up a whole question with `ClauseMood.fillers` ("help", "please"), are
    /// said to the assistant or typed to try it, not asked of the articles.
    static let chatter: Set<String> = [
        "test", "testing", "hmm", "hm", "yeah", "yep", "nope", "sure", "cool", "nice", "great",
        "good", "morning", "afternoon", "evening", "whatever", "anyway", "alright", "fine", "welcome", "again",
    ]

    /// Turns of phrase that name nothing to look for ("what sets off fibro in the first place"
    /// is not about a first place; the skin article's "in the first place" does not answer it).
    /// "Every time", "each time" and "all the time" are said like "whenever" or "always" ("I
    /// bruise every time they draw my blood"), naming no time; "a long time" asks how long;
    /// "in simple terms" asks for plain words, not for the articles' "simple"; "the medical word
    /// for" asks for a name, which the answer says ("This is referred to as hyperalgesia").
    /// "Another name" and "also known" ask what else a thing is called: the answer says it
    /// ("also referred to as “skin
    /// writing”"), not a name or another thing ("another skin disorder"). "In the article"
    /// points at the articles themselves.
    static let idioms: [[String]] = [
        ["every", "time"], ["every", "times"], ["each", "time"], ["each", "times"], ["all", "the", "time"],
        ["in", "the", "first", "place"], ["at", "the", "end", "of", "the", "day"], ["by", "the", "way"],
        ["to", "be", "honest"], ["for", "some", "reason"], ["all", "of", "a", "sudden"], ["these", "days"],
        ["at", "the", "moment"], ["as", "well"], ["a", "long", "time"], ["a", "short", "time"],
        ["in", "simple", "terms"], ["in", "simple", "words"], ["in", "plain", "english"], ["in", "plain", "words"],
        ["in", "plain", "terms"], ["in", "layman's", "terms"], ["in", "laymans", "terms"], ["in", "lay", "terms"],
        ["simply", "put"], ["in", "a", "nutshell"], ["in", "short"],
        ["medical", "word", "for"], ["medical", "term", "for"], ["medical", "name", "for"], ["proper", "name", "for"],
        ["scientific", "name", "for"], ["technical", "term", "for"], ["the", "word", "for"], ["the", "term", "for"],
        ["another", "name"], ["other", "name"], ["other", "names"], ["another", "word"], ["other", "word"],
        ["other", "words"], ["another", "term"], ["other", "term"], ["other", "terms"], ["different", "name"],
        ["also", "called"], ["also", "known"],
        // The reader pointing at the articles themselves.
        ["in", "the", "article"], ["in", "the", "articles"], ["in", "this", "article"], ["in", "your", "articles"],
        ["according", "to", "the", "article"], ["according", "to", "the", "articles"], ["the", "article", "say"],
        ["the", "articles", "say"], ["the", "article", "says"],
    ]

    /// The positions of `words` inside one of the `idioms`.
    static func idiomPositions(in words: [String]) -> Set<Int> {
        var found: Set<Int> = []
        for idiom in idioms where words.count >= idiom.count {
            for start in 0...(words.count - idiom.count) where Array(words[start..<start + idiom.count]) == idiom {
                found.formUnion(start..<start + idiom.count)
            }
        }
        return found
    }

    /// True when `tokens[i]` is the "happens" of "what happens", "what will happen": part of
    /// the question's form, not of its subject ("That's not what happens in Dermatographism"
    /// says nothing of what scratching does).
    static func asksWhatHappens(_ tokens: [Token], at i: Int) -> Bool {
        guard ["happen", "happens", "happened"].contains(tokens[i].word) else { return false }
        let before = tokens[..<i].suffix(2).map(\.word)
        return before.last == "what" || (before.first == "what" && ["will", "would", "can", "could", "does", "did"].contains(before.last ?? ""))
    }

    /// `question` with each corrected word replaced by its correction.
    static func applying(_ corrections: [(from: String, to: String, range: Range<Int>)], to question: String) -> String {
        var bytes = Array(question.utf8)
        for c in corrections.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            bytes.replaceSubrange(c.range, with: Array(c.to.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func explain(_ tokens: [Token], _ plan: QueryPlan, _ statistics: [String: TermStatistics],
                         _ hits: [SearchHit], _ factors: [Int: (proximity: Double, coverage: Double)],
                         _ evidence: Evidence, _ abstention: String?) -> Explanation {
        let terms = plan.concepts.flatMap { concept in
            concept.alternatives.map { alt in
                // An expansion scored with its ubiquitous word's idf says so; so does a word
                // scored with its ubiquitous synonym's ("fibro" with "fibromyalgia"'s).
                let df = statistics[alt.term]?.documentFrequency ?? 0
                let capped = (statistics[alt.term]?.idf ?? 0) < searcher.scoring.idf(documentFrequency: df)
                func source() -> String {
                    alt.origin == .expanded ? concept.word
                        : concept.alternatives.filter { $0.origin == .expanded }.min { (statistics[$0.term]?.idf ?? 0) < (statistics[$1.term]?.idf ?? 0) }?.term ?? concept.word
                }
                return Explanation.Term(word: concept.word, term: alt.term,
                                        origin: capped ? "\(alt.origin.rawValue), idf of '\(source())'" : alt.origin.rawValue, weight: alt.weight,
                                        documentFrequency: df, idf: statistics[alt.term]?.idf ?? 0)
            }
        }
        let shown = hits.prefix(5).map { hit -> Explanation.Hit in
            let passage = try? library.reader.passage(hit.passage)
            let title = passage.flatMap { library.source($0.source) }?.title ?? "?"
            var parts = hit.contributions.map {
                String(format: "%@: idf %.3f × (tf %d → %.3f + heading bonus %.1f) × query weight %.2f = %.3f",
                       $0.term, $0.idf, Int($0.frequency), $0.frequencyWeight, $0.fieldBonus, $0.queryWeight, $0.score)
            }
            if let factor = factors[hit.passage] {
                if factor.proximity > 0 { parts.append(String(format: "proximity (question words side by side): + %.3f", factor.proximity)) }
                parts.append(String(format: "coverage (share of the question's weight): × %.3f", factor.coverage))
            }
            return .init(passage: hit.passage, title: title, section: passage?.section, score: hit.score, parts: parts)
        }
        return Explanation(
            analysed: tokens.map { $0.isStopWord ? "(\($0.word))" : $0.term },
            corrections: plan.corrections.map { "\($0.from) → \($0.to)" },
            expansions: plan.expansions, terms: terms, hits: shown,
            evidence: String(format: "covers %.2f of the question's weight (needs more than %.2f); %d distinctive match(es), %d unknown word(s)",
                             evidence.share, Self.minimumEvidence, evidence.distinctiveMatches, evidence.unknownWords),
            abstention: abstention)
    }
}
