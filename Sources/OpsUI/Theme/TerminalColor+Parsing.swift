extension TerminalColor {
    /// Parses a theme-file colour: `default`, an ANSI name (`red`, `bright-blue`; `gray`/`grey`
    /// for `bright-black`; case, `-`, `_` and spaces ignored), `#rrggbb`, `#rgb`, or an xterm
    /// index `0`–`255`. Returns nil for anything else.
    package init?(parsing text: String) {
        let trimmed = text.trimmingSpaces()
        let key = Self.nameKey(trimmed)
        if key == "default" || key == "none" {
            self = .default
        } else if let index = Self.ansiKeys.firstIndex(of: key) {
            self = .ansi(UInt8(index))
        } else if key == "gray" || key == "grey" {
            self = .ansi(8)
        } else if trimmed.hasPrefix("#") {
            guard let color = Self.hex(String(trimmed.dropFirst())) else { return nil }
            self = color
        } else if let index = UInt8(trimmed) {
            self = .indexed(index)
        } else {
            return nil
        }
    }

    /// The closest known name to a mistyped one, for "did you mean" messages.
    static func suggestion(for text: String) -> String? {
        let key = nameKey(text)
        guard !key.isEmpty, !key.allSatisfy(\.isNumber) else { return nil }
        let candidates = Array(zip(ansiKeys, ansiNames)) + [("default", "default"), ("gray", "gray")]
        let best = candidates.min { editDistance(key, $0.0) < editDistance(key, $1.0) }
        guard let best, editDistance(key, best.0) <= 2 else { return nil }
        return best.1
    }

    private static let ansiKeys = ansiNames.map(nameKey)

    private static func nameKey(_ text: String) -> String {
        String(text.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
    }

    private static func hex(_ digits: String) -> TerminalColor? {
        guard digits.allSatisfy(\.isHexDigit) else { return nil }
        let expanded: String
        switch digits.count {
        case 6: expanded = digits
        case 3: expanded = digits.map { "\($0)\($0)" }.joined()
        default: return nil
        }
        guard let value = UInt32(expanded, radix: 16) else { return nil }
        return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }
}

extension String {
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}

/// Levenshtein distance, for suggestions.
func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs)
    let b = Array(rhs)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        previous = current
    }
    return previous[b.count]
}
