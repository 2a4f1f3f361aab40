/// British and American spellings of one word brought to one form, so that either finds the
/// other: "-ise" and "-yse" are spelt "-ize" and "-yze" ("recognised" as "recognized",
/// "localised" as "localized", "analyse" as "analyze"), which the stemmer then takes back to
/// the word they are made from, as it does for American English ("localized" → "local").
///
/// Words whose "-ise" is not that ending ("exercise", "advise", "bruise") keep their spelling.
public enum SpellingVariants {
    /// Endings spelt with "s" in British English and "z" in American, each with its American
    /// spelling; longest first.
    static let endings: [(british: String, american: String)] = [
        ("isations", "izations"), ("isation", "ization"), ("isers", "izers"), ("iser", "izer"), ("ising", "izing"),
        ("ised", "ized"), ("ises", "izes"), ("ise", "ize"),
        ("ysing", "yzing"), ("ysed", "yzed"), ("yses", "yzes"), ("yse", "yze"),
    ]

    /// Letters that must come before such an ending: shorter words ("rise", "raise", "wise")
    /// are words of their own, not spellings of another.
    static let minimumBase = 3

    /// Words ending in "-ise" in every spelling.
    static let alwaysWithS: Set<String> = [
        "advertise", "advise", "apprise", "appraise", "bruise", "chastise", "chemise", "circumcise", "clockwise",
        "comprise", "compromise", "concise", "cruise", "demise", "despise", "devise", "disguise", "enterprise",
        "excise", "exercise", "expertise", "franchise", "guise", "improvise", "incise", "likewise", "merchandise",
        "noise", "otherwise", "paradise", "poise", "porpoise", "praise", "precise", "premise", "promise", "reprise",
        "revise", "supervise", "surmise", "surprise", "televise", "tortoise", "treatise", "turquoise", "valise",
    ]

    /// The American spelling of `word` (folded, lower case), or nil when it has none.
    public static func american(_ word: String) -> String? {
        for (british, american) in endings where word.hasSuffix(british) && word.count - british.count >= minimumBase {
            let root = word.dropLast(british.count)
            let base = root + (british.hasPrefix("y") ? "yse" : "ise")
            guard !alwaysWithS.contains(String(base)) else { return nil }
            return root + american
        }
        return nil
    }
}
