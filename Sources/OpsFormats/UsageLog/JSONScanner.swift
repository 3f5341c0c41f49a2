/// A cursor over the bytes of one line that validates and skips JSON without building values.
///
/// Containers are skipped iteratively with a bit stack, so nesting depth costs no stack
/// frames; deeper than `maxDepth` is an error.
struct JSONScanner {
    static let maxDepth = 1024

    let base: UnsafeRawPointer
    let count: Int
    var position = 0

    init(base: UnsafeRawPointer, count: Int) {
        self.base = base
        self.count = count
    }

    @inline(__always)
    func byte(at offset: Int) -> UInt8 {
        base.load(fromByteOffset: offset, as: UInt8.self)
    }

    var isAtEnd: Bool { position >= count }

    /// The byte at the cursor, or nil at the end of the line.
    @inline(__always)
    func peek() -> UInt8? {
        position < count ? byte(at: position) : nil
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while position < count {
            switch byte(at: position) {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// Skips whitespace and returns the next byte without consuming it; an error at the end.
    @inline(__always)
    mutating func nextSignificant(expecting what: StaticString) throws(LineError) -> UInt8 {
        skipWhitespace()
        guard position < count else { throw .endOfLine(at: position, expecting: what) }
        return byte(at: position)
    }

    /// Consumes `expected` after optional whitespace.
    @inline(__always)
    mutating func consume(_ expected: UInt8, expecting what: StaticString) throws(LineError) {
        let found = try nextSignificant(expecting: what)
        guard found == expected else { throw .unexpected(found, at: position) }
        position += 1
    }

    // MARK: Strings

    /// Scans a string whose opening quote is at the cursor; returns its content range.
    ///
    /// With `endInOneStep`, the last fewer than sixteen bytes of a line (where a value read last
    /// often ends) are searched with one load of the line's last sixteen; a constant at each call
    /// site, so the scans that leave it off compile as before.
    @inline(__always)
    mutating func scanString(endInOneStep: Bool = false) throws(LineError) -> StringToken {
        let start = position + 1
        var index = start
        var hasEscapes = false
        // `index` stays in a register; `position` is written back on every way out.
        while true {
            if index &+ 16 <= count {
                // Sixteen bytes with no quote, backslash or control byte are passed in one step.
                let (low, high) = Self.attentionWords(base.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self))
                if low != 0 {
                    index &+= low.trailingZeroBitCount &>> 3
                } else if high != 0 {
                    index &+= 8 &+ high.trailingZeroBitCount &>> 3
                } else {
                    index &+= 16
                    continue
                }
            } else if endInOneStep && index < count && count >= 16 {
                // The line's last sixteen bytes, overlapping ones already passed (their flags cleared).
                let last = count &- 16
                var (low, high) = Self.attentionWords(base.loadUnaligned(fromByteOffset: last, as: SIMD16<UInt8>.self))
                let passed = index &- last
                if passed >= 8 {
                    low = 0
                    high &= ~UInt64(0) &<< UInt64(8 &* (passed &- 8))
                } else {
                    low &= ~UInt64(0) &<< UInt64(8 &* passed)
                }
                if low != 0 {
                    index = last &+ low.trailingZeroBitCount &>> 3
                } else if high != 0 {
                    index = last &+ 8 &+ high.trailingZeroBitCount &>> 3
                } else {
                    position = count
                    throw .syntax("line ends inside a string that starts", at: start - 1)
                }
            } else if index &+ 8 <= count {
                // Jump straight to the first quote, backslash or control byte of the next eight.
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let mask = Self.attentionMask(word)
                if mask == 0 {
                    index &+= 8
                    continue
                }
                index &+= mask.trailingZeroBitCount &>> 3
            } else if index >= count {
                position = index
                throw .syntax("line ends inside a string that starts", at: start - 1)
            }
            let current = byte(at: index)
            if current == UInt8(ascii: "\"") {
                position = index + 1
                return StringToken(start: start, end: index, hasEscapes: hasEscapes)
            } else if current == UInt8(ascii: "\\") {
                position = index
                try scanEscape()
                index = position
                hasEscapes = true
            } else if current < 0x20 {
                position = index
                throw .syntax("control character \(LineError.describe(current)) inside a string", at: index)
            } else {
                index &+= 1
            }
        }
    }

    /// The high bit of each of the sixteen bytes that is a quote, a backslash or a control byte, as
    /// two words (bytes 0–7, 8–15; the first byte in the low bits). Exact for every byte: the lanes
    /// subtract apart, with no borrow from one byte into the next. Only integer lane arithmetic,
    /// which compiles to SSE2 (`pxor`, `paddb`, `pand`); Swift's lane comparisons (`.==`) do not.
    @inline(__always)
    static func attentionWords(_ bytes: SIMD16<UInt8>) -> (UInt64, UInt64) {
        let ones = SIMD16<UInt8>(repeating: 1)
        let quotes = bytes ^ SIMD16(repeating: 0x22)
        let backslashes = bytes ^ SIMD16(repeating: 0x5C)
        let controls = bytes & SIMD16(repeating: 0xE0)
        // A lane's high bit ends up set exactly when the lane was zero.
        let flags = (((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)
            | ((controls &- ones) & ~controls)) & SIMD16(repeating: 0x80)
        let words = unsafeBitCast(flags, to: SIMD2<UInt64>.self)
        return (UInt64(littleEndian: words[0]), UInt64(littleEndian: words[1]))
    }

    /// The high bit of each byte of `word` that is a quote, a backslash or a control byte.
    ///
    /// Only the lowest set bit is exact (a borrow can flag a later byte too), which is all the scan needs.
    @inline(__always)
    static func attentionMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ 0x2222_2222_2222_2222
        let slashes = word ^ 0x5C5C_5C5C_5C5C_5C5C
        let hasQuote = (quotes &- ones) & ~quotes
        let hasSlash = (slashes &- ones) & ~slashes
        let hasControl = (word &- 0x2020_2020_2020_2020) & ~word
        return (hasQuote | hasSlash | hasControl) & highs
    }

    private mutating func scanEscape() throws(LineError) {
        let escapeStart = position
        position += 1
        guard position < count else { throw .syntax("line ends inside an escape sequence", at: escapeStart) }
        switch byte(at: position) {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
            UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 1
        case UInt8(ascii: "u"):
            position += 1
            for _ in 0..<4 {
                guard position < count, Self.hexValue(byte(at: position)) != nil else {
                    throw .syntax("invalid \\u escape (needs 4 hex digits)", at: escapeStart)
                }
                position += 1
            }
        default:
            let escaped = byte(at: position)
            let shown = escaped >= 0x21 && escaped < 0x7F ? "\\" + String(Character(Unicode.Scalar(escaped))) : "sequence"
            throw .syntax("invalid escape \(shown)", at: escapeStart)
        }
    }

    @inline(__always)
    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte &- UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte &- UInt8(ascii: "a") &+ 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte &- UInt8(ascii: "A") &+ 10)
        default: return nil
        }
    }

    // MARK: Numbers and literals

    /// Scans a number at the cursor following the JSON grammar, keeping its decimal value.
    mutating func scanNumber() throws(LineError) -> JSONNumber {
        var number = JSONNumber(start: position)
        if byte(at: position) == UInt8(ascii: "-") {
            number.isNegative = true
            position += 1
        }
        guard position < count else { throw .endOfLine(at: position, expecting: "a digit") }
        let first = byte(at: position)
        if first == UInt8(ascii: "0") {
            position += 1
        } else if first >= UInt8(ascii: "1") && first <= UInt8(ascii: "9") {
            // Up to 19 digits fit a UInt64; later ones only scale the exponent.
            var significand: UInt64 = 0
            var digits = 0
            while digits <= 11, position &+ 8 <= count,
                  let eight = Self.eightDigits(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: position, as: UInt64.self))) {
                significand = significand &* 100_000_000 &+ eight
                digits &+= 8
                position &+= 8
            }
            while position < count, digits < 19, case let digit = byte(at: position) &- UInt8(ascii: "0"), digit < 10 {
                significand = significand &* 10 &+ UInt64(digit)
                digits &+= 1
                position &+= 1
            }
            number.significand = significand
            number.significantDigits = digits
            while position < count, case let digit = byte(at: position) &- UInt8(ascii: "0"), digit < 10 {
                number.append(digit: digit, afterPoint: false)
                position += 1
            }
        } else {
            throw .unexpected(first, at: position)
        }
        if position < count && byte(at: position) == UInt8(ascii: ".") {
            number.isInteger = false
            position += 1
            let fractionStart = position
            while position < count, case let digit = byte(at: position) &- UInt8(ascii: "0"), digit < 10 {
                number.append(digit: digit, afterPoint: true)
                position += 1
            }
            guard position > fractionStart else { throw expectedDigit() }
        }
        if position < count && (byte(at: position) | 0x20) == UInt8(ascii: "e") {
            number.isInteger = false
            position += 1
            var exponentSign = 1
            if position < count && (byte(at: position) == UInt8(ascii: "+") || byte(at: position) == UInt8(ascii: "-")) {
                if byte(at: position) == UInt8(ascii: "-") { exponentSign = -1 }
                position += 1
            }
            let exponentStart = position
            var exponent = 0
            while position < count, case let digit = byte(at: position) &- UInt8(ascii: "0"), digit < 10 {
                if exponent < 1_000_000 { exponent = exponent * 10 + Int(digit) }
                position += 1
            }
            guard position > exponentStart else { throw expectedDigit() }
            number.exponent += exponentSign * exponent
        }
        number.end = position
        return number
    }

    /// The value of eight ASCII digits loaded little-endian (first digit in the low byte); nil if any is not a digit.
    @inline(__always)
    static func eightDigits(_ word: UInt64) -> UInt64? {
        let highNibbles: UInt64 = 0xF0F0_F0F0_F0F0_F0F0
        let zeros: UInt64 = 0x3030_3030_3030_3030
        guard word & highNibbles == zeros, (word &+ 0x0606_0606_0606_0606) & highNibbles == zeros else { return nil }
        // Combine neighbours into two-digit, then four-digit, then eight-digit values.
        let digits = word &- zeros
        let pairs = (digits &* 10 &+ (digits >> 8)) & 0x00FF_00FF_00FF_00FF
        let quads = (pairs &* 100 &+ (pairs >> 16)) & 0x0000_FFFF_0000_FFFF
        return (quads &* 10_000 &+ (quads >> 32)) & 0xFFFF_FFFF
    }

    private func expectedDigit() -> LineError {
        position < count ? .unexpected(byte(at: position), at: position) : .endOfLine(at: position, expecting: "a digit")
    }

    /// Consumes `true`, `false` or `null` at the cursor.
    mutating func scanLiteral() throws(LineError) {
        let first = byte(at: position)
        let word: StaticString = first == UInt8(ascii: "t") ? "true" : first == UInt8(ascii: "f") ? "false" : "null"
        let length = word.utf8CodeUnitCount
        for index in 0..<length {
            guard position + index < count else { throw .endOfLine(at: position + index, expecting: word) }
            let actual = byte(at: position + index)
            guard actual == word.utf8Start[index] else { throw .unexpected(actual, at: position + index) }
        }
        position += length
    }

    // MARK: Skipping values

    /// Skips one complete value at the cursor, validating it; `depth` is the nesting it sits in.
    mutating func skipValue(depth outerDepth: Int = 0) throws(LineError) {
        // A scalar (most skipped values) needs no container stack; the walk below reads it the same way.
        skipWhitespace()
        if position < count {
            switch byte(at: position) {
            case UInt8(ascii: "\""):
                _ = try scanString()
                return
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if !skipPlainInteger() { _ = try scanNumber() }
                return
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                try scanLiteral()
                return
            default:
                break
            }
        }
        try skipContainer(depth: outerDepth)
    }

    /// Passes a number at the cursor that is a plain integer (`1`, `0`, `412`: no sign, fraction or
    /// exponent, no leading zero); false, with the cursor unmoved, for any other number.
    @inline(__always)
    private mutating func skipPlainInteger() -> Bool {
        let first = byte(at: position)
        guard first &- UInt8(ascii: "0") < 10 else { return false }
        var end = position &+ 1
        if first != UInt8(ascii: "0") {
            while end < count && byte(at: end) &- UInt8(ascii: "0") < 10 { end &+= 1 }
        }
        if end < count {
            let next = byte(at: end)
            guard next &- UInt8(ascii: "0") >= 10, next != UInt8(ascii: "."), next | 0x20 != UInt8(ascii: "e") else { return false }
        }
        position = end
        return true
    }

    /// Skips the value at the cursor with an explicit stack of the containers open around the cursor.
    mutating func skipContainer(depth outerDepth: Int) throws(LineError) {
        var stack = ContainerStack()
        let limit = Self.maxDepth - outerDepth
        while true {
            // A value is expected here.
            let first = try nextSignificant(expecting: "a value")
            var closedValue = true
            switch first {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard stack.depth < limit else { throw .syntax("nesting deeper than \(Self.maxDepth) levels", at: position) }
                let isObject = first == UInt8(ascii: "{")
                stack.push(isObject: isObject)
                position += 1
                let next = try nextSignificant(expecting: isObject ? "a key or '}'" : "a value or ']'")
                if next == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    position += 1
                    stack.pop()
                } else if isObject {
                    try skipKeyAndColon()
                    closedValue = false
                } else {
                    closedValue = false
                }
            case UInt8(ascii: "\""):
                _ = try scanString()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                _ = try scanNumber()
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                try scanLiteral()
            default:
                throw .unexpected(first, at: position)
            }
            guard closedValue else { continue }
            // After a complete value: close containers or move to the next element.
            while true {
                guard stack.depth > 0 else { return }
                let isObject = stack.topIsObject
                let next = try nextSignificant(expecting: isObject ? "',' or '}'" : "',' or ']'")
                if next == UInt8(ascii: ",") {
                    position += 1
                    if isObject { try skipKeyAndColon() }
                    break
                } else if next == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    position += 1
                    stack.pop()
                } else {
                    throw .unexpected(next, at: position)
                }
            }
        }
    }

    /// Consumes `"key" :` inside an object being skipped.
    private mutating func skipKeyAndColon() throws(LineError) {
        let quote = try nextSignificant(expecting: "a key")
        guard quote == UInt8(ascii: "\"") else { throw .unexpected(quote, at: position) }
        _ = try scanString()
        try consume(UInt8(ascii: ":"), expecting: "':'")
    }
}

/// The content of a scanned string: byte offsets within the line, quotes excluded.
struct StringToken {
    var start: Int
    var end: Int
    var hasEscapes: Bool

    var count: Int { end - start }
}
