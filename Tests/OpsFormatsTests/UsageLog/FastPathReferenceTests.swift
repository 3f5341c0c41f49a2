import Testing
@testable import OpsModel
@testable import OpsFormats
import OpsTestSupport

// The decoder's one-pass readers (`UsageLogDecoder+FastPaths`, the operation memo) are held to the
// full grammar: every generated or damaged line must decode the same with them as without them.

/// Everything a decoded line says, every field of a span included.
private func fingerprint(_ line: DecodedLine) -> String {
    switch line {
    case let .event(.span(span)): return "span \(span.box.fields)"
    default: return "\(line)"
    }
}

/// Lines in the native, OTel-named and short forms, with the values the fast paths read written
/// the usual way and in every way they must decline (other lengths, leading zeros, fractions,
/// exponents, escapes, other cases, wrong types, values outside the years).
private struct LineMaker {
    var random: TestRandom

    private mutating func pick(_ choices: [String]) -> String {
        choices[Int.random(in: 0..<choices.count, using: &random)]
    }

    private mutating func digits(_ count: Int, leadingZero: Bool = false) -> String {
        String((0..<count).map { index -> Character in
            let digit = index == 0 && !leadingZero ? Int.random(in: 1...9, using: &random) : Int.random(in: 0...9, using: &random)
            return Character(String(digit))
        })
    }

    /// True six times in ten: the usual spelling, so that most lines are spans that reach the fast paths.
    private mutating func usually() -> Bool {
        Int.random(in: 0..<10, using: &random) < 6
    }

    private mutating func unixNanos() -> String {
        if usually() { return "\"17\(digits(17, leadingZero: true))\"" }
        switch Int.random(in: 0..<14, using: &random) {
        case 0..<5: return "\"17\(digits(17, leadingZero: true))\""
        case 5: return "\"\(digits(19))\""
        case 6: return "\"0\(digits(18, leadingZero: true))\""
        case 7: return "\"\(digits(Int.random(in: 1...21, using: &random)))\""
        case 8: return "17\(digits(Int.random(in: 0...18, using: &random), leadingZero: true))"
        case 9: return pick(["\"179543358082774931\\u0032\"", "\"-1795433580827749312\"", "1795433580827749312.5",
                             "1.7954335808277493e18", "\"1795433580827749312 \"", " \"1795433580827749312\"", "null",
                             "true", "\"\"", "-5", "0", "\"0\"", "\"9223372036854775807\"", "\"9223372036854775808\""])
        case 10: return "\(digits(Int.random(in: 1...20, using: &random)))\(pick(["", ".0", ".5", "e2", "E-1", "0"]))"
        case 11: return pick(["\"7289654399999999999\"", "\"7289654400000000000\"", "7289654399999999999"])
        default: return "\"\(Int64.random(in: 0...7_258_118_400_000_000_100, using: &random))\""
        }
    }

    private mutating func flexibleTime() -> String {
        if usually() { return "17954335\(digits(5, leadingZero: true))" }
        switch Int.random(in: 0..<10, using: &random) {
        case 0..<3: return "17954335\(digits(5, leadingZero: true))"
        case 3: return "\(digits(Int.random(in: 1...20, using: &random)))"
        case 4: return "1795433580\(pick(["", ".5", ".123456", "e0", "E3", "000", "000000", "000000000"]))"
        case 5: return pick(["\"2026-11-23T10:00:00Z\"", "\"2026-11-23T10:00:00.5+01:00\"", "\"2026-13-01T00:00:00Z\"",
                             "\"1795433580\"", "\"1795433580827\"", "-1795433580", "0", "07", "null", "{}"])
        case 6: return "\(Int64.random(in: 0...7_289_654_500, using: &random))"
        case 7: return "\(Int64.random(in: 7_258_118_400_000...9_999_999_999_999, using: &random))"
        default: return "\"\(digits(19))\""
        }
    }

    private mutating func count() -> String {
        if usually() { return "\(Int.random(in: 0...5000, using: &random))" }
        return pick(["0", "00", "01", "-1", "1.5", "1.0", "1e3", "\"12\"", "null", "\(digits(18))", "\(digits(19))",
                     "\(digits(20))", "9223372036854775807", "9223372036854775808", "7 ", "true", "-0"])
    }

    private mutating func duration() -> String {
        if usually() { return "\(Int.random(in: 0...5000, using: &random)).\(digits(3, leadingZero: true))" }
        return pick(["0", "0.5", "00.5", "-1", "1e3", "1.", "1.1234567", "1.123456", "\"12\"", "null", "551",
                     "\(digits(12)).\(digits(6, leadingZero: true))", "\(digits(13)).5", "\(digits(18))",
                     "\(digits(19))", "9223372036854.775807", "9223372036854.775808", "0.000001", "0.0000001", "2E2"])
    }

