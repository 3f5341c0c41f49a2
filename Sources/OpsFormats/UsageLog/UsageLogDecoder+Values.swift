import OpsModel

// The decoder's walk inlines its readers with `@inline(always)`, which Swift 6.3 brought.
#if !compiler(>=6.3)
#error("opstop needs Swift 6.3 or later to build (the decoder uses @inline(always))")
#endif

/// A scalar value at the cursor, scanned but not yet converted.
enum ScalarValue {
    case string(StringToken)
    case number(JSONNumber)
    case null
    /// `true`, `false`, an object or an array (already skipped).
    case other
}

/// How a time field is written.
enum TimeRule {
    /// `*_unix_nano`: integer nanoseconds, as a number or a decimal string.
    case unixNanos
    /// RFC 3339 text, or epoch seconds/milliseconds/microseconds/nanoseconds told apart by magnitude.
    case flexible

    /// The power of ten that turns an epoch integer of `digits` digits into nanoseconds: up to 11
    /// digits are seconds, 12–14 milliseconds, 15–17 microseconds (``flexible`` only).
    @inline(__always)
    func nanosPower(integerDigits digits: Int) -> Int {
        switch self {
        case .unixNanos: return 0
        case .flexible: return digits <= 11 ? 9 : digits <= 14 ? 6 : digits <= 17 ? 3 : 0
        }
    }
}

extension UsageLogDecoder {
    /// Nanoseconds of 1970-01-01T00:00:00Z through 2200-12-31T23:59:59.999999999Z (84,371 days;
    /// `theValidTimesEndWithTheYear2200` derives it from the calendar). A literal: a `static let`
    /// computed at first use costs a `swift_once` call on every time read.
    static var validNanos: ClosedRange<Int64> {
        @inline(__always) get { 0...7_289_654_399_999_999_999 }
    }

    @inline(__always)
    mutating func scanScalar(_ scanner: inout JSONScanner) throws(LineError) -> ScalarValue {
        let first = try scanner.nextSignificant(expecting: "a value")
        switch first {
        case UInt8(ascii: "\""):
            return .string(try scanner.scanString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try scanner.scanNumber())
        case UInt8(ascii: "n"):
            try scanner.scanLiteral()
            return .null
        default:
            try scanner.skipValue(depth: 3)
            return .other
        }
    }

    /// A text field, kept as its place in the line; a number is kept as its text, and an empty string counts as absent.
    @inline(__always)
    mutating func readText(_ key: KnownKey, _ scanner: inout JSONScanner) throws(LineError) -> TextRef {
        try readTextInPlace(key, &scanner)
    }

    /// ``readText(_:_:)`` inlined where it is called (`@inline(always)`): at its one call site in
    /// `readValue`, which reads every key holding plain text, so the walk holds one copy.
    @inline(always)
    mutating func readTextInPlace(_ key: KnownKey, _ scanner: inout JSONScanner) throws(LineError) -> TextRef {
        let first = try scanner.nextSignificant(expecting: "a value")
        if first == UInt8(ascii: "\"") {
            return TextRef(try scanner.scanString(endInOneStep: true))
        }
        switch try scanScalar(&scanner) {
        case let .string(token):
            return TextRef(token)
        case let .number(number):
            return TextRef(verbatim: number.start, number.end)
        case .null:
            return .absent
        case .other:
            problems.report("expected a string for \(key.text)")
            return .absent
        }
    }

    /// `kind`: `span`, `breaker`, `budget`, `eval` or `evaluation` (any case); anything else is a record opstop does not read.
    mutating func readKind(_ scanner: inout JSONScanner) throws(LineError) -> RecordFields.Kind? {
        if usesFastPaths && Self.fastSpanKind(&scanner) { return .span }
        switch try scanScalar(&scanner) {
        case let .string(token):
            return withText(token, in: scanner) { _, bytes in
                if Self.equalsIgnoringCase(bytes, "span") { return .span }
                if Self.equalsIgnoringCase(bytes, "breaker") { return .breaker }
                if Self.equalsIgnoringCase(bytes, "budget") { return .budget }
                if Self.equalsIgnoringCase(bytes, "eval") || Self.equalsIgnoringCase(bytes, "evaluation") {
                    return .evaluation
                }
                return .other
            }
        case .null:
            return nil
        case .number, .other:
            return .other
        }
    }

