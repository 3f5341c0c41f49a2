/// Hand-written scanners for the built-in patterns: one pass over the bytes each, no backtracking,
/// so hostile text costs linear time (Swift's `Regex` is several times slower on Linux).
enum SecretScanner {
    /// False when no built-in pattern can match: no `@`, fewer than 13 digits and none of the key
    /// prefixes. One pass over the bytes as they are, without copying them, so most names
    /// ("chat gpt-4o-mini") cost a few nanoseconds a byte and no allocation.
    static func mayHoldSecret(_ text: String.UTF8View) -> Bool {
        var window: UInt32 = 0
        var digits = 0
        for byte in text {
            window = window << 8 | UInt32(byte)
            if byte == UInt8(ascii: "@") { return true }
            if isDigit(byte) {
                digits += 1
                if digits >= 13 { return true }
            }
            if hints.contains(window & 0xFF_FFFF) || fourByteHints.contains(window)
                || window | 0x2020_2020 == Self.arer { return true }
        }
        return false
    }

    private static func packed(_ text: String) -> UInt32 { text.utf8.reduce(0) { $0 << 8 | UInt32($1) } }
    /// The last three bytes of `sk-`, `ghp_`, `gho_`, `github_pat_`, `xoxb-`, `xoxp-`.
    private static let hints: Set<UInt32> = Set(["sk-", "hp_", "ho_", "at_", "xb-", "xp-"].map(packed))
    private static let fourByteHints: Set<UInt32> = Set(["AKIA", "ASIA"].map(packed))
    /// The end of "bearer" in any case.
    private static let arer = packed("arer")

    static func emails(in bytes: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "@") else { index += 1; continue }
            var start = index
            while start > 0, isLocalPart(bytes[start - 1]) { start -= 1 }
            if let lastMatch = found.last { start = Swift.max(start, lastMatch.upperBound) }
            var end = index + 1
            while end < bytes.count, isDomain(bytes[end]) { end += 1 }
            while end > index + 1, bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: "-") {
                end -= 1
            }
            if start < index, hasTopLevelDomain(bytes[(index + 1)..<end]) {
                found.append(start..<end)
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    static func apiKeys(in bytes: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            if index == 0 || !isAlphanumeric(bytes[index - 1]), let end = keyEnd(in: bytes, at: index) {
                found.append(index..<end)
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    static func cardNumbers(in bytes: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]), index == 0 || !isAlphanumeric(bytes[index - 1]) else { index += 1; continue }
            var digits: [UInt8] = []
            var end = index
            var cursor = index
            while cursor < bytes.count {
                if isDigit(bytes[cursor]) {
                    if digits.count < 20 { digits.append(bytes[cursor] - UInt8(ascii: "0")) }
                    cursor += 1
                    end = cursor
                } else if bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "-"),
                          cursor + 1 < bytes.count, isDigit(bytes[cursor + 1]) {
                    cursor += 1
                } else {
                    break
                }
            }
            let bounded = end == bytes.count || !isAlphanumeric(bytes[end])
            if bounded, (13...19).contains(digits.count), passesLuhn(digits) { found.append(index..<end) }
            index = end
        }
        return found
    }

    /// The Luhn checksum every payment card number carries in its last digit.
    static func passesLuhn(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            var value = Int(digit)
            if offset % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }

    // MARK: - Keys

    private static let prefixedKeys: [(prefix: [UInt8], minimumTail: Int)] = [
        (Array("sk-".utf8), 16), (Array("ghp_".utf8), 20), (Array("gho_".utf8), 20),
        (Array("github_pat_".utf8), 20), (Array("xoxb-".utf8), 10), (Array("xoxp-".utf8), 10),
    ]

    /// Where the key starting at `index` ends, or nil when none starts there.
    private static func keyEnd(in bytes: [UInt8], at index: Int) -> Int? {
        for (prefix, minimumTail) in prefixedKeys where starts(bytes, at: index, with: prefix) {
            var end = index + prefix.count
            while end < bytes.count, isKeyCharacter(bytes[end]) { end += 1 }
            if end - index - prefix.count >= minimumTail { return end }
        }
        if starts(bytes, at: index, with: Array("AKIA".utf8)) || starts(bytes, at: index, with: Array("ASIA".utf8)) {
            let end = index + 20
            if end <= bytes.count, bytes[(index + 4)..<end].allSatisfy({ isUpper($0) || isDigit($0) }),
               end == bytes.count || !isKeyCharacter(bytes[end]) {
                return end
            }
        }
        return bearerEnd(in: bytes, at: index)
    }

    /// `Bearer <token>` in any case; the whole phrase goes, so the marker says what was there.
    private static func bearerEnd(in bytes: [UInt8], at index: Int) -> Int? {
        let word = Array("bearer".utf8)
        guard index + word.count < bytes.count,
              zip(bytes[index..<(index + word.count)], word).allSatisfy({ $0 | 0x20 == $1 }) else { return nil }
        var start = index + word.count
        guard bytes[start] == UInt8(ascii: " ") else { return nil }
        while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
        var end = start
        while end < bytes.count, isTokenCharacter(bytes[end]) { end += 1 }
        return end - start >= 16 ? end : nil
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with prefix: [UInt8]) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for offset in 0..<prefix.count where bytes[index + offset] != prefix[offset] { return false }
        return true
    }

    // MARK: - Character classes

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isUpper(byte) || (byte >= 0x61 && byte <= 0x7A) }
    private static func isKeyCharacter(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
    private static func isTokenCharacter(_ byte: UInt8) -> Bool {
        isKeyCharacter(byte) || "._~+/=".utf8.contains(byte)
    }
    private static func isLocalPart(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || "._%+-".utf8.contains(byte)
    }
    private static func isDomain(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    /// A dot inside the domain and a last label of two or more letters (`example.com`, not `a.1`).
    private static func hasTopLevelDomain(_ domain: ArraySlice<UInt8>) -> Bool {
        guard let dot = domain.lastIndex(of: UInt8(ascii: ".")), dot > domain.startIndex else { return false }
        let label = domain[(dot + 1)...]
        return label.count >= 2 && label.allSatisfy { isUpper($0) || ($0 >= 0x61 && $0 <= 0x7A) }
    }
}