    /// Values of the keyword fields (component, status, outcome, error category), known and not.
    private mutating func keyword(_ usual: [String]) -> String {
        if usually() || usually() { return "\"\(pick(usual))\"" }
        return pick(["\"cache\"", "\"retrieval\"", "\"Query\"", "\"x\"", "\"STATUS_CODE_ERROR\"", "\"blocked\"",
                     "\"flagged\"", "\"transient\"", "\"\"", "\"ll\\u006d\"", "\"a-very-long-keyword-value\"",
                     "\"tool\\n\"", "\"tool\u{1}\"", "true", "null", "3", "\"status_code_unset\"", "\"passed\""])
    }

    private mutating func kind() -> String {
        if usually() { return "\"span\"" }
        return pick(["\"span\"", "\"span\"", "\"span\"", "\"SPAN\"", "\"Span\"", "\"spaN\"", "\"spam\"", "\"spans\"", "\"spa\"",
              "\"span \"", "\"sp\\u0061n\"", "\"breaker\"", "\"eval\"", "null", "1", "\"\"", "\"s@an\"", "\"sPan\""])
    }

    private mutating func operation() -> String {
        if usually() { return pick(["\"chat\"", "\"execute_tool\""]) }
        return pick(["\"chat\"", "\"chat\"", "\"execute_tool\"", "\"execute_tool\"", "\"invoke_agent\"", "\"retrieval\"",
              "\"text_completion\"", "\"generate_content\"", "\"create_embeddings\"", "\"Chat\"", "\"chat2\"",
              "\"ch\\u0061t\"", "\"\"", "null", "5", "\"embeddings\"", "\"retrieve\"", "\"chat \"", "\"\u{212A}\""])
    }

    private mutating func text() -> String {
        pick(["\"gpt-4o-mini\"", "\"openai\"", "\"lookup_order\"", "\"u_1\"", "\"caf\u{e9}\"", "\"a\\\"b\"", "\"\\u00e9t\u{e9}\"",
              "\"\"", "null", "12", "\"\\uD83D\\uDE00\"", "\"\(String(repeating: "long", count: Int.random(in: 1...12, using: &random)))\""])
    }

    private mutating func id(_ length: Int) -> String {
        let hex = Array("0123456789abcdefABCDEF")
        let count = Int.random(in: 0..<8, using: &random) == 0 ? Int.random(in: 0...40, using: &random) : length
        return "\"" + String((0..<count).map { _ in hex[Int.random(in: 0..<hex.count, using: &random)] }) + "\""
    }

    mutating func line() -> String {
        var members: [String] = []
        switch Int.random(in: 0..<3, using: &random) {
        case 0:
            members = ["\"v\":1", "\"kind\":\(kind())", "\"trace_id\":\(id(32))", "\"span_id\":\(id(16))",
                       "\"parent_span_id\":\(id(16))", "\"name\":\(text())",
                       "\"start_time_unix_nano\":\(unixNanos())", "\"end_time_unix_nano\":\(unixNanos())",
                       "\"gen_ai.operation.name\":\(operation())", "\"gen_ai.provider.name\":\(text())",
                       "\"gen_ai.request.model\":\(text())", "\"gen_ai.usage.input_tokens\":\(count())",
                       "\"gen_ai.usage.output_tokens\":\(count())",
                       "\"gen_ai.tool.name\":\(text())", "\"component\":\(keyword(["llm", "tool", "guardrail"]))", "\"status\":\(keyword(["ok", "error"]))",
                       "\"outcome\":\(keyword(["pass", "blocked"]))",
                       "\"guardrail\":\(text())", "\"error.type\":\(text())", "\"opstop.error.category\":\(keyword(["user", "system"]))",
                       "\"user.id\":\(text())",
                       "\"gen_ai.input.messages\":[{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\(text())}]}]"]
        case 1:
            members = ["\"trace_id\":\(id(32))", "\"span_id\":\(id(16))", "\"parent_id\":\(id(16))",
                       "\"ts\":\(flexibleTime())", "\"duration_ms\":\(duration())",
                       "\"component\":\(keyword(["llm", "tool"]))", "\"status\":\(keyword(["ok", "error"]))", "\"model\":\(text())",
                       "\"provider\":\(text())", "\"input_tokens\":\(count())", "\"cached_tokens\":\(count())", "\"tool\":\(text())", "\"user_id\":\(text())",
                       "\"input\":\(text())", "\"output\":\(text())", "\"kind\":\(kind())"]
        default:
            members = ["\"kind\":\(kind())", "\"name\":\(text())", "\"start_time\":\(flexibleTime())",
                       "\"end_time\":\(flexibleTime())", "\"time\":\(flexibleTime())",
                       "\"time_unix_nano\":\(unixNanos())", "\"gen_ai.operation.name\":\(operation())",
                       "\"gen_ai.request.model\":\(text())", "\"breaker.state\":\"open\"", "\"breaker.name\":\(text())",
                       "\"attributes\":{\"gen_ai.operation.name\":\(operation()),\"start_time_unix_nano\":\(unixNanos())}"]
        }
        // A random subset in a random order; lines of one shape often repeat their order, so keep it sometimes.
        if Int.random(in: 0..<2, using: &random) == 0 { members.shuffle(using: &random) }
        let kept = members.filter { _ in Int.random(in: 0..<10, using: &random) != 0 }
        return "{" + kept.joined(separator: pick([",", ",", ", "])) + "}"
    }

