import Retrieval

/// Reads the shorthand of texting ("wat r signs im dehydrated", "how long do i have 2 sit",
/// "can ppl w fibro donate blood") as the words it stands for, so that every later stage (the
/// emergency check, the question's form, search) sees "what are", "to", "people with". A
/// reading keeps the shorthand's place in the question: the words are replaced, not the text.
enum Shorthand {
    /// Shorthand that always stands for one word.
    static let words: [String: String] = [
        "wat": "what", "wot": "what", "wut": "what", "whut": "what", "wats": "what's", "wuts": "what's",
        "wich": "which", "whitch": "which", "wht": "what", "wen": "when", "whn": "when", "hw": "how", "wy": "why", "iz": "is", "wuz": "was",
        "hav": "have", "kno": "know", "knw": "know", "cn": "can", "ya": "you", "yu": "you", "ur": "your", "urs": "yours", "r": "are", "b": "be",
        "ppl": "people", "pple": "people", "peeps": "people", "pls": "please", "plz": "please", "thx": "thanks",
        "b4": "before", "2day": "today", "2nite": "tonight", "2night": "tonight", "2moro": "tomorrow",
        "2morrow": "tomorrow", "l8r": "later", "gr8": "great", "some1": "someone", "sum1": "someone",
        "any1": "anyone", "ne1": "anyone", "every1": "everyone", "thru": "through", "tho": "though",
        "altho": "although", "bc": "because", "bcuz": "because", "becuz": "because", "cuz": "because",
        "coz": "because", "cos": "because", "abt": "about", "bout": "about", "w": "with", "wif": "with",
        "n": "and", "nd": "and", "shud": "should", "shld": "should", "wud": "would", "wld": "would", "cud": "could",
        "cld": "could", "dat": "that", "dis": "this", "da": "the", "dem": "them", "dey": "they",
        "hr": "hour", "hrs": "hours", "mins": "minutes", "wk": "week", "wks": "weeks", "yr": "year", "yrs": "years",
        "vit": "vitamin", "vits": "vitamins", "drs": "doctors", "bf": "boyfriend", "gf": "girlfriend",
        "smth": "something", "sth": "something", "rly": "really", "srsly": "seriously", "prolly": "probably",
        "tru": "true", "1": "one", "approx": "about", "grp": "group", "grps": "groups", "esp": "especially",
        "1st": "first", "2nd": "second", "3rd": "third", "diff": "difference", "temp": "temperature",
        "ket": "ketamine",
        // Frame words with a letter dropped, and slips of short ones ("hwo do nerve blocks work",
        // "teh", "cna"), none of them a word in its own right; slips of longer ones are `slips`.
        "wher": "where", "whic": "which", "wyh": "why", "hwo": "how", "ohw": "how", "shoud": "should",
        "shoul": "should", "shuld": "should", "shold": "should", "coud": "could", "culd": "could", "woud": "would",
        "wuld": "would", "dosent": "doesn't", "dosnt": "doesn't", "ith": "with", "wil": "will",
        "oes": "does", "een": "been", "teh": "the", "hte": "the", "yhe": "the", "adn": "and", "mde": "made",
        "ture": "true", "treu": "true", "trie": "true", "gte": "get", "hae": "have", "rhe": "the", "cna": "can",
        "oyu": "you", "yuo": "you", "ae": "are", "dei": "die", "giv": "give",
        // Written as it sounds, too short for the spelling corrector ("my body akes").
        "ake": "ache", "akes": "aches", "aky": "achy", "akey": "achy", "achey": "achy",
    ]

    /// Words after which a "2" means "too" ("2 many pills", "2 tired").
    static let degrees: Set<String> = [
        "many", "much", "late", "long", "far", "bad", "often", "hard", "young", "old", "hot", "cold", "tired",
        "sore", "soon", "early", "little", "weak", "sick",
    ]

    /// Units and counted things after which "2" and "4" are numbers ("2 hours", "4 glasses").
    static let units: Set<String> = [
        "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "wk", "wks", "month", "months", "year",
        "years", "yr", "yrs", "minute", "minutes", "mins", "second", "seconds", "time", "times", "glass", "glasses",
        "cup", "cups", "ounce", "ounces", "oz", "litre", "litres", "liter", "liters", "pint", "pints", "kids",
        "children", "people", "ppl", "pills", "tablets", "more", "or", "and", "to", "of", "x", "per", "a",
    ]

    /// The word each token's shorthand stands for, by position; tokens not read otherwise are absent.
    static func readings(of tokens: [Token]) -> [Int: String] {
        var found: [Int: String] = [:]
        for i in tokens.indices {
            if let word = reading(tokens, at: i) { found[i] = word }
        }
        return found
    }

    /// `tokens` with the words at `readings`' positions replaced, analysed as if typed in full.
    static func replacing(_ tokens: [Token], with found: [Int: String], analyzer: Analyzer) -> [Token] {
        guard !found.isEmpty else { return tokens }
        return tokens.enumerated().map { i, token in
            guard let word = found[i] else { return token }
            let term = analyzer.stem(word)
            return Token(term: term, word: word, range: token.range, position: token.position,
                         isStopWord: analyzer.isStopWord(word, stem: term))
        }
    }