    /// `status`: ok/success, error/failure/failed, unset (any case, also OTel's `STATUS_CODE_*`).
    mutating func readStatus(_ key: KnownKey, _ scanner: inout JSONScanner) throws(LineError) -> SpanStatus? {
        try readKeyword(key, &scanner, expected: "ok, error or unset") { bytes in
            if Self.equalsIgnoringCase(bytes, "ok") || Self.equalsIgnoringCase(bytes, "success")
                || Self.equalsIgnoringCase(bytes, "status_code_ok") { return .ok }
            if Self.equalsIgnoringCase(bytes, "error") || Self.equalsIgnoringCase(bytes, "failure")
                || Self.equalsIgnoringCase(bytes, "failed") || Self.equalsIgnoringCase(bytes, "status_code_error") {
                return .error
            }
            if Self.equalsIgnoringCase(bytes, "unset") || Self.equalsIgnoringCase(bytes, "status_code_unset") {
                return .unset
            }
            return nil
        }
    }

    mutating func readComponent(_ key: KnownKey, _ scanner: inout JSONScanner) throws(LineError) -> Component? {
        try readKeyword(key, &scanner, expected: "llm, tool, query, retrieval, cache, guardrail or other") { bytes in
            if Self.equalsIgnoringCase(bytes, "llm") { return Component.llm }
            if Self.equalsIgnoringCase(bytes, "tool") { return .tool }
            if Self.equalsIgnoringCase(bytes, "query") { return .query }
            if Self.equalsIgnoringCase(bytes, "retrieval") { return .retrieval }
            if Self.equalsIgnoringCase(bytes, "other") { return .other }
            if Self.equalsIgnoringCase(bytes, "cache") { return .cache }
            if Self.equalsIgnoringCase(bytes, "guardrail") { return .guardrail }
            return nil
        }
    }

    mutating func readCategory(_ key: KnownKey, _ scanner: inout JSONScanner) throws(LineError) -> ErrorCategory? {
        try readKeyword(key, &scanner, expected: "transient, user or system") { bytes in
            if Self.equalsIgnoringCase(bytes, "transient") { return ErrorCategory.transient }
            if Self.equalsIgnoringCase(bytes, "user") { return .user }
            if Self.equalsIgnoringCase(bytes, "system") { return .system }
            return nil
        }
    }

    mutating func readKeyword<Value>(
        _ key: KnownKey, _ scanner: inout JSONScanner, expected: String,
        _ parse: (UnsafeRawBufferPointer) -> Value?
    ) throws(LineError) -> Value? {
        // A short plain string that `parse` knows is read in one step; the rest (and its problem) below.
        if usesFastPaths, let (start, length) = Self.shortPlainString(scanner),
           let value = parse(UnsafeRawBufferPointer(start: scanner.base + start, count: length)) {
            scanner.position = start &+ length &+ 1
            return value
        }
        switch try scanScalar(&scanner) {
        case let .string(token):
            let (value, text): (Value?, String?) = withText(token, in: scanner) { _, bytes in
                if let value = parse(bytes) { return (value, nil) }
                return (nil, String(decoding: bytes.prefix(40), as: UTF8.self))
            }
            if let text { problems.report("unknown \(key.text) '\(text)' (expected \(expected))") }
            return value
        case .null:
            return nil
        case .number, .other:
            problems.report("expected a string for \(key.text) (\(expected))")
            return nil
        }
    }

    /// A token count: a whole, non-negative number, or such a number written as a string.
    ///
    /// Inlined into the walk, like the other readers of values nearly every line carries: its fast
    /// path in place, the rest out of line.
    @inline(always)
    mutating func readCount(_ key: KnownKey, _ scanner: inout JSONScanner) throws(LineError) -> Int64? {
        if usesFastPaths, let value = Self.fastCount(&scanner) { return value }
        return try readCountFully(key, &scanner)
    }

    /// ``readCount(_:_:)`` past its fast path.
    @inline(never)
    private mutating func readCountFully(_ key: KnownKey, _ scanner: inout JSONScanner) throws(LineError) -> Int64? {
        guard let number = try readNumber(key, &scanner) else { return nil }
        switch number.integer() {
        case let .value(value):
            guard value >= 0 else {
                problems.report("\(key.text) must not be negative (found \(value))")
                return nil
            }
            return value
        case .notWhole:
            problems.report("expected a whole number for \(key.text)")
        case .outOfRange:
            problems.report("number out of range for \(key.text)")
        }
        return nil
    }

    /// A money amount in USD: a finite, non-negative number, or such a number written as a string.
    mutating func readAmount(_ key: KnownKey, _ scanner: inout JSONScanner) throws(LineError) -> Double? {
        guard let number = try readNumber(key, &scanner) else { return nil }
        guard let value = scanner.doubleValue(of: number) else {
            problems.report("number out of range for \(key.text)")
            return nil
        }
        guard value >= 0 else {
            problems.report("\(key.text) must not be negative (found \(value))")
            return nil
        }
        return value
    }

    /// A time as nanoseconds since the epoch, checked to lie in the years 1970 through 2200.
    @inline(always)
    mutating func readTime(_ key: KnownKey, _ scanner: inout JSONScanner, rule: TimeRule) throws(LineError) -> Int64? {
        if usesFastPaths, let nanos = Self.fastTime(&scanner, rule: rule) { return nanos }
        return try readTimeFully(key, &scanner, rule: rule)
    }

