import Foundation

/// Safe file names for article titles: lower-case ASCII letters, digits and single hyphens.
public enum Slug {
    /// Longest slug, leaving room for a `-N` suffix and `.md` within common file-name limits.
    public static let maximumLength = 80

    /// `"Fibromyalgia & IV Ketamine"` → `"fibromyalgia-iv-ketamine"`; never empty, never a path.
    public static func make(_ title: String) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        if slug.count > maximumLength {
            slug = String(slug.prefix(maximumLength))
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        return slug.isEmpty ? "article" : slug
    }

    /// Slugs for `titles` in order, with `-2`, `-3`… added where two would collide.
    public static func unique(_ titles: [String]) -> [String] {
        var used: Set<String> = []
        return titles.map { title in
            let base = make(title)
            var candidate = base
            var n = 2
            while used.contains(candidate) {
                candidate = "\(base)-\(n)"
                n += 1
            }
            used.insert(candidate)
            return candidate
        }
    }
}
