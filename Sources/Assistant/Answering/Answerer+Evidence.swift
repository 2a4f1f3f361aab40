import Foundation
import Retrieval

// The evidence for answering: how much of the question the best passages cover, which passage
// holds its most telling words, and the subjects the articles never mention.
extension Answerer {
    /// `hits` with `best` and `better` trading places, scores included, so the quotes follow.
    static func tradingPlaces(_ hits: [SearchHit], _ best: SearchHit, _ better: SearchHit) -> [SearchHit] {
        let promoted = SearchHit(passage: better.passage, score: best.score, contributions: better.contributions)
        let demoted = SearchHit(passage: best.passage, score: better.score, contributions: best.contributions)
        var traded = hits.map { $0.passage == better.passage ? demoted : $0.passage == best.passage ? promoted : $0 }
        // A better passage found below the shortlist takes the first place; the best follows it.
        if !hits.contains(where: { $0.passage == better.passage }) { traded.insert(demoted, at: min(1, traded.count)) }
        return traded
    }

    /// Distinctive matches (words side by side counting once) a lenient question needs per word
    /// from elsewhere it holds, more than this many.
    static let matchesPerUnknownWord = 2

    /// The passage ids of the one article whose title the question names by its own telling
    /// words ("nerve block"), when one of the `found` passages is from it; nil when no article
    /// or several are named. Passages of other articles answer only the question's side words.
    func namedPassages(_ plan: QueryPlan, statistics: [String: TermStatistics], found: [SearchHit]) throws -> Range<Int>? {
        let own = Set(plan.concepts.flatMap { $0.alternatives.filter { $0.origin == .question || $0.origin == .corrected }.map(\.term) })
        let telling = own.filter { (statistics[$0]?.idf ?? 0) >= Self.namingIDF }
        let naming = titleTerms.filter { !$0.value.isDisjoint(with: telling) }.keys
        guard naming.count == 1, let source = naming.first else { return nil }
        let ids = try library.reader.passageIDs(ofSource: source)
        guard let first = ids.first, let last = ids.last else { return nil }
        let range = first..<(last + 1)
        return found.contains { range.contains($0.passage) } ? range : nil
    }

    /// The terms searched only for the question's words that `title` (the best passage's
    /// article's) holds ("nerve", "block" and their synonyms in "is a nerve block painful"),
    /// when one of them is telling and the question asks more than them; empty otherwise.
    func subjectTerms(_ plan: QueryPlan, statistics: [String: TermStatistics], title: Set<String>) -> Set<String> {
        let owns = plan.concepts.map { concept -> String? in
            guard let own = concept.alternatives.first, own.origin == .question || own.origin == .corrected else { return nil }
            return own.term
        }
        let telling = Set(owns.compactMap { $0 }.filter { (statistics[$0]?.idf ?? 0) >= Self.namingIDF })
        guard !title.isDisjoint(with: telling) else { return [] }
        let names = owns.map { $0.map(title.contains) ?? false }
        guard names.contains(false) else { return [] }
        let subject = zip(plan.concepts, names).filter { $1 }.flatMap { $0.0.alternatives.map(\.term) }
        let others = zip(plan.concepts, names).filter { !$1 }.flatMap { $0.0.alternatives.map(\.term) }
        return Set(subject).subtracting(others)
    }