    /// ``readTime(_:_:rule:)`` past its fast path.
    @inline(never)
    private mutating func readTimeFully(_ key: KnownKey, _ scanner: inout JSONScanner, rule: TimeRule) throws(LineError) -> Int64? {
        let nanos: Int64
        switch try scanScalar(&scanner) {
        case .null:
            return nil
        case .other:
            problems.report("expected a time for \(key.text)")
            return nil
        case let .number(number):
            guard let value = epochNanos(number, key, rule: rule) else { return nil }
            nanos = value
        case let .string(token):
            if rule == .unixNanos, let value = Self.plainInteger(token, scanner) {
                nanos = value
            } else if rule == .flexible, token.count >= 10, scanner.byte(at: token.start + 4) == UInt8(ascii: "-") {
                let parsed = withText(token, in: scanner) { _, bytes in RFC3339.parse(bytes) }
                guard let parsed else {
                    problems.report("invalid RFC 3339 time for \(key.text)")
                    return nil
                }
                nanos = parsed
            } else if let number = Self.number(in: token, scanner) {
                guard let value = epochNanos(number, key, rule: rule) else { return nil }
                nanos = value
            } else {
                problems.report(rule == .flexible
                    ? "expected an RFC 3339 time or an epoch number for \(key.text)"
                    : "expected integer nanoseconds for \(key.text)")
                return nil
            }
        }
        guard Self.validNanos.contains(nanos) else {
            problems.report("\(key.text) is outside the years 1970 through 2200")
            return nil
        }
        return nanos
    }

    /// `duration_ms` as nanoseconds (fractions of a millisecond are kept to the nanosecond).
    @inline(always)
    mutating func readDuration(_ key: KnownKey, _ scanner: inout JSONScanner) throws(LineError) -> Int64? {
        if usesFastPaths, let nanos = Self.fastDuration(&scanner) { return nanos }
        return try readDurationFully(key, &scanner)
    }

    /// ``readDuration(_:_:)`` past its fast path.
    @inline(never)
    private mutating func readDurationFully(_ key: KnownKey, _ scanner: inout JSONScanner) throws(LineError) -> Int64? {
        guard let number = try readNumber(key, &scanner) else { return nil }
        guard case let .value(nanos) = number.integer(scaledBy: 6, truncating: true) else {
            problems.report("number out of range for \(key.text)")
            return nil
        }
        guard nanos >= 0 else {
            problems.report("\(key.text) must not be negative")
            return nil
        }
        return nanos
    }

    /// Content: an array or object is kept as its JSON text, a string as its text.
    mutating func readContent(_ key: KnownKey, _ scanner: inout JSONScanner, context: Context) throws(LineError) -> TextRef {
        guard options.keepContent else {
            try scanner.skipValue(depth: context.depth)
            return .absent
        }
        let start = scanner.position
        switch scanner.peek() {
        case UInt8(ascii: "\""):
            return try readText(key, &scanner)
        case UInt8(ascii: "n"):
            try scanner.scanLiteral()
            return .absent
        default:
            try scanner.skipValue(depth: context.depth)
            return TextRef(verbatim: start, scanner.position)
        }
    }

    /// A number, or a number written as a string (`"412"`); nil for null, with a problem for anything else.
    mutating func readNumber(_ key: KnownKey, _ scanner: inout JSONScanner) throws(LineError) -> JSONNumber? {
        switch try scanScalar(&scanner) {
        case let .number(number):
            return number
        case let .string(token):
            if let number = Self.number(in: token, scanner) { return number }
            problems.report("expected a number for \(key.text)")
            return nil
        case .null:
            return nil
        case .other:
            problems.report("expected a number for \(key.text)")
            return nil
        }
    }

    private mutating func epochNanos(_ number: JSONNumber, _ key: KnownKey, rule: TimeRule) -> Int64? {
        let power = rule.nanosPower(integerDigits: number.integerDigits)
        guard case let .value(nanos) = number.integer(scaledBy: power, truncating: true) else {
            problems.report("\(key.text) is outside the years 1970 through 2200")
            return nil
        }
        return nanos
    }