    /// What `tokens[i]` stands for, when it is shorthand.
    static func reading(_ tokens: [Token], at i: Int) -> String? {
        let word = tokens[i].word
        let next = i + 1 < tokens.count ? tokens[i + 1].word : nil
        let previous = i > 0 ? tokens[i - 1].word : nil
        switch word {
        case "2", "4":
            // A number before a unit, or beside another number ("2 or 3", "4 x 4").
            if let next, units.contains(next) || next.allSatisfy(\.isNumber) { return nil }
            if let previous, previous.allSatisfy(\.isNumber) || ["or", "x", "to", "and", "than", "about", "every"].contains(previous) {
                return nil
            }
            if word == "4" { return "for" }
            // "2 many", and "me 2" closing the question, mean "too".
            return next.map(degrees.contains) ?? (i > 0) ? "too" : "to"
        case "y":
            // "y does my skin itch": a clause's first word.
            return previous.map { ["but", "so", "and", "n", "lol", "ok", "then"].contains($0) } ?? true ? "why" : nil
        case "min":
            // "10 min" is ten minutes; "min" alone may be a minimum.
            return previous.map { $0.allSatisfy(\.isNumber) } ?? false ? "minutes" : nil
        case "witch":
            // "witch skin conditions come with fibro": "which", heard, opening the question.
            return i == 0 ? "which" : nil
        case "wear":
            // "wear does the injection go": "where", heard, before the verb of a question.
            return i == 0 && next.map(["does", "do", "is", "are", "can", "should", "did", "will"].contains) == true ? "where" : nil
        case "fam":
            // "does it run in the fam" is the family; "fibro fam" is a forum's readers.
            return previous.map { ["the", "my", "our", "your", "ur", "whole", "his", "her"].contains($0) } ?? false ? "family" : nil
        case "us":
            // "in the US" is the United States, which the lexicon knows as "usa".
            return previous == "the" ? "usa" : nil
        case "u":
            // "u.s." is the United States, not "you".
            return next == "s" ? nil : "you"
        case "dr":
            // "see a dr about it", "ask ur dr", not "dr kellogg".
            let determined = previous.map { ["a", "the", "my", "your", "ur", "our", "her", "his", "their", "ask", "see"].contains($0) } ?? false
            return determined || next.map(StopWords.contains) ?? true ? "doctor" : nil
        default:
            return words[word] ?? slips[word] ?? collapsingADoubledLetter(word) ?? unstretched(word)
        }
    }

    /// `word` with a letter held down for emphasis taken back ("sooo", "pleeease", "reallyyy",
    /// "dieee"): no English word has one letter three times in a row. Each such run (at most
    /// `stretchedRuns` of them) becomes one letter or two, whichever makes a frame, stop,
    /// everyday, shorthand or crisis word ("feeeel" → "feel"); two otherwise, left to the
    /// spelling corrector. Nil when `word` has no such run.
    static func unstretched(_ word: String) -> String? {
        var runs: [(letter: Character, count: Int)] = []
        for letter in word {
            if let last = runs.last, last.letter == letter { runs[runs.count - 1].count += 1 } else { runs.append((letter, 1)) }
        }
        let stretched = runs.indices.filter { runs[$0].count >= 3 && runs[$0].letter.isLetter }
        guard !stretched.isEmpty, stretched.count <= stretchedRuns else { return nil }
        func spelled(_ lengths: [Int: Int]) -> String {
            String(runs.indices.flatMap { i in repeatElement(runs[i].letter, count: lengths[i] ?? runs[i].count) })
        }
        // Every choice of one or two letters per run, all ones first.
        for choice in 0..<(1 << stretched.count) {
            let lengths = Dictionary(uniqueKeysWithValues: stretched.enumerated().map { bit, run in (run, choice >> bit & 1 == 0 ? 1 : 2) })
            let candidate = spelled(lengths)
            if StopWords.contains(candidate) || CommonWords.contains(candidate) || frameWords.contains(candidate)
                || guardedWords.contains(candidate) || crisisWords.contains(candidate) {
                return candidate
            }
            if let full = words[candidate] { return full }
        }
        return spelled(Dictionary(uniqueKeysWithValues: stretched.map { ($0, 2) }))
    }

    /// Most runs of a held-down letter read back in one word (each doubles the readings tried).
    static let stretchedRuns = 3

    /// The stop word or everyday word that `word` is with one letter typed twice ("onnly",
    /// "ttell", "tthe", "everrything"), for words of four letters or more that are neither
    /// themselves ("too", "off" stay) nor such a word with two letters swapped ("heer" is
    /// "here" as much as "her": it is left alone).
    static func collapsingADoubledLetter(_ word: String) -> String? {
        let letters = Array(word)
        func isWord(_ candidate: String) -> Bool { StopWords.contains(candidate) || CommonWords.words.contains(candidate) }
        guard letters.count >= 4, !isWord(word) else { return nil }
        for i in letters.indices.dropLast() where letters[i] != letters[i + 1] {
            var swapped = letters
            swapped.swapAt(i, i + 1)
            if isWord(String(swapped)) { return nil }
        }
        for i in letters.indices.dropFirst() where letters[i] == letters[i - 1] {
            var single = letters
            single.remove(at: i)
            let candidate = String(single)
            if isWord(candidate) { return candidate }
        }
        return nil
    }