    /// The line with a few bytes flipped, removed, inserted or the end cut off.
    mutating func damage(_ line: String) -> [UInt8] {
        var bytes = Array(line.utf8)
        let alphabet = Array(#"{}[]:,"\ .-+eE0123456789aspnu"#.utf8) + [0x00, 0x1F, 0xC3, 0xFF]
        for _ in 0..<Int.random(in: 1...3, using: &random) where !bytes.isEmpty {
            let index = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: bytes[index] = alphabet[Int.random(in: 0..<alphabet.count, using: &random)]
            case 1: bytes.remove(at: index)
            case 2: bytes.insert(alphabet[Int.random(in: 0..<alphabet.count, using: &random)], at: index)
            default: bytes.removeSubrange(index...)
            }
        }
        return bytes
    }
}

@Test func generatedAndDamagedLinesDecodeTheSameWithAndWithoutTheFastPaths() {
    var maker = LineMaker(random: TestRandom(seed: 0x0DEC_0DE5))
    var fast = UsageLogDecoder()
    var reference = UsageLogDecoder()
    reference.usesFastPaths = false
    var spans = 0
    for round in 0..<30_000 {
        let line = maker.line()
        let bytes = round % 3 == 0 ? maker.damage(line) : Array(line.utf8)
        let decoded = fast.decode(bytes, lineNumber: round + 1)
        if decoded.span != nil { spans += 1 }
        #expect(fingerprint(decoded) == fingerprint(reference.decode(bytes, lineNumber: round + 1)),
                "round \(round): \(String(decoding: bytes, as: UTF8.self))")
    }
    // The generator must reach the fast paths: a good share of the lines are spans.
    #expect(spans > 5000)
}

@Test func theFastPathsReadTheUsualValuesAndDeclineTheRest() {
    var fast = UsageLogDecoder()
    let line = #"{"v":1,"kind":"SPAN","trace_id":"de4431fa3c80db0637e9671c45376d5d","span_id":"c6ca496434129a89","#
        + #""start_time_unix_nano":"1793491200338277649","end_time_unix_nano":1793491200375494649,"#
        + #""gen_ai.operation.name":"execute_tool","gen_ai.tool.name":"lookup_order"}"#
    for _ in 0..<2 {
        let span = fast.decode(line, lineNumber: 1).span
        #expect(span?.startNanos == 1_793_491_200_338_277_649)
        #expect(span?.endNanos == 1_793_491_200_375_494_649)
        #expect(span?.component == .tool)
        #expect(span?.name == "execute_tool lookup_order")
    }
    // Milliseconds, seconds and microseconds by their number of digits.
    let short = #"{"ts":1793491200340,"duration_ms":2,"model":"m"}"#
    #expect(fast.decode(short, lineNumber: 1).span?.startNanos == 1_793_491_200_340_000_000)
    #expect(fast.decode(#"{"ts":1793491200,"duration_ms":2}"#, lineNumber: 1).span?.startNanos == 1_793_491_200_000_000_000)
    #expect(fast.decode(#"{"ts":1793491200340123,"duration_ms":2}"#, lineNumber: 1).span?.startNanos
        == 1_793_491_200_340_123_000)
    #expect(fast.decode(#"{"ts":179349120034012,"duration_ms":2}"#, lineNumber: 1).span?.startNanos
        == 179_349_120_034_012_000)
    // 2201-01-01T00:00:00Z is the first second outside the years read.
    #expect(fast.decode(#"{"ts":7289654399,"duration_ms":0}"#, lineNumber: 1).span?.startNanos == 7_289_654_399_000_000_000)
    #expect(fast.decode(#"{"ts":7289654400,"duration_ms":2}"#, lineNumber: 1).reason
        == "ts is outside the years 1970 through 2200")
    #expect(fast.decode(#"{"ts":17934912003401234,"duration_ms":2}"#, lineNumber: 1).reason
        == "ts is outside the years 1970 through 2200")
    #expect(fast.decode(#"{"kind":"spam","ts":1}"#, lineNumber: 1).isIgnored)
}

