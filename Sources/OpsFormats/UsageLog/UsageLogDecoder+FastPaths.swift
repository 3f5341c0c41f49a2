/// One-pass readers for the values nearly every line carries, written the way opstop's own logs
/// write them. Each returns nil with the cursor unmoved for anything else, which then takes the full
/// grammar, so a line decodes to exactly what the full grammar gives (`FastPathReferenceTests`
/// decodes generated and mutated lines both ways and requires the same result).
extension UsageLogDecoder {
    /// A time written as `"` + 19 digits + `"` (`*_unix_nano`), or as a plain integer of 1 to 18
    /// digits (epoch seconds to nanoseconds told apart by `rule`), inside the valid years.
    ///
    /// Declines leading zeros, fractions, exponents, escapes and values outside the years, whose
    /// problems the full path reports. `@inline(always)`: inlined readers (``readTime(_:_:rule:)``)
    /// sit in the walk, where the optimizer no longer inlines what is only `@inline(__always)`.
    @inline(always)
    static func fastTime(_ scanner: inout JSONScanner, rule: TimeRule) -> Int64? {
        let position = scanner.position
        guard position < scanner.count else { return nil }
        let start = scanner.base + position
        let first = start.load(as: UInt8.self)
        let nanos: Int64
        if first == UInt8(ascii: "\"") {
            // Both rules read 19 digits as nanoseconds (the flexible rule scales only shorter numbers).
            guard position &+ 21 <= scanner.count,
                  start.load(fromByteOffset: 1, as: UInt8.self) != UInt8(ascii: "0"),
                  start.load(fromByteOffset: 20, as: UInt8.self) == UInt8(ascii: "\""),
                  let high = JSONScanner.eightDigits(Self.word(start, 1)),
                  let middle = JSONScanner.eightDigits(Self.word(start, 9)),
                  // Digits 12 to 19: overlaps `middle`, and supplies the last three digits.
                  let last = JSONScanner.eightDigits(Self.word(start, 12))
            else { return nil }
            let value = high &* 100_000_000_000 &+ middle &* 1000 &+ last % 1000
            guard value <= UInt64(Int64.max) else { return nil }
            nanos = Int64(value)
            scanner.position = position &+ 21
        } else {
            guard first &- UInt8(ascii: "1") < 9 else { return nil }
            var value: UInt64 = 0
            var end = position
            // Epoch times have ten or more digits: the first eight in one step, then up to eight more in one.
            if position &+ 8 <= scanner.count, let eight = JSONScanner.eightDigits(Self.word(start, 0)) {
                value = eight
                end = position &+ 8
                if position &+ 16 <= scanner.count {
                    let (more, digits) = Self.leadingDigits(Self.word(start, 8))
                    if digits < 8 {
                        value = value &* smallPowerOfTen(digits) &+ more
                        end = position &+ 8 &+ digits
                    }
                }
            }
            let limit = Swift.min(scanner.count, position &+ 19)
            while end < limit, case let digit = scanner.byte(at: end) &- UInt8(ascii: "0"), digit < 10 {
                value = value &* 10 &+ UInt64(digit)
                end &+= 1
            }
            // 19 digits may not fit; a fraction or an exponent changes the value.
            let digits = end &- position
            guard digits <= 18, !continuesNumber(scanner, at: end) else { return nil }
            let power = rule.nanosPower(integerDigits: digits)
            let (scaled, overflow) = value.multipliedReportingOverflow(by: smallPowerOfTen(power))
            guard !overflow, scaled <= UInt64(Int64.max) else { return nil }
            nanos = Int64(scaled)
            scanner.position = end
        }
        guard validNanos.contains(nanos) else {
            scanner.position = position
            return nil
        }
        return nanos
    }

    /// 10 to the power `exponent`, 0 through 9 (1 otherwise): a constant table, where
    /// `JSONNumber.powersOfTen`, a lazily made global, costs a `swift_once` call per read.
    @inline(__always)
    static func smallPowerOfTen(_ exponent: Int) -> UInt64 {
        switch exponent {
        case 1: return 10
        case 2: return 100
        case 3: return 1000
        case 4: return 10000
        case 5: return 100_000
        case 6: return 1_000_000
        case 7: return 10_000_000
        case 8: return 100_000_000
        case 9: return 1_000_000_000
        default: return 1
        }
    }

    /// A token count written as a plain integer of 1 to 18 digits (`1136`, `0`).
    @inline(__always)
    static func fastCount(_ scanner: inout JSONScanner) -> Int64? {
        guard let (value, end) = plainDigits(scanner, from: scanner.position), !continuesNumber(scanner, at: end)
        else { return nil }
        scanner.position = end
        return Int64(value)
    }