    /// The words a question is built on, of four letters or more, which the spelling corrector
    /// (working from the articles' content words) never offers.
    static let frameWords: [String] = [
        "what", "when", "where", "which", "does", "have", "know", "many", "much", "about", "after", "with", "this",
        "that", "your", "they", "their", "there", "should", "could", "would", "from", "because", "before", "people",
        "will", "been", "into", "doesn't", "something", "anything", "really", "please", "long", "often",
    ]

    /// Words that a slip below would make of a frame word but that are words themselves.
    static let realWords: Set<String> = [
        "dose", "form", "odes", "three", "foes", "roes", "dies", "gave", "nave", "thus", "sill", "tour", "hour", "onto",
        "bern", "ghat", "thar", "dows", "doss", "dors", "muck", "mane", "mans", "many", "wheb", "wound", "cold", "bold",
    ]

    /// The slips of the keys on a frame word: two neighbouring letters swapped ("waht", "amny",
    /// "tehy") or one struck on a neighbouring key ("whst", "dpes", "tjat"), each read as the
    /// word, unless it is a word itself ("dose" is no slip for "does", nor "hour" for "your").
    /// (A doubled letter is `collapsingADoubledLetter`'s.) A guarded word's slips are never a
    /// frame word's: "wnat" may be "what" struck beside its "h", but is "want" swapped.
    static let slips: [String: String] = likeliestSources(of: frameWords + guardedWords).filter { variant, word in
        frameWords.contains(word) && !frameWords.contains(variant) && !guardedWords.contains(variant) && words[variant] == nil
    }

    /// Each slip of one of `candidates` (see `variants(of:)`) that is no word in `realWords`, with
    /// the word it likeliest comes from, a swap being likelier than a neighbouring key; a slip
    /// that two words share as likely is left out.
    static func likeliestSources(of candidates: [String]) -> [String: String] {
        var sources: [String: (likelihood: Int, words: Set<String>)] = [:]
        for word in candidates {
            for (variant, likelihood) in variants(of: word) where !realWords.contains(variant) && variant != word {
                guard let known = sources[variant], likelihood <= known.likelihood else {
                    sources[variant] = (likelihood, [word])
                    continue
                }
                if likelihood == known.likelihood { sources[variant]?.words.insert(word) }
            }
        }
        return sources.compactMapValues { $0.words.count == 1 ? $0.words.first : nil }
    }

    /// Words whose own slips must not be read as a frame word: the words of a crisis ("want
    /// to die", "kill myself") and everyday verbs beside them.
    static let guardedWords: [String] = [
        "want", "need", "feel", "kill", "take", "make", "like", "help", "hurt", "pain", "life", "live", "dead", "die",
        "going", "cannot", "overdose", "pills", "end", "hate", "myself", "wish", "tired", "wont", "cant",
    ]

    /// The words of a crisis whose slips the emergency check reads as them ("i watn to dye",
    /// "I wsnt to die"): never read so for the search, where "wnat" may be "what".
    static let crisisWords: [String] = ["want", "kill", "wanna", "myself", "suicide", "suicidal", "overdose"]

    /// Each slip of a crisis word (two letters swapped or one struck on a neighbouring key) that
    /// is no word itself: not a frame, stop, everyday or shorthand word, nor a slip of another
    /// crisis word as likely (`likeliestSources`).
    static let crisisSlips: [String: String] = likeliestSources(of: crisisWords).filter { variant, _ in
        !frameWords.contains(variant) && !guardedWords.contains(variant) && !StopWords.contains(variant)
            && !CommonWords.contains(variant) && words[variant] == nil && slips[variant] == nil
    }

    /// `tokens` with each slip of a crisis word that the articles do not use read as that word,
    /// or nil when there is none.
    static func crisisReading(of tokens: [Token], analyzer: Analyzer, knowing isArticleWord: (String) -> Bool) -> [Token]? {
        var found: [Int: String] = [:]
        for (i, token) in tokens.enumerated() {
            if let word = crisisSlips[token.word], !isArticleWord(token.term) { found[i] = word }
        }
        return found.isEmpty ? nil : replacing(tokens, with: found, analyzer: analyzer)
    }

    /// `word` with two neighbouring letters swapped (likelihood 1), or one struck on a
    /// neighbouring key (likelihood 0).
    static func variants(of word: String) -> [(String, Int)] {
        let letters = Array(word)
        var variants: [(String, Int)] = []
        for i in letters.indices.dropLast() where letters[i] != letters[i + 1] {
            var swapped = letters
            swapped.swapAt(i, i + 1)
            variants.append((String(swapped), 1))
        }
        for i in letters.indices {
            for key in SpellingCorrector.keyNeighbours[letters[i]] ?? [] {
                var struck = letters
                struck[i] = key
                variants.append((String(struck), 0))
            }
        }
        return variants
    }
}
