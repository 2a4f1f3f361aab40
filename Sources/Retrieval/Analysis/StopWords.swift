/// English function words that are dropped from search terms (Snowball's English list, plus a few
/// question words and greetings), matched on the folded surface word before stemming. "Again"
/// is searched: "can I have a nerve block again" asks about repeating it.
public enum StopWords {
    public static func contains(_ word: String) -> Bool { words.contains(word) || isContracted(word) }

    /// True for a stop word with a verb contracted onto it that the list does not spell out:
    /// "who've", "that'll", "should've", "someone's".
    static func isContracted(_ word: String) -> Bool {
        guard let apostrophe = word.lastIndex(of: "'"),
              contractedEndings.contains(String(word[word.index(after: apostrophe)...])) else { return false }
        return words.contains(String(word[..<apostrophe]))
    }

    /// What may follow the apostrophe of a contraction ("'s" of "is", "has" or the possessive).
    static let contractedEndings: Set<String> = ["s", "d", "ll", "re", "ve", "m"]

    static let words: Set<String> = [
        "a", "about", "above", "after", "against", "all", "am", "an", "and", "any", "are",
        "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
        "but", "by", "can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do", "does",
        "doesn't", "doing", "don't", "down", "during", "each", "few", "for", "from", "further", "had",
        "hadn't", "has", "hasn't", "have", "haven't", "having", "he", "he'd", "he'll", "he's", "her",
        "here", "here's", "hers", "herself", "him", "himself", "his", "how", "how's", "i", "i'd",
        "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't", "it", "it's", "its", "itself",
        "let's", "me", "more", "most", "mustn't", "my", "myself", "no", "nor", "not", "of", "off",
        "on", "once", "only", "or", "other", "ought", "our", "ours", "ourselves", "out", "over", "own",
        "same", "shan't", "she", "she'd", "she'll", "she's", "should", "shouldn't", "so", "some",
        "such", "than", "that", "that's", "the", "their", "theirs", "them", "themselves", "then",
        "there", "there's", "these", "they", "they'd", "they'll", "they're", "they've", "this",
        "those", "through", "to", "too", "under", "until", "up", "very", "was", "wasn't", "we",
        "we'd", "we'll", "we're", "we've", "were", "weren't", "what", "what's", "when", "when's",
        "where", "where's", "which", "while", "who", "who's", "whom", "whose", "why", "why's", "will", "with",
        "won't", "would", "wouldn't", "you", "you'd", "you'll", "you're", "you've", "your", "yours",
        "yourself", "yourselves", "also", "just", "may", "might", "must", "shall", "us", "get", "got",
        "really", "anything", "something", "thing", "things", "much", "many", "tell", "please",
        "know", "want", "okay", "ok", "hi", "yes", "s", "t", "d", "ll", "re", "ve", "m",
        // "Go" only carries the verb after it ("can I go to the gym", "go and see a doctor").
        "go", "goes", "went", "gone",
        // Indefinite pronouns, like "anything" and "something" above.
        "everything", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nothing", "nobody",
        "everywhere", "somewhere", "anywhere",
        // "-ever" words join clauses ("whenever I scratch"); they name nothing.
        "whenever", "wherever", "whatever", "however", "whoever", "whichever",
        // Prepositions that say only "about".
        "regarding", "concerning",
        // "Versus" only sets the words on either side against each other ("WBV vs localized").
        "versus", "vs",
        // How often or how much: they shape a question but name nothing to look for.
        "always", "usually", "often", "sometimes", "ever", "anymore", "constantly", "lot", "lots",
        // "Several" would also stem as "severe" does ("sever").
        "several", "various", "numerous",
        // Conversational filler around a question ("I was wondering whether…", "what is that exactly").
        "whether", "wonder", "wondering", "wondered", "curious", "exactly", "actually", "basically",
        // Certainty said in passing ("is it definitely hereditary"; "definitely" would also stem
        // like "definition").
        "definitely", "certainly", "surely", "truly", "honestly", "seriously", "literally", "totally",
        "mention", "mentioned", "explain", "lol", "idk", "pls", "plz", "u", "ur", "wat",
        // The asides of a forum post ("PSA:", "tired af", "TIA", "tbh").
        "af", "tbh", "imo", "imho", "tia", "psa", "fyi", "btw", "omg", "ugh", "lmao", "lmk", "ngl", "smh", "rn",
        // A young reader's asides and ways of address ("lowkey scared", "fr", "bestie explain", "or nah").
        "lowkey", "highkey", "deadass", "fr", "frfr", "istg", "bestie", "besties", "bruh", "bro", "sis", "nah",
        // Swearing for emphasis ("why does my damn skin hurt", "hurt like hell"): it names nothing.
        "damn", "dammit", "damned", "goddamn", "goddamned", "heck", "hell", "freaking", "freakin", "frickin",
        "fricking", "friggin", "frigging", "effing", "fucking", "fuckin", "fuck", "shit", "shitty", "crap",
        "crappy", "wtf", "ffs", "omfg",
        // Contractions typed without their apostrophe, and "going to".
        "dont", "doesnt", "didnt", "cant", "wont", "isnt", "arent", "wasnt", "werent", "im", "ive", "youre",
        "theyre", "shouldnt", "wouldnt", "couldnt", "hasnt", "havent", "hadnt", "thats", "whats", "going", "gonna",
        // Greetings and thanks: said to the assistant, never searched (nor "corrected").
        "hello", "hey", "thanks", "thank", "thx", "bye", "goodbye", "cheers",
    ]
}
