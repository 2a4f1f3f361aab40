import Foundation
import Retrieval

// Questions asked for someone else ("my wife's arm is still bleeding after she gave blood"):
// the relative stands where the reader would say "I", and is not searched.
extension Answerer {
    /// Those a reader asks for, as "my wife", "my dad", "my son's".
    static let relatives: Set<String> = [
        "wife", "husband", "partner", "spouse", "boyfriend", "girlfriend", "fiance", "fiancee",
        "mum", "mom", "mother", "mam", "dad", "father", "son", "daughter", "sister", "brother", "friend", "aunt", "uncle",
        "niece", "nephew", "cousin", "grandma", "grandmother", "grandad", "granddad", "grandfather", "nan", "gran",
        "granny", "grandpa", "kid", "child", "baby", "colleague", "neighbour", "neighbor", "flatmate", "roommate",
        "teenager", "teen", "toddler", "grandson", "granddaughter", "grandchild", "grandkid", "stepson", "stepdaughter",
        "stepmom", "stepmum", "stepdad", "stepmother", "stepfather", "sibling", "parent", "hubby", "coworker", "boss",
        "girl", "boy", "mommy", "mummy", "daddy",
    ]

    /// Words that may stand between "my" and the relative ("my elderly father", "my 16 year old
    /// son", "my best friend"), describing the relative and naming nothing to find.
    static let relativeModifiers: Set<String> = [
        "elderly", "old", "older", "oldest", "young", "younger", "youngest", "little", "big", "baby", "teenage",
        "teen", "adult", "grown", "best", "twin", "eldest", "late", "year", "years", "month", "months", "yr",
    ]

    /// Relatives who may inherit from the reader, or from whom the reader may have inherited.
    static let children: Set<String> = [
        "son", "daughter", "kid", "child", "baby", "teenager", "teen", "toddler", "grandson", "granddaughter",
        "grandchild", "grandkid", "stepson", "stepdaughter", "girl", "boy",
    ]

    /// Words that make a relative part of what is asked: the family itself ("can fibro be
    /// passed to my kids", "does it run in my family").
    static let heredityCues: Set<String> = [
        "inherit", "inherited", "inherits", "inheriting", "hereditary", "genetic", "genetically", "genes", "gene", "pass",
        "passed", "passing", "family", "families", "generation", "generations", "run", "runs", "born", "fault", "catch",
        "catching", "contagious", "skip", "skips", "side", "sides",
    ]

    /// Words of touch: a partner touching ("a hug from my husband hurts") is what the articles'
    /// "even if your spouse touched your arm" is about.
    static let touchCues: Set<String> = [
        "touch", "touches", "touching", "touched", "hug", "hugs", "hugging", "hugged", "stroke", "strokes", "stroking",
        "caress", "caresses", "cuddle", "cuddles", "cuddling", "kiss", "kisses", "kissing", "massage", "massages", "hold", "holds",
        "holding",
    ]

    /// Someone besides the relative: the reader ("when I touch his arm"), or a second relative.
    static let otherPersons: Set<String> = ["i", "me", "myself", "we", "us", "our", "i'm", "i've", "i'll", "i'd", "ive", "im", "mine"]

    /// The question's names of the condition, which with a getting verb after a child ("will my
    /// daughter get fibro") ask whether it is inherited.
    static let conditionNames: Set<String> = ["fibro", "fibromyalgia", "fms", "fm"]
    static let gettingVerbs: Set<String> = ["get", "gets", "getting", "got", "have", "has", "develop", "develops", "end"]

    /// The relative of a question asked on someone's behalf: the positions of its only "my
    /// <relative>" (possessive or not: "my wife's", "my sons arms"), with the words describing
    /// them ("my elderly father"), unless the family is what is asked (a second person, a word
    /// of heredity, or a child getting the condition). The relative is the range's last word.
    static func relativeAskedFor(_ tokens: [Token]) -> ClosedRange<Int>? {
        let words = tokens.map(\.word)
        // The word itself, or it without a possessive or plural ending ("wife's", "sons").
        func relative(_ word: String) -> String? {
            [word, String(word.dropLast(word.hasSuffix("'s") ? 2 : 0)), String(word.dropLast(word.hasSuffix("s") ? 1 : 0))]
                .first(where: relatives.contains)
        }
        // "baby" and "teen" describe the relative after them ("my baby brother").
        let mentions = words.indices.filter {
            relative(words[$0]) != nil && !($0 + 1 < words.count && relativeModifiers.contains(words[$0]) && relative(words[$0 + 1]) != nil)
        }
        guard mentions.count == 1, let at = mentions.first, words.filter({ $0 == "my" }).count == 1,
              let who = relative(words[at]) else { return nil }
        var start = at
        while start > 0, at - start < 3, relativeModifiers.contains(words[start - 1]) || words[start - 1].allSatisfy(\.isNumber) {
            start -= 1
        }
        guard start > 0, words[start - 1] == "my" else { return nil }
        if words.contains(where: { otherPersons.contains($0) || heredityCues.contains($0) || touchCues.contains($0) }) { return nil }
        // "could fibro come from him": from the relative, as an inheritance.
        if zip(words, words.dropFirst()).contains(where: { $0 == "from" && ["him", "her", "them"].contains($1) }) { return nil }
        if children.contains(who), words.contains(where: conditionNames.contains), words.contains(where: gettingVerbs.contains) { return nil }
        return start...at
    }
}