    /// `duration_ms` written as a plain integer or decimal of up to 18 digits with at most six after
    /// the point (`551.265`, `2`), as nanoseconds. `@inline(always)`, as ``fastTime(_:rule:)``.
    @inline(always)
    static func fastDuration(_ scanner: inout JSONScanner) -> Int64? {
        if scanner.position &+ 16 <= scanner.count, let nanos = wordDuration(&scanner) { return nanos }
        guard let (whole, wholeEnd) = plainDigits(scanner, from: scanner.position) else { return nil }
        var nanos = UInt64(0)
        var end = wholeEnd
        if end < scanner.count && scanner.byte(at: end) == UInt8(ascii: ".") {
            var fraction: UInt64 = 0
            end &+= 1
            let fractionStart = end
            let limit = Swift.min(scanner.count, fractionStart &+ 7)
            while end < limit, case let digit = scanner.byte(at: end) &- UInt8(ascii: "0"), digit < 10 {
                fraction = fraction &* 10 &+ UInt64(digit)
                end &+= 1
            }
            let fractionDigits = end &- fractionStart
            // No digit after the point is not JSON; a seventh digit would need truncating.
            guard fractionDigits >= 1, fractionDigits <= 6, wholeEnd &- scanner.position &+ fractionDigits <= 18 else { return nil }
            nanos = fraction &* smallPowerOfTen(6 &- fractionDigits)
        }
        guard !continuesNumber(scanner, at: end) else { return nil }
        let (scaled, overflow) = whole.multipliedReportingOverflow(by: 1_000_000)
        guard !overflow, case let (total, carry) = scaled.addingReportingOverflow(nanos), !carry,
              total <= UInt64(Int64.max)
        else { return nil }
        scanner.position = end
        return Int64(total)
    }

    /// `fastDuration` for a duration of 1 to 7 whole digits and at most six after the point, read
    /// a word at a time; nil (cursor unmoved) for anything else, which `fastDuration` reads byte by byte.
    /// Needs sixteen bytes of the line from the cursor. `@inline(always)`, as ``fastTime(_:rule:)``.
    @inline(always)
    private static func wordDuration(_ scanner: inout JSONScanner) -> Int64? {
        let start = scanner.base + scanner.position
        let (whole, wholeDigits) = leadingDigits(word(start, 0))
        // A digit after a leading zero is not JSON; eight whole digits are left to the byte loop.
        guard wholeDigits >= 1, wholeDigits <= 7,
              wholeDigits == 1 || start.load(as: UInt8.self) != UInt8(ascii: "0")
        else { return nil }
        var nanos = whole &* 1_000_000
        var length = wholeDigits
        if start.load(fromByteOffset: length, as: UInt8.self) == UInt8(ascii: ".") {
            let (fraction, fractionDigits) = leadingDigits(word(start, length &+ 1))
            guard fractionDigits >= 1, fractionDigits <= 6 else { return nil }
            nanos &+= fraction &* smallPowerOfTen(6 &- fractionDigits)
            length &+= 1 &+ fractionDigits
        }
        let next = start.load(fromByteOffset: length, as: UInt8.self)
        guard next != UInt8(ascii: "."), next | 0x20 != UInt8(ascii: "e") else { return nil }
        scanner.position &+= length
        return Int64(nanos)
    }

    /// How many of the eight bytes of `word` (loaded little-endian) are ASCII digits before the first
    /// byte that is not, and those digits' value (0 for none).
    @inline(__always)
    static func leadingDigits(_ word: UInt64) -> (value: UInt64, count: Int) {
        let values = word ^ 0x3030_3030_3030_3030
        // A byte's high bit is set when it is not a digit (its value is 10 or more); a carry out of such
        // a byte reaches only later bytes, so the lowest set bit still marks the first one.
        let notDigits = ((values &+ 0x7676_7676_7676_7676) | values) & 0x8080_8080_8080_8080
        let count = notDigits.trailingZeroBitCount &>> 3
        guard count > 0 else { return (0, 0) }
        // The digits moved to the high bytes behind leading zeros, then combined as eight digits are.
        let digits = values << UInt64(64 &- count &<< 3)
        let pairs = (digits &* 10 &+ (digits >> 8)) & 0x00FF_00FF_00FF_00FF
        let quads = (pairs &* 100 &+ (pairs >> 16)) & 0x0000_FFFF_0000_FFFF
        return ((quads &* 10_000 &+ (quads >> 32)) & 0xFFFF_FFFF, count)
    }