    /// `ranked` with the passages of the best passage's article (`named`) put in order among
    /// themselves as if its `subject` terms weighed `subjectWeight` of their own: there every
    /// passage is about the subject, so the question's other words should decide. They take the
    /// places (and scores) the article's passages held, so other articles keep theirs; its
    /// passages ranked `below` the shortlist compete for those places too. Also returns, for
    /// each passage moved, the passage whose place it took.
    static func orderingWithin(_ ranked: [(SearchHit, Evidence)], named: Range<Int>, subject: Set<String>,
                               searchScores: [Int: Double], below: [(SearchHit, Evidence)] = []) -> (ranked: [(SearchHit, Evidence)], placed: [Int: Int]) {
        let slots = ranked.indices.filter { named.contains(ranked[$0].0.passage) }
        guard !slots.isEmpty, slots.count + below.count > 1, !subject.isEmpty else { return (ranked, [:]) }
        // The share of its score a passage keeps with the subject's terms weighed down.
        func kept(_ hit: SearchHit) -> Double {
            let own = searchScores[hit.passage] ?? 0
            guard own > 0 else { return hit.score }
            let naming = hit.contributions.filter { subject.contains($0.term) }.map(\.score).reduce(0, +)
            return hit.score * (own - (1 - subjectWeight) * naming) / own
        }
        let order = (slots.map { ranked[$0] } + below).map { ($0, kept($0.0)) }.sorted {
            $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.0.passage < $1.0.0.passage
        }.map(\.0)
        var result = ranked
        var placed: [Int: Int] = [:]
        for (slot, entry) in zip(slots, order) where entry.0.passage != ranked[slot].0.passage {
            placed[entry.0.passage] = ranked[slot].0.passage
            result[slot] = (SearchHit(passage: entry.0.passage, score: ranked[slot].0.score, contributions: entry.0.contributions), entry.1)
        }
        return (result, placed)
    }

    /// The share of their weight the words naming the article have in ordering its passages.
    static let subjectWeight = 0.4

    /// A title word the question uses names its article when at least this telling.
    static let namingIDF = 1.2

    /// Passages of other articles than the one the question names count this share.
    static let unnamedArticleFactor = 0.8

