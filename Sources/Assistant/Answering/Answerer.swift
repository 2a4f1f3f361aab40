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
    /// A further quote from another article than the best passage's needs this share instead:
    /// the best article has answered, and a far weaker match elsewhere is likelier a stray word.
    public static let otherArticleRelativeScore = 0.5
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

    /// Whether a term held by `documentFrequency` of `passages` is too common to tell passages
    /// apart (`ubiquitousShare`): the collection's subject, "fibromyalgia".
    static func isUbiquitous(documentFrequency: Int, passages: Int) -> Bool {
        Double(documentFrequency) / Double(max(1, passages)) > ubiquitousShare
    }

    /// The same against the collection as indexed now.
    func isUbiquitous(documentFrequency: Int) -> Bool {
        Self.isUbiquitous(documentFrequency: documentFrequency, passages: library.reader.passageCount)
    }
    /// For a question asking for a kind of fact ("when", "how long", "what is"), a passage whose
    /// best sentence states one has its score multiplied by this when quotes are ordered (a
    /// passage that holds the asked-for year or amount counts double).
    public static let answerTypeBoost = 2.0
    /// A passage's further excerpts rank at this share of its first, times the share of the
    /// question each covers against the first.
    public static let furtherExcerptFactor = 0.8
    /// Most excerpts quoted from one passage (a long passage may answer in several places).
    public static let excerptsPerPassage = 3
    /// The share instead when the further excerpt holds the question's most telling word and
    /// the first does not ("does ketamine treatment need to be repeated": the sentence on
    /// repeating is the passage's second best); still below the first.
    public static let tellingExcerptFactor = 0.9
    /// Passages considered for each quote shown (the answer-type boost may reorder them).
    public static let candidatesPerQuote = 3
    /// Best-scoring passages ranked for the answer, per quote shown (at least `shortlistMinimum`).
    public static let shortlistPerQuote = 4
    public static let shortlistMinimum = 12
    /// Passages searched beyond the shortlist, as a share of it, only to find one holding the
    /// question's most telling word when the shortlist's best misses it ("can nerve blocks help
    /// flexibility": the one line on flexibility scores below a dozen passages on nerve blocks).
    public static let keyPassageDepth = 2
    /// Such a passage must cover at least this share of the question: one scoring that low
    /// answers only when it holds nearly all of it.
    public static let keyPassageBelowShare = 0.75

    /// Only the first this many words of a question are analysed (a pasted page must not
    /// cost a lookup per word); the emergency check still reads the whole question.
    public static let maximumQuestionWords = 64

    public let library: Library
    /// Mechanisms switched off, to measure what each adds (empty in normal use).
    public let disabled: Set<Mechanism>
    let searcher: Searcher
    let analyzer = Analyzer()
    let corrector: LazyCorrector
    let lexicon: Lexicon
    let emergency: EmergencyDetector
    /// Stems of the acronyms the articles define: they name the same thing as the reader's words.
    let acronymTerms: Set<String>
    /// The terms of each article's title, by source id, analysed once.
    let titleTerms: [Int: Set<String>]
    /// The articles whose titles hold each title term, but for the terms every title shares
    /// ("fibromyalgia"): what `namesArticleSubject` looks up.
    let titleSources: [String: Set<Int>]
    /// Questions about diagnosing the reader or changing a treatment (`doctor-only.txt`).
    let doctorOnly: PhraseList
    public static let doctorOnlyFileName = "doctor-only.txt"

    public init(library: Library, without disabled: Set<Mechanism> = []) throws {
        self.library = library
        self.disabled = disabled
        searcher = Searcher(reader: library.reader)
        let analyzer = self.analyzer
        let acronyms = disabled.contains(.acronyms) ? [] : library.acronyms
        acronymTerms = Set(acronyms.compactMap { $0.split(separator: "|").first }.flatMap { analyzer.terms(String($0)) })
        titleTerms = Dictionary(library.sources.map { ($0.id, Set(analyzer.terms($0.title))) }, uniquingKeysWith: { a, _ in a })
        titleSources = Self.sourcesByTitleTerm(titleTerms)
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
        let typed = analyzer.tokens(trimmed)
        let readings = disabled.contains(.shorthand) ? [:] : Shorthand.readings(of: typed)
        let tokens = Shorthand.replacing(typed, with: readings, analyzer: analyzer)
        // The question as typed is checked too: a reading of shorthand must never hide a crisis
        // that a misspelling of its words shows ("I wih I could die").
        // So is the question with a crisis word's slips read as it ("i watn to dye"), which the
        // search never sees.
        if let match = emergency.match(tokens, of: trimmed, knowing: isWordOfTheArticles)
            ?? (readings.isEmpty ? nil : emergency.match(typed, of: trimmed, knowing: isWordOfTheArticles))
            ?? Shorthand.crisisReading(of: typed, analyzer: analyzer, knowing: isWordOfTheArticles)
                .flatMap({ emergency.match($0, of: trimmed, knowing: isWordOfTheArticles) }) {
            return Answer(question: question, status: .emergency, emergencyNotice: match.notice)
        }
        let readAs = readings.sorted { $0.key < $1.key }.map { "\(typed[$0.key].word) → \($0.value)" }
        do {
            // "what is dermatographism and how long does it last" asks two things: the quotes of
            // the second question's kind of fact take turns with the first's, each search giving
            // twice as many, so that quotes both find still leave `top` to show.
            let kind = disabled.contains(.compound) ? nil : Self.secondQuestionKind(tokens)
            let depth = kind == nil ? top : top * 2
            let first = try search(question, trimmed: trimmed, allTokens: tokens, readAs: readAs, top: depth)
            guard let kind, first.status == .answered else { return first }
            let second = try search(question, trimmed: trimmed, allTokens: tokens, readAs: readAs, top: depth, asking: kind)
            return first.takingTurns(with: second, top: top)
        } catch {
            return Answer(question: question, status: .noMatch,
                          lead: "The index could not be read: \(error.localizedDescription)", topics: coveredTopics().titles)
        }
    }

    /// True when the articles or the lexicon use `term`: a word in its own right, never taken
    /// for a misspelling of a safety phrase's word ("rash" is not "gash").
    func isWordOfTheArticles(_ term: String) -> Bool {
        lexicon.knows(term) || ((try? library.reader.documentFrequency(of: term)) ?? 0) > 0
    }

    /// A no-match answer lists the article titles when there are at most this many; a larger
    /// collection is only counted (`:topics` lists it all).
    public static let maximumListedTopics = 25

    /// What a no-match answer says the articles cover: their titles, or for a collection too
    /// large to list, a line counting them.
    func coveredTopics() -> (titles: [String], count: String?) {
        let count = library.articleCount
        guard count > Self.maximumListedTopics else { return (library.sources.map(\.title), nil) }
        return ([], "The articles cover \(count) topics; at the fibroqa prompt, :topics lists their titles.")
    }

    /// Every step after the emergency check: plan, search, evidence, and the quotes or the abstention.
    /// `readAs` lists the shorthand read as full words ("wat → what"), for the explanation.
    func search(_ question: String, trimmed: String, allTokens: [Token], readAs: [String], top: Int,
                asking kind: AnswerType? = nil) throws -> Answer {
        let lead = doctorOnly.firstMatch(in: allTokens, knowing: isWordOfTheArticles) == nil ? nil : Notices.onlyADoctor
        let (wrapper, tokens) = Self.splittingPoliteWrapper(Array(allTokens.prefix(Self.maximumQuestionWords)),
                                                             readingFeelings: !disabled.contains(.feelings))
        // A claim put to the test ("is it true that fibro symptoms can't be treated") asks yes or
        // no of the claim, which is no string of search words.
        let claim = Self.endsWithClaim(wrapper.map(\.word))
        // The question clause after a scene ("…, who actually does the injection"), found once.
        let clause = Self.questionClause(of: tokens, in: trimmed)
        // The question's form ("how long", "what happens") and its fillers are not searched.
        // A relative the question is asked for ("my wife's arm") stands for the reader.
        let relative = Self.relativeAskedFor(tokens)
        let searched = wrapper + Self.droppingInterrogatives(tokens, relative: relative)
        var plan = try makePlan(searched, askedFor: relative.map { tokens[$0.upperBound].range })
        if !disabled.contains(.preamble) {
            plan.questionStart = Self.questionStart(of: tokens, clause: clause, concepts: plan.concepts)
            plan.questionEnd = Self.questionEnd(of: tokens, in: trimmed, concepts: plan.concepts)
        }
        plan.setAside = Self.setAsideOffsets(tokens, in: trimmed)
        // The kind of fact asked for is read from the words as corrected: "side efects" asks for a
        // list; and from the question proper, without a sentence told after it.
        let asked = plan.questionEnd.map { end in Array(tokens.prefix { $0.range.lowerBound < end }) } ?? tokens
        let answerType = disabled.contains(.answerType) ? .none
            : kind ?? Self.answerType(of: Self.correcting(asked, with: plan.corrections),
                                      clause: clause.flatMap { $0 < asked.count ? $0 : nil }, claim: claim)
        let measured = try Dictionary(searcher.statistics(Array(Set(plan.queryTerms.map(\.term)))).map { ($0.term, $0) },
                                      uniquingKeysWith: { a, _ in a })
        let passageCount = library.reader.passageCount
        // The evidence for answering still counts "fibro" as the reader's word; ranking does not.
        let evidenceStatistics = Self.cappingSynonymsOfUbiquitousWords(plan, measured, passages: passageCount,
                                                                        relatives: lexicon.relatives(ofWord:))
        let statistics = Self.cappingSynonymsOfTheSubject(plan, evidenceStatistics, passages: passageCount,
                                                          relatives: lexicon.relatives(ofWord:))
        let shortlist = max(top * Self.shortlistPerQuote, Self.shortlistMinimum)
        let searchedDeeper = plan.concepts.isEmpty ? []
            : try searcher.search(plan.queryTerms(idf: statistics.mapValues(\.idf)), limit: shortlist * Self.keyPassageDepth)
        let found = Array(searchedDeeper.prefix(shortlist))
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
        func rank(_ hits: ArraySlice<SearchHit>) throws -> [(SearchHit, Evidence)] {
            try hits.map { hit -> (SearchHit, Evidence) in
                let e = measureEvidence(plan, hit: hit, statistics: evidenceStatistics)
                let coverage = disabled.contains(.coverage) ? 1 : Self.coverageFloor + (1 - Self.coverageFloor) * e.share
                let near = disabled.contains(.proximity) ? 0 : try proximity(plan, in: hit, statistics: statistics, read: stored)
                factors[hit.passage] = (near, coverage)
                let elsewhere = named.map { !$0.contains(hit.passage) } ?? false
                let score = (hit.score + near) * coverage * (elsewhere ? Self.unnamedArticleFactor : 1)
                return (SearchHit(passage: hit.passage, score: score, contributions: hit.contributions), e)
            }.sorted { $0.0.score != $1.0.score ? $0.0.score > $1.0.score : $0.0.passage < $1.0.passage }
        }
        var ranked = try rank(found[...])
        var placed: [Int: Int] = [:]
        // The passages below the shortlist are read and ranked only when a stage looks there.
        var rankedBelowShortlist: [(SearchHit, Evidence)]?
        // Passages brought up from below the shortlist into it (by the ordering within an article).
        var promoted: Set<Int> = []
        func rankedBelow() throws -> [(SearchHit, Evidence)] {
            if let rankedBelowShortlist { return rankedBelowShortlist }
            let below = searchedDeeper.dropFirst(shortlist).filter { !promoted.contains($0.passage) }
            let made = try rank(below[...]).filter { $0.1.share >= Self.keyPassageBelowShare }
            rankedBelowShortlist = made
            return made
        }
        // Within the best passage's article, the question's words its title holds weigh less in
        // putting its passages in order: there every passage is about them.
        var subject: Set<String> = []
        if !disabled.contains(.subjectWords), let first = ranked.first {
            let source = try stored(first.0.passage).source
            subject = subjectTerms(plan, statistics: statistics, title: titleTerms[source] ?? [])
            let ids = subject.isEmpty ? [] : try library.reader.passageIDs(ofSource: source)
            if let low = ids.first, let high = ids.last {
                let range = low..<(high + 1)
                // Only the article's own passages below the shortlist are read and ranked here.
                let below = try rank(searchedDeeper.dropFirst(shortlist).filter { range.contains($0.passage) }[...])
                    .filter { $0.1.share >= Self.keyPassageBelowShare }
                let searchScores = Dictionary(searchedDeeper.lazy.filter { range.contains($0.passage) }.map { ($0.passage, $0.score) },
                                              uniquingKeysWith: { a, _ in a })
                (ranked, placed) = Self.orderingWithin(ranked, named: range, subject: subject, searchScores: searchScores, below: below)
                promoted = Set(placed.keys).intersection(below.map(\.0.passage))
            }
        }
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
                func passes(_ candidate: (SearchHit, Evidence)) throws -> Bool {
                    try Self.abstention(weighing: candidate.1, concepts: plan.concepts.count) == nil
                        && Self.holds(candidate.0, key) && article(of: candidate.0) == best
                }
                var passing = try ranked.filter(passes)
                if passing.isEmpty { passing = try rankedBelow().filter(passes) }
                if let answering = passing.first {
                    evidence = answering.1
                    hits = passing.map { $0.0 }
                    break
                }
            }
        } else if !disabled.contains(.keyPassage), let first = ranked.first,
                  let key = keyTerms.first, !Self.holds(first.0, key) {
            let best = try article(of: first.0)
            func isBetter(_ candidate: (SearchHit, Evidence)) throws -> Bool {
                try candidate.1.share > first.1.share && Self.holds(candidate.0, key) && article(of: candidate.0) == best
            }
            if let better = try ranked.first(where: isBetter) ?? rankedBelow().first(where: isBetter) {
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
                   && Self.abstention(weighing: candidate.1, concepts: plan.concepts.count, lenient: true) == nil
           }) {
            evidence = rescue.1
            hits = Self.tradingPlaces(hits, first, rescue.0)
        }
        var abstention: String?
        if plan.concepts.isEmpty {
            abstention = "the question has no searchable words"
        } else if tokens.allSatisfy({ !$0.word.contains(where: \.isLetter) }), tokens.count > Set(tokens.map(\.word)).count {
            // "8 8 8 8": one figure typed over and over is keys struck, not a question (a
            // figure alone, "1987", may look up what the articles say of it).
            abstention = "the question repeats a number and has no words"
        } else if hits.isEmpty {
            abstention = "no passage contains any of the searched terms"
        } else if !disabled.contains(.evidence) {
            // A word split in two ("daylight" → "day light") is a guess: it earns no leniency.
            let split = plan.corrections.contains { !$0.from.contains(" ") && $0.to.contains(" ") }
            abstention = Self.abstention(weighing: evidence, concepts: plan.concepts.count, lenient: !split)
            if abstention == nil, let subject = try unknownSubject(of: tokens, plan: plan, claim: claim) {
                abstention = "the question is about '\(subject)', which the articles never mention"
            }
        }
        var quotes: [Quote] = []
        var quoteRanks: [Explanation.QuoteRank] = []
        if abstention == nil, let best = hits.first {
            let weights = Self.excerptWeights(plan, statistics: statistics)
            let concepts = Self.excerptConcepts(plan, statistics: statistics)
            let selector = ExcerptSelector(analyzer: analyzer, demotesAnnouncements: !disabled.contains(.announcements),
                                           choosesSentences: !disabled.contains(.sentences),
                                           contextLength: disabled.contains(.context) ? 0 : ExcerptSelector.contextLength)
            let named = Self.definitionSubjects(Self.correcting(asked, with: plan.corrections), plan: plan, acronyms: acronymTerms)
            // "what is it like to have an infusion" names its subject after "like": any searched word will do.
            let subjects: Set<String>? = answerType == .description && named.isEmpty ? nil : named
            var candidates: [RankedQuote] = []
            let tellingTerms = keyTerms.first ?? []
            // The question's own words that the best passage's title holds: the article it names.
            let questionTerms = Set(plan.concepts.flatMap { $0.alternatives.filter { $0.origin != .expanded }.map(\.term) })
            let bestSource = try stored(best.passage).source
            let namedArticle = (titleTerms[bestSource] ?? []).intersection(questionTerms)
            let aspect = answerType == .list ? Self.aspectTerms(plan) : []
            let phrases = disabled.contains(.phrases) ? [] : Self.phrases(plan)
            var measured = Dictionary(ranked.map { ($0.0.passage, $0.1) }, uniquingKeysWith: { a, _ in a })
            for (hit, e) in rankedBelowShortlist ?? [] where measured[hit.passage] == nil { measured[hit.passage] = e }
            for hit in hits.prefix(top * Self.candidatesPerQuote) where hit.score >= best.score * Self.minimumRelativeScore {
                let passage = try stored(hit.passage)
                // Another article's passage far below the best ("my wife has fibromyalgia, will our
                // daughter get it too": the epidural's "woman") is a stray word's match.
                if passage.source != bestSource, hit.score < best.score * Self.otherArticleRelativeScore { continue }
                // Another article's passage that matches only everyday words of the question ("year",
                // "now"), where the best matches telling words and covers more of the question, says
                // nothing of what was asked: it is no further quote.
                if hit.passage != best.passage, passage.source != bestSource, let e = measured[hit.passage], e.share < evidence.share,
                   evidence.distinctiveMatches > evidence.everydayMatches, e.distinctiveMatches == e.everydayMatches { continue }
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
                // heading names that aspect: the disadvantages' list does not. "Below we will
                // examine the ways blood donations can help …" under the heading "Advantages of
                // Donating Blood" announces the very list asked for, when the title and heading
                // name all that was asked ("the mental health benefits" have a heading of their own).
                let announcesTheAspect = !aspect.isEmpty && !aspect.isDisjoint(with: sectionTerms)
                    && plan.concepts.allSatisfy { concept in concept.alternatives.contains { topic.contains($0.term) } }
                func factors(_ excerpt: Excerpt) -> (Double, [String]) {
                    Self.rankFactors(of: excerpt, elsewhere: elsewhere, aspect: aspect, sectionTerms: sectionTerms,
                                     announcesTheAspect: announcesTheAspect, demotesAnnouncements: !disabled.contains(.announcements))
                }
                let passageScore = String(format: "passage score %.3f", hit.score)
                let (firstFactor, firstParts) = factors(excerpt)
                candidates.append((quote(excerpt), hit.score * firstFactor, [passageScore + ", its best excerpt"] + firstParts))
                for next in excerpts.dropFirst() where excerpt.score > 0 {
                    // Never above the passage's own best: that one was chosen first for a reason
                    // (a stated answer, say) that the bare fragment scores do not show.
                    let share = min(1, next.score / excerpt.score)
                    // It holds the question's most telling word, which the first lacks: the
                    // passage answers there as much as in its first quote.
                    let telling = !next.terms.isDisjoint(with: tellingTerms) && excerpt.terms.isDisjoint(with: tellingTerms)
                    let factor = telling ? Self.tellingExcerptFactor : Self.furtherExcerptFactor
                    let (nextFactor, nextParts) = factors(next)
                    let parts = [passageScore + ", a further excerpt",
                                 String(format: "its sentences' worth against the best excerpt's: × %.3f", share),
                                 String(format: telling ? "holds the question's most telling word, which the best lacks: × %.1f"
                                                        : "a further excerpt of the passage: × %.1f", factor)] + nextParts
                    candidates.append((quote(next), hit.score * share * factor * nextFactor, parts))
                }
            }
            var ranked = Array(candidates.sorted {
                ($0.rank, -$0.quote.passage, -$0.quote.range.range.lowerBound) > ($1.rank, -$1.quote.passage, -$1.quote.range.range.lowerBound)
            })
            if answerType == .list, !disabled.contains(.listItems) { ranked = following(ranked, withItemsOf: selector, reading: stored) }
            ranked = Array(ranked.prefix(top))
            quotes = ranked.map(\.quote)
            quoteRanks = ranked.map { Explanation.QuoteRank(passage: $0.quote.passage, rank: $0.rank, parts: $0.parts) }
        }
        var explanation = explain(searched, readAs, plan, statistics, hits, factors, evidence, abstention, asking: answerType,
                                  placed: placed, subject: subject)
        explanation.quotes = quoteRanks
        if quotes.isEmpty {
            let covered = coveredTopics()
            return Answer(question: question, status: .noMatch, lead: lead ?? covered.count,
                          corrected: corrected, topics: covered.titles, explanation: explanation)
        }
        return Answer(question: question, status: .answered, quotes: quotes, lead: lead,
                      corrected: corrected, topics: [], explanation: explanation)
    }
}
