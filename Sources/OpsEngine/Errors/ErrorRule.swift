import OpsModel

/// A config rule that puts error types matching a pattern in a category.
///
/// The pattern compares case-insensitively; `*` matches any run of characters (`openai.*`, `*Timeout*`,
/// `Tool*`), every other character only itself.
package struct ErrorRule: Sendable, Hashable {
    package let pattern: String
    package let category: ErrorCategory
    private let loweredPattern: [UInt8]

    package init(pattern: String, category: ErrorCategory) {
        self.pattern = pattern
        self.category = category
        loweredPattern = Array(ErrorTypeName.lowered(pattern).utf8)
    }

    /// Whether `text`, already lowercased, matches the pattern.
    func matches(lowered text: String) -> Bool {
        Self.wildcardMatch(loweredPattern, Array(text.utf8))
    }

    /// Glob matching with `*` only, by backtracking to the most recent star: O(pattern × text) at worst.
    private static func wildcardMatch(_ pattern: [UInt8], _ text: [UInt8]) -> Bool {
        let star = UInt8(ascii: "*")
        var p = 0
        var t = 0
        var lastStar: Int?
        var resume = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == star {
                lastStar = p
                resume = t
                p += 1
            } else if p < pattern.count, pattern[p] == text[t] {
                p += 1
                t += 1
            } else if let starIndex = lastStar {
                p = starIndex + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == star { p += 1 }
        return p == pattern.count
    }
}