    /// Why the best passage's `evidence` is too weak to quote, or nil when it is enough. A
    /// question whose every word the collection knows and that matches two distinctive words
    /// may be `lenient`ly covered down to `lenientEvidence`.
    static func abstention(weighing evidence: Evidence, concepts: Int, lenient: Bool = false) -> String? {
        if evidence.distinctiveMatches == 0, evidence.matchedWords < concepts {
            return "the best passage matches only words found nearly everywhere"
        }
        // A corrected word is a guess: alone among words the passage does not match, it is no
        // evidence ("recommend a movie for tonight" is not about being able to "move"), nor is
        // it beside everyday words only ("the one about the football score": "score" read as "sore").
        // Two corrected words found in one passage bear each other out ("how do i stopp brusing
        // after donatin").
        if evidence.correctedWords == 1, evidence.correctedMatches >= evidence.distinctiveMatches - evidence.everydayMatches,
           evidence.unmatchedWords > 0 {
            return "its only distinctive match is a corrected word, among \(evidence.unmatchedWords) word(s) the passage does not match"
        }
        // "how many days are in a leap year": a day and a year are in the articles, but say
        // nothing of what they are about; nor does a question of everyday words alone ("said").
        if evidence.distinctiveMatches > 0, evidence.everydayMatches == evidence.distinctiveMatches,
           evidence.matchedWords < concepts || evidence.everydayMatches == concepts {
            return "the best passage matches only everyday words, among words it does not match"
        }
        if evidence.unknownWords > 0, evidence.unknownWords >= evidence.distinctivePhrases {
            return "the question has \(evidence.unknownWords) word(s) the articles never use, and only \(evidence.distinctivePhrases) distinctive match(es) (words side by side counting once)"
        }
        // A story around the question may hold a word or two from elsewhere ("in the car on the way
        // home"): leniency still holds where distinctive matches far outnumber them.
        let outnumbered = evidence.unknownWords == 0 || evidence.distinctivePhrases > Self.matchesPerUnknownWord * evidence.unknownWords
        let needed = !lenient || !outnumbered || evidence.distinctiveMatches < 2 ? minimumEvidence
            : evidence.unknownWords > 0 ? lenientEvidence
            : evidence.distinctiveMatches >= Self.manyMatches ? manyMatchEvidence : lenientEvidence
        // A question set after a scene ("I was diagnosed last year and my daughter aches too, so I'm
        // wondering whether it can be passed on") is carried by the question proper: covered well,
        // with the scene borne out by a distinctive match of its own, the scene's other words
        // need not be.
        if lenient, evidence.properShare > minimumEvidence, evidence.sceneMatches > 0, evidence.share > manyMatchEvidence {
            return nil
        }
        // A passage matching every word of the question that names something, at least one by
        // the reader's own word, is not refused for the everyday words around them ("what are
        // epigenetic changes", "where did the epigenetics explanation come from").
        let share = evidence.answeringShare
        if share <= needed {
            return String(format: "the best passage covers %.0f%% of the question's weight, not more than %.0f%%",
                          share * 100, needed * 100)
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
            // An everyday verb or noun ("keep", "ask", "day") names no subject: it is no telling
            // word (a plain quality may be: "how quickly do nerve blocks work").
            if CommonWords.namesNothingAsked(concept.word) { continue }
            if let stats = statistics[own.term], stats.documentFrequency > 0 {
                found.append(([own.term], stats.idf, own.term))
                continue
            }
            // Whole synonyms first. A part of a phrase ("therapy" of "therapy machines") holds
            // the word only when no one-word synonym is in the articles and the phrase is the
            // word's own ("physio": "physical therapy"), not one the question's words make
            // together ("vibration plate", whose synonyms both words search).
            func standIns(weighing least: Double) -> [QueryPlan.Alternative] {
                concept.alternatives.filter {
                    $0.origin == .expanded && $0.weight >= least && (statistics[$0.term]?.documentFrequency ?? 0) > 0
                }
            }
            let whole = standIns(weighing: QueryPlan.standInWeight)
            let others = Set(plan.concepts.filter { $0.position != concept.position }.flatMap { $0.alternatives.map(\.term) })
            let standIns = !whole.isEmpty ? whole
                : standIns(weighing: QueryPlan.standInWeight * QueryPlan.phrasePartFactor - 1e-9).filter { !others.contains($0.term) }
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
        /// The typed words those come from: a word split in two ("homework" read as "home work")
        /// is one guess.
        var correctedWords = 0
        /// Question words (stop words aside) the passage does not match, known or not.
        var unmatchedWords = 0
        /// The share of the question proper, after a scene, alone; 0 when there is no scene.
        var properShare = 0.0
        /// Distinctive matches of the scene's words by the words themselves (not their synonyms).
        var sceneMatches = 0
        /// The share with everyday words weighing no more than unseen ones, where the passage
        /// matches every word naming something (one at least by the reader's own word); 0 where
        /// it does not.
        var shareBesideATellingWord = 0.0
        /// The share that decides whether to answer: the better of the two where no word is
        /// unknown or a corrected guess, else `share`.
        var answeringShare: Double {
            unknownWords == 0 && correctedWords == 0 ? max(share, shareBesideATellingWord) : share
        }
    }

    /// A scene with at least this many words the articles never use, and none they do, is
    /// from elsewhere: its words count against answering as the question's own would.
    static let foreignSceneWords = 2

    /// Parts of the body where a symptom is felt (not the skin, face or back, which the articles
    /// discuss as such).
    static let bodyParts: Set<String> = [
        "hand", "hands", "leg", "legs", "arm", "arms", "foot", "feet", "knee", "knees", "hip", "hips", "finger", "fingers",
        "toe", "toes", "wrist", "wrists", "ankle", "ankles", "elbow", "elbows", "shoulder", "shoulders", "neck",
    ]
    /// Distinctive matches, everyday words aside, after which an everyday word the articles use,
    /// matched or not, weighs only as much as one they never use.
    static let tellingMatchesOutweighingEverydayWords = 2

    /// True for a concept made of a phrase of small words only ("how do I know if"), which
    /// searches through its expansions alone.
    static func isSmallWordPhrase(_ concept: QueryPlan.Concept) -> Bool {
        concept.alternatives.allSatisfy { $0.origin == .expanded }
            && concept.word.split(separator: " ").count >= minimumSmallWordPhrase
    }

    /// What a body part weighs in the scaled share of the evidence.
    static let bodyPartWeight = 0.5

    /// The weight of a question's words and the part a passage covers, counted three ways: every
    /// word in full, a scene's words scaled down, and the question proper's words alone.
    struct EvidenceTally {
        var total = 0.0, covered = 0.0
        var scaledTotal = 0.0, scaledCovered = 0.0
        var properTotal = 0.0, properCovered = 0.0

        /// Counts a word of `weight`, of which the passage covers `part`, scaled by `scale` in
        /// the scaled count and counted in the proper's when `proper`.
        mutating func add(weight: Double, covered part: Double, scale: Double, proper: Bool) {
            total += weight
            covered += part
            scaledTotal += weight * scale
            scaledCovered += part * scale
            if proper {
                properTotal += weight
                properCovered += part
            }
        }

        /// Takes `other`'s counts away from these.
        mutating func subtract(_ other: EvidenceTally) {
            total -= other.total
            covered -= other.covered
            scaledTotal -= other.scaledTotal
            scaledCovered -= other.scaledCovered
            properTotal -= other.properTotal
            properCovered -= other.properCovered
        }

        /// The better of the full and the scaled share covered.
        var share: Double { max(total > 0 ? covered / total : 0, scaledTotal > 0 ? scaledCovered / scaledTotal : 0) }
        /// The share of the question proper covered.
        var properShare: Double { properTotal > 0 ? properCovered / properTotal : 0 }
    }

    /// Measures how much of the question `hit` covers, weighting each word by its rarity.
    func measureEvidence(_ plan: QueryPlan, hit: SearchHit, statistics: [String: TermStatistics]) -> Evidence {
        let matched = Set(hit.contributions.map(\.term))
        let unseenIDF = searcher.scoring.idf(documentFrequency: 0)
        let passages = max(1, library.reader.passageCount)
        var result = Evidence()
        // The share counting every word in full, and counting a preamble's words at a lesser
        // weight: the evidence is the better of the two, so a well-covered scene still counts.
        var tally = EvidenceTally()
        var correctedAt: Set<Int> = []
        var distinctiveWords: [(position: Int, terms: Set<String>)] = []
        var sceneUnknown = 0, sceneMatched = 0
        // What everyday words the articles use weigh above an unseen everyday word.
        var everydayExcess = EvidenceTally()
        // Words naming something (not everyday words, body parts or the collection's subject)
        // that the passage does not match, and those it matches by the reader's own word.
        var namingUnmatched = 0, ownTellingMatches = 0
        let subjectNamed = !disabled.contains(.evidence) && namesArticleSubject(plan, matched: matched)
        for concept in plan.concepts {
            let inScene = plan.isInScene(concept.offset)
            // A word of the question proper beside a scene also counts in the proper's own share.
            let inProper = plan.hasScene && !inScene
            // Where on the body a symptom is felt ("my hands go numb") seldom stands in the
            // passage telling of the symptom: it weighs half, as a scene's words do.
            let scale = (inScene ? Self.preambleWeight : 1) * (Self.bodyParts.contains(concept.word) ? Self.bodyPartWeight : 1)
            let known = concept.alternatives.filter { (statistics[$0.term]?.documentFrequency ?? 0) > 0 }
            // A corrected word is a guess, which names something if anything ("tides" read as "times").
            let naming = !CommonWords.contains(concept.word) && !Self.bodyParts.contains(concept.word)
                || concept.alternatives.first?.origin == .corrected
            guard !known.isEmpty else {
                if naming { namingUnmatched += 1 }
                // A word of the lay vocabulary whose lines reach the articles' words ("face", beside
                // "cheeks" and "rosacea") is the reader's way of saying something the articles put
                // otherwise: no evidence either way. One whose lines reach nothing in them ("price",
                // "cost") counts against answering, like a word from elsewhere.
                if concept.alternatives.contains(where: { $0.origin == .question && lexicon.knows($0.term) }),
                   concept.alternatives.contains(where: { ownLexiconReachesTheArticles($0.term) }) { continue }
                // An everyday word ("ask", "count", "connected") or a figure the articles do not
                // give beside words ("I'm 25", "10 minutes"; not "3.14159" alone) is no sign of
                // another subject, but the question asks it all the same: it weighs a little in
                // the share covered.
                result.unmatchedWords += 1
                // A slip from a stop word is one only if no lexicon line knows the word ("cost" is
                // one, not a slip for "most"), nor is an everyday word ("dogs" is no "does").
                let slip = CommonWords.isSlipOfAFrameWord(concept.word) && !EverydayWords.contains(concept.word)
                    && !concept.alternatives.contains { lexicon.knows($0.term) }
                // Beside an article's subject named in full ("can I play tennis the evening after I
                // donate blood"), an everyday word from elsewhere says what the reader does around
                // it, as a short one is more likely a slip ("fir a nerve block") than a subject. Not
                // a longer one ("can I donate blood if I have a tattoo"), nor a word the lexicon
                // groups with others, which asks for what the articles do not give ("how much does
                // a ketamine infusion cost").
                let aside = subjectNamed
                    && (EverydayWords.contains(concept.word) || concept.word.count <= SpellingCorrector.minimumLength)
                    && !concept.alternatives.contains { !lexicon.relatives(ofWord: $0.term).isEmpty }
                let everyday = CommonWords.contains(concept.word) || slip || aside
                    || concept.word.allSatisfy(\.isNumber) && plan.concepts.contains { !$0.word.allSatisfy(\.isNumber) }
                if !disabled.contains(.evidence), concept.alternatives.contains(where: { $0.origin == .question }) && everyday {
                    tally.add(weight: unseenIDF * Self.commonWordWeight, covered: 0, scale: scale, proper: inProper)
                    continue
                }
                // A word from elsewhere in the scene set before the question ("my cousin swears
                // by her chiropractor, what does vibration therapy do") is no sign of a question
                // from elsewhere.
                if inScene { sceneUnknown += 1 } else { result.unknownWords += 1 }
                tally.add(weight: unseenIDF * Self.unknownWordWeight, covered: 0, scale: scale, proper: inProper)
                continue
            }
            var idf = known.filter { $0.origin != .expanded && $0.origin != .derived }.compactMap { statistics[$0.term]?.idf }.max()
                ?? known.compactMap { statistics[$0.term]?.idf }.max() ?? 0
            // A word naming what is asked of the subject ("the signs of rosacea") is as rare as its
            // commonest synonym ("symptoms"): a rare wording of it must not outweigh the subject.
            // So is a word judging it ("is rosacea dangerous", "is a nerve block safe"): the
            // question is about rosacea, asked whether it is dangerous. So is a phrase of small
            // words that asks for something of its own ("how do I know if I have rosacea").
            if AnswerType.namesAnAspect(concept.word) || AnswerType.judges(concept.word) || Self.isSmallWordPhrase(concept) {
                let synonyms = known.filter { $0.origin == .expanded && $0.weight >= QueryPlan.expandedWeight }
                idf = min(idf, synonyms.compactMap { statistics[$0.term]?.idf }.min() ?? idf)
            }
            let hits = known.filter { matched.contains($0.term) }
            let coverage = hits.map { $0.origin == .expanded || $0.origin == .derived ? Self.expandedEvidence : 1 }.max() ?? 0
            let distinctive = hits.contains {
                !Self.isUbiquitous(documentFrequency: statistics[$0.term]?.documentFrequency ?? 0, passages: passages)
            }
            if distinctive {
                result.distinctiveMatches += 1
                if inScene, hits.contains(where: { $0.origin == .question || $0.origin == .corrected }) { result.sceneMatches += 1 }
                // Only the everyday word itself says nothing: a phrase around it ("first described")
                // may name a subject of its own ("definition").
                if CommonWords.contains(concept.word), hits.contains(where: { $0.origin != .expanded }) { result.everydayMatches += 1 }
                distinctiveWords.append((concept.position, Set(hits.map(\.term))))
                // A corrected word's synonyms are no surer than the correction itself.
                if concept.alternatives.first?.origin == .corrected {
                    result.correctedMatches += 1
                    correctedAt.insert(concept.offset)
                }
            }
            if hits.isEmpty { result.unmatchedWords += 1 } else { result.matchedWords += 1 }
            let subject = known.allSatisfy {
                Self.isUbiquitous(documentFrequency: statistics[$0.term]?.documentFrequency ?? 0, passages: passages)
            }
            if naming, hits.isEmpty, !subject { namingUnmatched += 1 }
            if naming, distinctive, hits.contains(where: { $0.origin == .question }) { ownTellingMatches += 1 }
            if inScene, !hits.isEmpty { sceneMatched += 1 }
            // A corrected word the passage does not match is only a guess at a word from elsewhere.
            let guessed = hits.isEmpty && concept.alternatives.first?.origin == .corrected
            let weight = guessed ? max(idf, unseenIDF * Self.unknownWordWeight) : idf
            if !disabled.contains(.evidence), CommonWords.contains(concept.word) {
                let excess = max(0, weight - unseenIDF * Self.commonWordWeight)
                everydayExcess.add(weight: excess, covered: excess * coverage, scale: scale, proper: inProper)
            }
            tally.add(weight: weight, covered: idf * coverage, scale: scale, proper: inProper)
        }
        // An everyday word the articles happen to use ("left", "show", "people"), matched or
        // not, weighs no more than one they never use once the passage matches two telling
        // words: "my towel left welts on my back" is about the towel and the welts. With one
        // telling word, only in deciding whether to answer, and only where the passage
        // matches every word that names something.
        var besideTelling = tally
        besideTelling.subtract(everydayExcess)
        if result.distinctiveMatches - result.everydayMatches >= Self.tellingMatchesOutweighingEverydayWords {
            tally = besideTelling
        }
        if ownTellingMatches > 0, namingUnmatched == 0 { result.shareBesideATellingWord = besideTelling.share }
        result.properShare = tally.properShare
        // A scene wholly from elsewhere ("I'm going to Italy in June. What should I pack?"), of
        // several words the articles never use and none they do, sets the question there too,
        // unless it is told after a question proper well covered on its own ("how long does
        // the whole donation take? I only have a lunch break").
        let toldAfter = plan.questionStart == nil && plan.questionEnd != nil
        if sceneUnknown >= Self.foreignSceneWords, sceneMatched == 0, !toldAfter || result.properShare <= Self.minimumEvidence {
            result.unknownWords += sceneUnknown
        }
        result.correctedWords = correctedAt.count
        result.share = tally.share
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

    /// What the question's neighbouring words standing close in `hit`'s passage add to its score,
    /// and its synonyms of several words found whole ("done again" for "twice"): the difference
    /// between their parts' weight and a one-word synonym's.
    func proximity(_ plan: QueryPlan, in hit: SearchHit, statistics: [String: TermStatistics],
                   read: (Int) throws -> StoredPassage) throws -> Double {
        let concepts = plan.concepts.sorted { $0.position < $1.position }
        let matched = Set(hit.contributions.filter { $0.frequency > 0 }.map(\.term))
        // Where each term stands among the passage's content words, worked out when first needed.
        var analysed: [String: [Int]]?
        func positions() throws -> [String: [Int]] {
            if let analysed { return analysed }
            var found: [String: [Int]] = [:]
            for (index, token) in analyzer.tokens(try read(hit.passage).text).filter({ !$0.isStopWord }).enumerated() {
                found[token.term, default: []].append(index)
            }
            analysed = found
            return found
        }
        var bonus = 0.0
        if !disabled.contains(.wholePhrases) {
            // Only for a word the articles never use, which its synonyms alone can match.
            for concept in concepts where concept.alternatives.allSatisfy({ $0.origin == .expanded || (statistics[$0.term]?.documentFrequency ?? 0) == 0 }) {
                let whole = try concept.phrases.filter { $0.allSatisfy(matched.contains) }.filter { phrase in
                    let places = try positions()
                    return (places[phrase[0]] ?? []).contains { p in phrase.indices.allSatisfy { places[phrase[$0]]?.contains(p + $0) == true } }
                }
                bonus += whole.map { phrase in
                    phrase.reduce(0.0) { sum, term in
                        let part = concept.alternatives.first { $0.term == term }?.weight ?? 0
                        let contribution = hit.contributions.first { $0.term == term }?.score ?? 0
                        return part > 0 ? sum + contribution * (1 / QueryPlan.phrasePartFactor - 1) : sum
                    }
                }.max() ?? 0
            }
        }
        guard concepts.count > 1 else { return bonus }
        for (a, b) in zip(concepts, concepts.dropFirst()) {
            let first = a.alternatives.filter { matched.contains($0.term) }
            let second = b.alternatives.filter { matched.contains($0.term) }
            guard !first.isEmpty, !second.isEmpty else { continue }
            let places = try positions()
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
    /// newborns, "is coffee good for your heart" about coffee; or such an `unknownObject`. A
    /// `claim` (the question a claim wrapper wraps) opens with its subject. Nil otherwise.
    func unknownSubject(of tokens: [Token], plan: QueryPlan, claim: Bool = false) throws -> String? {
        if let object = try unknownObject(of: tokens, plan: plan) { return object }
        guard let opening = tokens.first else { return nil }
        let verb: Int
        if claim {
            // A claim put to the test opens with its subject: "(is it true that) goldfish have a
            // three second memory" is about goldfish.
            verb = -1
        } else if Self.subjectAuxiliaries.contains(opening.word) || Self.openingCopulas.contains(opening.word) {
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
    func isUnknown(_ token: Token, plan: QueryPlan) throws -> Bool {
        // A figure in words ("is four hours of sleep enough") is no subject, as one in digits is not.
        guard !token.isStopWord, !CommonWords.contains(token.word), token.word.allSatisfy(\.isLetter), !AnswerType.isNumber(token.word),
              plan.concepts.contains(where: { concept in concept.alternatives.contains { $0.term == token.term && $0.origin == .question } })
        else { return false }
        return try library.reader.documentFrequency(of: token.term) == 0 && !lexiconReaches(token, plan: plan)
    }

    /// True when the lexicon takes `token` somewhere in this question: it knows the word, and
    /// the word itself, or a phrase of the question it stands in ("horse tranquilizer"), brought
    /// in expansions. A word the lexicon knows only from a phrase the question does not use
    /// ("drive" of "blood drive") reaches nothing.
    func lexiconReaches(_ token: Token, plan: QueryPlan) -> Bool {
        guard lexicon.knows(token.term) else { return false }
        if !lexicon.relatives(ofWord: token.term).isEmpty { return true }
        return plan.concepts.contains { concept in
            concept.alternatives.contains { $0.term == token.term && $0.origin == .question }
                && concept.alternatives.contains { $0.origin == .expanded }
        }
    }

    /// True when some line of the lexicon with `term` alone as a member also holds a word the
    /// articles use.
    func ownLexiconReachesTheArticles(_ term: String) -> Bool {
        lexicon.relatives(ofWord: term).contains { ((try? library.reader.documentFrequency(of: $0)) ?? 0) > 0 }
    }

    /// True when two neighbouring question words are both words of one article's title, other
    /// than those every title shares, and `matched` (the passage's terms) holds both: the
    /// question names that article's subject in full ("donate blood", "nerve block").
    func namesArticleSubject(_ plan: QueryPlan, matched: Set<String>) -> Bool {
        let concepts = plan.concepts.sorted { $0.position < $1.position }
        return zip(concepts, concepts.dropFirst()).contains { first, second in
            guard second.position == first.position + 1 else { return false }
            let firstTerms = Set(first.alternatives.map(\.term)).intersection(matched)
            let secondTerms = Set(second.alternatives.map(\.term)).intersection(matched)
            return firstTerms.contains { a in
                guard let sources = titleSources[a] else { return false }
                return secondTerms.contains { b in b != a && !(titleSources[b]?.isDisjoint(with: sources) ?? true) }
            }
        }
    }

    /// The sources whose titles hold each term of `titleTerms`, the terms every title holds left out.
    static func sourcesByTitleTerm(_ titleTerms: [Int: Set<String>]) -> [String: Set<Int>] {
        let shared = titleTerms.values.dropFirst().reduce(titleTerms.values.first ?? []) { $0.intersection($1) }
        var sources: [String: Set<Int>] = [:]
        for (source, terms) in titleTerms {
            for term in terms.subtracting(shared) { sources[term, default: []].insert(source) }
        }
        return sources
    }

    /// How many of the question's distinctive words continue a name with the word before them:
    /// side by side in the question and in the passage ("united states" in "the United States").
    func joinedNames(_ words: [(position: Int, terms: Set<String>)], passage: Int) -> Int {
        guard let text = try? library.reader.passage(passage).text else { return 0 }
        let terms = analyzer.tokens(text).map(\.term)
        return zip(words, words.dropFirst()).filter { first, second in
            second.position == first.position + 1
                && zip(terms, terms.dropFirst()).contains { first.terms.contains($0) && second.terms.contains($1) }
        }.count
    }
}