/// `report` and `snapshot` decode with `keepContent: false`: the text is skipped, never built.
@Test func linesDecodeTheSameWithoutTheirTextExceptForTheText() {
    var maker = LineMaker(random: TestRandom(seed: 0x7E47))
    var withText = UsageLogDecoder(options: .init(keepContent: true))
    var withoutText = UsageLogDecoder(options: .init(keepContent: false))
    var withContent = 0
    for round in 0..<20_000 {
        let line = maker.line()
        let bytes = round % 3 == 0 ? maker.damage(line) : Array(line.utf8)
        var kept = withText.decode(bytes, lineNumber: round + 1)
        if case var .event(.span(span)) = kept, span.content != nil {
            withContent += 1
            span.content = nil
            kept = .event(.span(span))
        }
        #expect(fingerprint(kept) == fingerprint(withoutText.decode(bytes, lineNumber: round + 1)),
                "round \(round): \(String(decoding: bytes, as: UTF8.self))")
    }
    #expect(withContent > 1000)
}

/// Every byte value at every one of the sixteen places, around a valid id.
@Test func sixteenHexDigitsAcceptExactlyTheHexDigitsAtEveryPlace() {
    let valid = Array("0123456789abcDEF".utf8)
    for place in 0..<16 {
        for value in UInt8.min...UInt8.max {
            var digits = valid
            digits[place] = value
            let parsed = digits.withUnsafeBytes { UsageLogDecoder.sixteenHexDigits($0.baseAddress!) }
            // `UInt64(_:radix:)` also takes a leading sign, which is no hex digit.
            let allHex = digits.allSatisfy { Array("0123456789abcdefABCDEF".utf8).contains($0) }
            #expect(parsed == (allHex ? UInt64(String(decoding: digits, as: UTF8.self), radix: 16) : nil), "\(digits)")
        }
    }
}

@Test func theFastPathsPowersOfTenAreTheTablesOnes() {
    for exponent in 0...9 {
        #expect(UsageLogDecoder.smallPowerOfTen(exponent) == JSONNumber.powersOfTen[exponent], "10^\(exponent)")
    }
}

/// Every byte value at every one of the eight places, after digits and before more digits: the run of
/// digits ahead of it and their value, as a naive count reads them.
@Test func leadingDigitsCountsAndReadsTheDigitsBeforeTheFirstOtherByte() {
    let digits = Array("90817263".utf8)
    for place in 0..<8 {
        for value in UInt8.min...UInt8.max {
            var bytes = digits
            bytes[place] = value
            let word = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
            let run = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            let expected = run.reduce(UInt64(0)) { $0 * 10 + UInt64($1 - UInt8(ascii: "0")) }
            let (read, count) = UsageLogDecoder.leadingDigits(word)
            #expect(count == run.count && read == expected, "\(bytes)")
        }
    }
}

/// Durations at the edges of the word-at-a-time read (seven whole digits, six after the point) and past them.
@Test func durationsAtTheEdgesOfTheWordReadDecodeAsTheFullGrammarReadsThem() {
    var fast = UsageLogDecoder()
    var reference = UsageLogDecoder()
    reference.usesFastPaths = false
    let durations = ["1234567.123456", "1234567.1234567", "12345678.5", "9999999.999999", "0.5", "0.000001", "00.5",
                     "7", "0", "01", "1234567", "12345678", "1.", "1.e3", "1.5e3", "1.5E3", "1e3", "5.25", "-5.25",
                     "1234567.12345678"]
    for duration in durations {
        for ending in [#","model":"gpt-4o-mini","provider":"openai"}"#, "}"] {
            let line = #"{"ts":1793491200340,"duration_ms":"# + duration + ending
            #expect(fingerprint(fast.decode(line, lineNumber: 1)) == fingerprint(reference.decode(line, lineNumber: 1)), "\(line)")
        }
    }
    let line = #"{"ts":1793491200340,"duration_ms":1234567.123456,"model":"gpt-4o-mini"}"#
    #expect(fast.decode(line, lineNumber: 1).span?.durationNanos == 1_234_567_123_456)
}
