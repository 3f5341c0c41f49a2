extension JSONParser {
    /// Reads a string at `index` (its opening quote), checking UTF-8 and escapes.
    ///
    /// Plain runs are skipped eight bytes at a time; a string without escapes becomes a String
    /// straight from the buffer, one with escapes is unescaped into `scratch` first.
    mutating func string() throws(JSONParseError) -> String {
        index += 1
        let start = index
        while true {
            skipPlainWords()
            guard index < end else { throw failure(.unexpectedEnd) }
            switch byte(index) {
            case UInt8(ascii: "\""):
                lastVerbatim = start..<index
                index += 1
                return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index - 1]), as: UTF8.self)
            case UInt8(ascii: "\\"):
                scratch.removeAll(keepingCapacity: true)
                scratch.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
                return try escapedString()
            case 0..<0x20: throw failure(.controlCharacter(byte(index)))
            case 0x20..<0x80: index += 1
            default: try skipMultibyteScalar()
            }
        }
    }

    /// The rest of a string that has escapes, from the first backslash on.
    private mutating func escapedString() throws(JSONParseError) -> String {
        while true {
            guard index < end else { throw failure(.unexpectedEnd) }
            let current = byte(index)
            switch current {
            case UInt8(ascii: "\""):
                index += 1
                lastVerbatim = nil
                return String(decoding: scratch, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try unescape()
            case 0..<0x20: throw failure(.controlCharacter(current))
            case 0x20..<0x80:
                scratch.append(current)
                index += 1
            default:
                let start = index
                try skipMultibyteScalar()
                scratch.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
            }
        }
    }

    /// Decodes the escape at `index` into `scratch`; a lone surrogate becomes U+FFFD.
    private mutating func unescape() throws(JSONParseError) {
        guard index + 1 < end else { throw failure(.unexpectedEnd) }
        let code = byte(index + 1)
        if code == UInt8(ascii: "u") {
            let unit = try hexQuad(at: index + 2)
            index += 6
            let decoded = try scalar(startingWith: unit)
            Unicode.UTF8.encode(decoded) { scratch.append($0) }
        } else {
            guard let decoded = Self.shortEscapes[code] else { throw failure(.invalidEscape) }
            scratch.append(decoded)
            index += 2
        }
    }

    /// What `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r` and `\t` stand for.
    private static let shortEscapes: [UInt8: UInt8] = [
        0x22: 0x22, 0x5C: 0x5C, 0x2F: 0x2F, 0x62: 0x08, 0x66: 0x0C, 0x6E: 0x0A, 0x72: 0x0D, 0x74: 0x09,
    ]

    /// The scalar a `\uXXXX` escape starts: with a surrogate pair, the low half is read too;
    /// a lone surrogate is U+FFFD.
    private mutating func scalar(startingWith unit: UInt32) throws(JSONParseError) -> Unicode.Scalar {
        let replacement: Unicode.Scalar = "\u{FFFD}"
        guard unit & 0xF800 == 0xD800 else { return Unicode.Scalar(unit) ?? replacement }
        // A high surrogate counts only with a low one right after it.
        guard unit < 0xDC00, index + 1 < end, byte(index) == UInt8(ascii: "\\"), byte(index + 1) == UInt8(ascii: "u")
        else { return replacement }
        let low = try hexQuad(at: index + 2)
        guard low & 0xFC00 == 0xDC00 else { return replacement }
        index += 6
        return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) ?? replacement
    }

    private func hexQuad(at offset: Int) throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for position in offset..<offset + 4 {
            guard position < end else { throw failure(.unexpectedEnd, at: end) }
            guard let digit = JSONScanner.hexValue(byte(position)) else { throw failure(.invalidEscape, at: position) }
            value = value << 4 | digit
        }
        return value
    }

    /// Steps over one multi-byte UTF-8 scalar at `index`, checked as Unicode's table 3-7 has it
    /// (no overlong forms, no surrogates, nothing past U+10FFFF); an error points at its first byte.
    private mutating func skipMultibyteScalar() throws(JSONParseError) {
        let lead = byte(index)
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xED: length = 3; high = 0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0: length = 4; low = 0x90
        case 0xF4: length = 4; high = 0x8F
        case 0xF1...0xF3: length = 4
        default: throw failure(.invalidUTF8)
        }
        guard index + length <= end else { throw failure(.invalidUTF8) }
        let second = byte(index + 1)
        guard second >= low, second <= high else { throw failure(.invalidUTF8) }
        for offset in 2..<length where byte(index + offset) & 0xC0 != 0x80 {
            throw failure(.invalidUTF8)
        }
        index += length
    }

    /// Skips whole 8-byte words of printable ASCII other than `"` and `\`.
    @inline(__always)
    private mutating func skipPlainWords() {
        while index + 8 <= end {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            guard !Self.hasSpecialByte(word) else { return }
            index += 8
        }
    }

    /// Whether any byte of the word is a quote, a backslash, a control character or not ASCII (SWAR).
    @inline(__always)
    static func hasSpecialByte(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        // (x - 1) & ~x has a byte's high bit set where that byte of x is 0; for `word`, below 0x20.
        let zeroQuote = (quote &- ones) & ~quote
        let zeroBackslash = (backslash &- ones) & ~backslash
        let control = (word &- ones &* 0x20) & ~word
        return (zeroQuote | zeroBackslash | control | word) & highs != 0
    }
}
