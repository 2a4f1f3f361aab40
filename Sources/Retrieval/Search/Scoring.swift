import Foundation

/// TF-IDF weighting in its BM25 form: a saturating, length-normalised term frequency times an
/// inverse document frequency that stays positive even for a term found in every passage.
public struct Scoring: Sendable {
    /// How quickly repeated occurrences stop adding weight (BM25 k1).
    public static let frequencySaturation = 1.2
    /// How much a long passage is discounted against the average length (BM25 b).
    public static let lengthNormalization = 0.75

    public let passageCount: Int
    public let averageLength: Double

    public init(passageCount: Int, averageLength: Double) {
        self.passageCount = passageCount
        self.averageLength = averageLength
    }

    /// ln(1 + (N − df + ½) / (df + ½)): large for rare terms, small but never zero or negative
    /// for a term in every passage (where DrQA's log(N/df) would be 0 and classic BM25's negative).
    public func idf(documentFrequency df: Int) -> Double {
        let n = Double(passageCount)
        let d = Double(df)
        return log(1 + (n - d + 0.5) / (d + 0.5))
    }

    /// The weight of a term in a passage: its body weight plus its title/heading bonus.
    public func termWeight(frequency tf: UInt32, fieldBonus: UInt8, length: UInt32) -> Double {
        frequencyWeight(frequency: tf, length: length) + Double(fieldBonus) / 10
    }

    /// tf·(k1+1) / (tf + k1·(1 − b + b·len/avg)): 0 for tf = 0, rising towards k1+1.
    public func frequencyWeight(frequency tf: UInt32, length: UInt32) -> Double {
        frequencyWeight(frequency: tf, lengthNorm: lengthNorm(length))
    }

    /// The same, with the passage's `lengthNorm` computed beforehand (searches keep one per passage).
    @inline(__always)
    public func frequencyWeight(frequency tf: UInt32, lengthNorm: Double) -> Double {
        let f = Double(tf)
        return f * (Self.frequencySaturation + 1) / (f + lengthNorm)
    }

    /// k1·(1 − b + b·len/avg): how much a passage of `length` words damps its frequencies.
    public func lengthNorm(_ length: UInt32) -> Double {
        let k1 = Self.frequencySaturation
        let b = Self.lengthNormalization
        let relative = averageLength > 0 ? Double(length) / averageLength : 1
        return k1 * (1 - b + b * relative)
    }
}
