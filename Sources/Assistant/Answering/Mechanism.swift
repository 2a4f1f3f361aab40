/// One of the answer-quality mechanisms, named so that it can be switched off
/// (`fibroqa batch --without NAME`) to measure what it adds; `Benchmarks/ablation` does so
/// for each in turn on a scored question set.
public enum Mechanism: String, CaseIterable, Sendable {
    /// Misspelt words are corrected from the collection's vocabulary.
    case spelling
    /// Texting shorthand ("wat r", "2", "4", "ppl", "w") is read as the words it stands for.
    case shorthand
    /// Lay words and phrases of `lexicon.txt` are expanded to the articles' words.
    case lexicon
    /// Acronyms the articles define ("whole-body vibration (WBV)") stand for their words.
    case acronyms
    /// Known words also search the collection's words that extend or shorten their stem.
    case derived
    /// "When", "how long", "what is", "how do I", "why" and "what are the …" questions prefer
    /// sentences stating a year, an amount, a definition, an instruction, a reason, a list.
    case answerType = "answer-type"
    /// Questions and signposts ("Below we will examine …") count half as quotes.
    case announcements
    /// Passages are re-ranked by the share of the question they cover.
    case coverage
    /// Abstention weighs the evidence (coverage, distinctive and unknown words); without it,
    /// any passage that matches a word is quoted.
    case evidence
    /// When the best passage lacks that evidence, or the question's most telling word, a
    /// passage of its article that holds that word answers first instead.
    case keyPassage = "key-passage"
    /// Excerpts are the sentences that cover the query terms; without it, a passage's first
    /// sentences.
    case sentences
    /// A passage's second-best excerpt competes for a place with other passages' best.
    case furtherExcerpts = "further-excerpts"
    /// Question words that a passage's title or heading holds count less in choosing its
    /// sentences (the heading already says them).
    case topicWords = "topic-words"

    /// Question words next to each other that stand close in a passage add to its score.
    case proximity
    /// When the question's own telling words name one article's title ("body aches"), passages
    /// of the other articles count 0.8 of their score.
    case namedArticle = "named-article"
    /// Within the best passage's article, its passages are put in order with the question's
    /// words that its title holds weighing less ("is a nerve block painful": every passage
    /// there is on nerve blocks).
    case subjectWords = "subject-words"
    /// Question words side by side that stand side by side in a sentence ("physical therapy")
    /// add to its worth in choosing the passage's sentences.
    case phrases
    /// A short quote takes in the sentences around it, up to about forty words.
    case context
    /// A one-way lexicon line's target of several words found word for word in a passage
    /// ("done again" for "twice") counts as a one-word synonym, not as its separate parts.
    case wholePhrases = "whole-phrases"
    /// Two questions in one ("what is rosacea and how long does it last") are searched for each
    /// one's kind of fact, and the quotes take turns.
    case compound
    /// The words of a scene set before the question proper ("I had cortisone shots in my knee,
    /// are nerve blocks like those") weigh half in the evidence for answering.
    case preamble
    /// A list asked for and announced at the end of the first quote's passage, its items in
    /// passages of their own ("Dermatographism.", "Rosacea."), quotes the items next.
    case listItems = "list-items"
    /// A feeling told before the question ("I feel guilty that my kids might inherit my
    /// fibro") is not searched: the question is what follows it.
    case feelings

    /// The names accepted by `--without`, comma-separated.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