    /// The number a string holds in full (`"412"`, `"1795433580827749312"`), with offsets into the line.
    static func number(in token: StringToken, _ scanner: JSONScanner) -> JSONNumber? {
        guard !token.hasEscapes, token.count > 0 else { return nil }
        let first = scanner.byte(at: token.start)
        guard first == UInt8(ascii: "-") || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) else { return nil }
        var inner = JSONScanner(base: scanner.base, count: token.end)
        inner.position = token.start
        guard let number = try? inner.scanNumber(), inner.position == token.end else { return nil }
        return number
    }

    /// The value of a string holding 1 to 19 plain digits (no sign, no leading zero) that fits an `Int64`.
    ///
    /// The fast path for `"1795433580827749312"`; nil sends anything else down the full number grammar.
    @inline(__always)
    static func plainInteger(_ token: StringToken, _ scanner: JSONScanner) -> Int64? {
        let count = token.count
        guard !token.hasEscapes, count >= 1, count <= 19 else { return nil }
        let start = scanner.base + token.start
        if count > 1 && start.load(as: UInt8.self) == UInt8(ascii: "0") { return nil }
        var value: UInt64 = 0
        var offset = 0
        while offset &+ 8 <= count {
            let word = UInt64(littleEndian: start.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            guard let eight = JSONScanner.eightDigits(word) else { return nil }
            value = value &* 100_000_000 &+ eight
            offset &+= 8
        }
        while offset < count {
            let digit = start.load(fromByteOffset: offset, as: UInt8.self) &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ UInt64(digit)
            offset &+= 1
        }
        guard value <= UInt64(Int64.max) else { return nil }
        return Int64(value)
    }

    /// ASCII case-insensitive comparison with a lowercase ASCII word, eight bytes at a time.
    @inline(__always)
    static func equalsIgnoringCase(_ bytes: UnsafeRawBufferPointer, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count == count, let base = bytes.baseAddress else { return false }
        let expected = UnsafeRawPointer(word.utf8Start)
        var offset = 0
        while offset &+ 8 <= count {
            guard lowercased(base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                == expected.loadUnaligned(fromByteOffset: offset, as: UInt64.self) else { return false }
            offset &+= 8
        }
        guard offset < count else { return true }
        // `loadShort` only places bytes, so lowering its word lowers each byte it holds.
        let rest = count &- offset
        return lowercased(StringInterner.loadShort(base + offset, rest)) == StringInterner.loadShort(expected + offset, rest)
    }

    /// The eight bytes of `word` with `A`–`Z` made lowercase and every other byte unchanged. Per
    /// byte and exact: the low seven bits plus less than 0x80 never carry into the next byte.
    @inline(__always)
    static func lowercased(_ word: UInt64) -> UInt64 {
        let highs: UInt64 = 0x8080_8080_8080_8080
        let low7 = word & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = low7 &+ 0x3F3F_3F3F_3F3F_3F3F // 0x80 - 0x41
        let pastZ = low7 &+ 0x2525_2525_2525_2525 // 0x80 - 0x5B
        let upper = atLeastA & ~pastZ & ~word & highs
        return word | (upper >> 2)
    }

    /// Sixteen hex digits (either case) at `bytes` as a number; nil if any byte is not a hex digit.
    ///
    /// All sixteen at once, with wrapping lane arithmetic only (it compiles to SSE2; Swift's lane
    /// comparisons do not): a lane `x` is below `n` exactly when neither `x` nor `x + 0x80 - n` has
    /// its high bit set.
    @inline(__always)
    static func sixteenHexDigits(_ bytes: UnsafeRawPointer) -> UInt64? {
        let text = bytes.loadUnaligned(as: SIMD16<UInt8>.self)
        let digits = text &- SIMD16(repeating: UInt8(ascii: "0"))
        let letters = (text | SIMD16(repeating: 0x20)) &- SIMD16(repeating: UInt8(ascii: "a"))
        let neither = (digits | (digits &+ SIMD16(repeating: 0x80 - 10))) & (letters | (letters &+ SIMD16(repeating: 0x80 - 6)))
            & SIMD16(repeating: 0x80)
        let bad = unsafeBitCast(neither, to: SIMD2<UInt64>.self)
        guard bad[0] | bad[1] == 0 else { return nil }
        // Digits have bit 6 clear; letters have it set and need 9 added to their low nibble.
        let letterBit = (text & SIMD16(repeating: 0x40)) &>> 6
        let nibbles = (text & SIMD16(repeating: 0x0F)) &+ letterBit &+ (letterBit &<< 3)
        // Each 16-bit lane holds two digits, the first in its low byte: make them one byte.
        let lanes = unsafeBitCast(nibbles, to: SIMD8<UInt16>.self)
        let pairs = unsafeBitCast(((lanes & SIMD8(repeating: 0x0F)) &<< 4) | (lanes &>> 8), to: SIMD2<UInt64>.self)
        // Four bytes spread one per 16-bit lane, gathered into the low 32 bits, first digit pair lowest.
        func gather(_ word: UInt64) -> UInt64 {
            let halves = (word | word >> 8) & 0x0000_FFFF_0000_FFFF
            return (halves | halves >> 16) & 0xFFFF_FFFF
        }
        // The first digit pair is the most significant byte.
        return (gather(UInt64(littleEndian: pairs[0])) | gather(UInt64(littleEndian: pairs[1])) << 32).byteSwapped
    }
}