    /// The value of the plain integer at `start` (`0`, or 1 to 18 digits without a leading zero) and
    /// where its digits end; nil for anything else, such as a sign or a 19th digit.
    @inline(__always)
    private static func plainDigits(_ scanner: JSONScanner, from start: Int) -> (UInt64, Int)? {
        guard start < scanner.count else { return nil }
        let first = scanner.byte(at: start) &- UInt8(ascii: "0")
        guard first < 10 else { return nil }
        var value = UInt64(first)
        var end = start &+ 1
        if first != 0 {
            let limit = Swift.min(scanner.count, start &+ 18)
            while end < limit, case let digit = scanner.byte(at: end) &- UInt8(ascii: "0"), digit < 10 {
                value = value &* 10 &+ UInt64(digit)
                end &+= 1
            }
        }
        // A 19th digit may not fit; a digit after a leading zero is not JSON.
        guard end >= scanner.count || scanner.byte(at: end) &- UInt8(ascii: "0") >= 10 else { return nil }
        return (value, end)
    }

    /// Whether the number whose digits end at `end` goes on with a fraction or an exponent.
    @inline(__always)
    private static func continuesNumber(_ scanner: JSONScanner, at end: Int) -> Bool {
        guard end < scanner.count else { return false }
        let next = scanner.byte(at: end)
        return next == UInt8(ascii: ".") || next | 0x20 == UInt8(ascii: "e")
    }

    /// Where the content of the string at the cursor lies, `(start, length)`, when it is 1 to 15
    /// bytes with no escape (a keyword such as `llm`, `error`, `pass`), found in one sixteen-byte step.
    @inline(__always)
    static func shortPlainString(_ scanner: JSONScanner) -> (start: Int, length: Int)? {
        let position = scanner.position
        guard position &+ 17 <= scanner.count, scanner.byte(at: position) == UInt8(ascii: "\"") else { return nil }
        let (low, high) = JSONScanner.attentionWords(
            scanner.base.loadUnaligned(fromByteOffset: position &+ 1, as: SIMD16<UInt8>.self))
        let length: Int
        if low != 0 {
            length = low.trailingZeroBitCount &>> 3
        } else if high != 0 {
            length = 8 &+ high.trailingZeroBitCount &>> 3
        } else {
            return nil
        }
        // The first byte that matters must be the closing quote (not a backslash or a control byte).
        guard length > 0, scanner.byte(at: position &+ 1 &+ length) == UInt8(ascii: "\"") else { return nil }
        return (position &+ 1, length)
    }

    /// `"span"` in any case, the kind of nearly every native line.
    @inline(__always)
    static func fastSpanKind(_ scanner: inout JSONScanner) -> Bool {
        let position = scanner.position
        guard position &+ 6 <= scanner.count else { return false }
        let start = scanner.base + position
        // `| 0x20` folds exactly the upper-case letters onto these lower-case ones.
        let word = UInt32(littleEndian: start.loadUnaligned(fromByteOffset: 1, as: UInt32.self)) | 0x2020_2020
        guard start.load(as: UInt8.self) == UInt8(ascii: "\""), word == 0x6E61_7073,
              start.load(fromByteOffset: 5, as: UInt8.self) == UInt8(ascii: "\"")
        else { return false }
        scanner.position = position &+ 6
        return true
    }

    /// A trace id as text, with its value when written as `"` + 32 hex digits + `"`; inlined into the walk.
    @inline(always)
    mutating func readTraceID(_ key: KnownKey, _ scanner: inout JSONScanner) throws(LineError) -> (TextRef, (high: UInt64, low: UInt64)?) {
        let position = scanner.position
        if usesFastPaths, position &+ 34 <= scanner.count {
            let start = scanner.base + position
            // Hex digits are never a quote, a backslash or a control byte: the string ends at the 33rd byte.
            if start.load(as: UInt8.self) == UInt8(ascii: "\""), start.load(fromByteOffset: 33, as: UInt8.self) == UInt8(ascii: "\""),
               let high = Self.sixteenHexDigits(start + 1), let low = Self.sixteenHexDigits(start + 17) {
                scanner.position = position &+ 34
                return (TextRef(verbatim: position &+ 1, position &+ 33), (high, low))
            }
        }
        return (try readText(key, &scanner), nil)
    }

    /// A span id as text, with its value when written as `"` + 16 hex digits + `"`; inlined into the walk.
    @inline(always)
    mutating func readSpanID(_ key: KnownKey, _ scanner: inout JSONScanner) throws(LineError) -> (TextRef, UInt64?) {
        let position = scanner.position
        if usesFastPaths, position &+ 18 <= scanner.count {
            let start = scanner.base + position
            if start.load(as: UInt8.self) == UInt8(ascii: "\""), start.load(fromByteOffset: 17, as: UInt8.self) == UInt8(ascii: "\""),
               let value = Self.sixteenHexDigits(start + 1) {
                scanner.position = position &+ 18
                return (TextRef(verbatim: position &+ 1, position &+ 17), value)
            }
        }
        return (try readText(key, &scanner), nil)
    }

    @inline(__always)
    private static func word(_ start: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: start.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
}
