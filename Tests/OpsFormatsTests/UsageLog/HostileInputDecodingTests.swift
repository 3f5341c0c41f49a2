import Testing
@testable import OpsFormats
import OpsModel
import OpsTestSupport

private let validLine = #"{"kind":"span","trace_id":"ece80428612e47ae0e211f7f8b9c6e45","span_id":"ff7b8f7d5f8481aa","#
    + #""name":"chat \"x\" \u00e9","start_time_unix_nano":"1795433580827749312","duration_ms":840.5,"#
    + #""gen_ai.request.model":"gpt-4o-mini","gen_ai.usage.input_tokens":412,"ok":true,"no":false,"nil":null,"#
    + #""gen_ai.input.messages":[{"role":"user","parts":[{"type":"text","content":"Where?"}]}],"n":-1.5e-3}"#

/// The column a "not JSON" reason points at, if any.
private func column(in reason: String) -> Int? {
    let words = reason.split(separator: " ")
    guard let index = words.lastIndex(of: "column"), index + 1 < words.count else { return nil }
    return Int(words[index + 1].prefix { $0.isNumber })
}

@Test func theValidLineDecodes() throws {
    let span = try #require(decodeLine(validLine).span)
    #expect(span.name == "chat \"x\" é")
    #expect(span.durationNanos == 840_500_000)
    #expect(span.content?.input == #"[{"role":"user","parts":[{"type":"text","content":"Where?"}]}]"#)
}

@Test func everyPrefixOfAValidLineIsMalformedJSON() {
    let bytes = Array(validLine.utf8)
    for length in 1..<bytes.count {
        let reason = decodeBytes(Array(bytes[..<length])).reason
        #expect(reason?.hasPrefix("not JSON: ") == true, "prefix of \(length) bytes: \(String(describing: reason))")
        if let reason, let column = column(in: reason) {
            #expect(column >= 1 && column <= length + 1, "prefix \(length): \(reason)")
        }
    }
}

@Test func randomBytesNeverCrashAndPointInsideTheLine() {
    var generator = TestRandom(seed: 20_261_123)
    let alphabet = Array(#"{}[]:,"\ 0123456789-+.eEtrufalsn"#.utf8) + [0x00, 0x0A, 0xFF, 0xC3, 0x80]
    var decoder = UsageLogDecoder()
    var malformed = 0
    for _ in 0..<5000 {
        let length = Int.random(in: 0..<120, using: &generator)
        let line: [UInt8] = (0..<length).map { _ in
            Bool.random(using: &generator) ? alphabet.randomElement(using: &generator) ?? 0
                : UInt8.random(in: 0...255, using: &generator)
        }
        let result = decoder.decode(line, lineNumber: 1)
        if let reason = result.reason {
            malformed += 1
            #expect(!reason.isEmpty && reason.utf8.count < 200)
            if let column = column(in: reason) { #expect(column >= 1 && column <= length + 1, "\(reason)") }
            #expect(decodeBytes(line).reason == reason, "decoding is deterministic")
        }
    }
    #expect(malformed > 4500)
}

@Test func randomMutationsOfAValidLineNeverCrash() {
    var generator = TestRandom(seed: 7)
    let original = Array(validLine.utf8)
    var decoder = UsageLogDecoder()
    var outcomes = (events: 0, malformed: 0)
    for _ in 0..<3000 {
        var line = original
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            line[Int.random(in: 0..<line.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
        }
        switch decoder.decode(line, lineNumber: 9) {
        case let .event(.span(span)): outcomes.events += 1; #expect(span.endNanos >= span.startNanos)
        case let .malformed(reason): outcomes.malformed += 1; #expect(!reason.isEmpty)
        default: break
        }
    }
    #expect(outcomes.events > 0 && outcomes.malformed > 0)
}

@Test func nulBytesAreRejectedWithTheirPosition() {
    #expect(decodeBytes(Array(#"{"model":"a"#.utf8) + [0] + Array(#"b"}"#.utf8)).reason
        == "not JSON: control character byte 0x00 inside a string at column 12")
    #expect(decodeBytes([UInt8(ascii: "{"), 0, UInt8(ascii: "}")]).reason == "not JSON: unexpected byte 0x00 at column 2")
    #expect(decodeBytes([0, 0, 0]).reason == "not JSON: unexpected byte 0x00 at column 1")
}

@Test func invalidUTF8InStringsIsRepaired() {
    let line = Array(#"{"ts":1795433580,"duration_ms":1,"model":"gpt"#.utf8) + [0xFF, 0xC3] + Array(#"","name":"caf"#.utf8)
        + [0xC3, 0xA9] + Array(#""}"#.utf8)
    let span = decodeBytes(line).span
    #expect(span?.requestModel == "gpt\u{FFFD}\u{FFFD}")
    #expect(span?.name == "café")
}

@Test func unicodeEscapesAndLoneSurrogates() {
    let cases: [(String, String)] = [
        (#"a\uD800b"#, "a\u{FFFD}b"), (#"\uDC00"#, "\u{FFFD}"), (#"\uD83D\uDE00!"#, "😀!"), (#"\u00e9\u00C9"#, "éÉ"),
        (#"\uD83D\u0041"#, "\u{FFFD}A"), (#"tab\there\/\\"#, "tab\there/\\"), (#"\uD83D"#, "\u{FFFD}"),
    ]
    for (escaped, expected) in cases {
        #expect(decodeLine(spanLine("\"model\":\"\(escaped)\"")).span?.requestModel == expected, "\(escaped)")
    }
    #expect(decodeLine(spanLine(#""model":"\x""#)).reason?.hasPrefix("not JSON: invalid escape \\x at column ") == true)
    #expect(decodeLine(spanLine(#""model":"\u12G4""#)).reason?.hasPrefix("not JSON: invalid \\u escape") == true)
}

@Test func escapedKeysStillMatch() {
    #expect(decodeLine(spanLine(#""gen_ai\u002erequest.model":"m""#)).span?.requestModel == "m")
}

@Test func deepNestingIsRejectedWithoutRecursion() {
    let deep = String(repeating: "[", count: 100_000)
    #expect(decodeLine(deep).reason == "not JSON: nesting deeper than 1024 levels at column 1025")
    #expect(decodeLine(spanLine("\"x\":" + deep)).reason?.hasPrefix("not JSON: nesting deeper than 1024 levels") == true)
    let objects = String(repeating: #"{"a":"#, count: 100_000)
    #expect(decodeLine(objects).reason?.hasPrefix("not JSON: nesting deeper than 1024 levels") == true)
    let fine = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
    #expect(decodeLine(spanLine("\"x\":" + fine)).span != nil)
    #expect(decodeLine(fine).reason == "expected a JSON object, found an array")
}

@Test func tenMegabyteLinesDecode() {
    let big = String(repeating: "abcdefghij", count: 1_000_000)
    #expect(decodeLine(spanLine("\"blob\":\"\(big)\",\"model\":\"m\"")).span?.requestModel == "m")
    let content = decodeLine(spanLine("\"input\":[\"\(big)\"]")).span?.content?.input
    #expect(content?.utf8.count == big.utf8.count + 4)
}

@Test func numberGrammarIsEnforced() {
    for bad in ["01", "1.", "-", "1e", "+1", ".5", "1e+", "--1", "0x10", "1.2.3", "Infinity", "NaN"] {
        let reason = decodeLine(spanLine("\"n\":\(bad)")).reason
        #expect(reason?.hasPrefix("not JSON: ") == true, "\(bad): \(String(describing: reason))")
    }
    for good in ["0", "-0", "1.5e+10", "1E-3", "123456789012345678901234567890", "1e400", "-0.0"] {
        #expect(decodeLine(spanLine("\"n\":\(good)")).span != nil, "\(good)")
    }
}

@Test func literalsAndStructureAreChecked() {
    #expect(decodeLine(spanLine(#""a":tru"#)).reason == "not JSON: unexpected byte '}' at column 97")
    #expect(decodeLine(spanLine(#""a":nulx"#)).reason == "not JSON: unexpected byte 'x' at column 97")
    #expect(decodeLine(#"{"a":1,}"#).reason == "not JSON: unexpected byte '}' at column 8")
    #expect(decodeLine(#"{"a" 1}"#).reason == "not JSON: unexpected byte '1' at column 6")
    #expect(decodeLine(#"{"a":[1 2]}"#).reason == "not JSON: unexpected byte '2' at column 9")
    #expect(decodeLine(#"{a:1}"#).reason == "not JSON: unexpected byte 'a' at column 2")
    #expect(decodeLine(#"{"ts":1795433580,"duration_ms":1} x"#).reason
        == "not JSON: unexpected byte 'x' after the end of the JSON value at column 35")
    #expect(decodeLine(#"{"ts":1795433580,"duration_ms":1}{}"#).reason?.contains("after the end of the JSON value") == true)
    #expect(decodeLine(#"{"a":"unterminated"#).reason == "not JSON: line ends inside a string that starts at column 6")
    #expect(decodeLine(#"{"a":"#).reason == "not JSON: line ends at column 6 where a value should follow")
}

@Test func wordAtATimeHexParsingAgreesWithTheReference() {
    var generator = TestRandom(seed: 16)
    let alphabet = Array("0123456789abcdefABCDEF".utf8)
    let near = Array("/:@G`g \u{7F}".utf8) + [0x80, 0xC6, 0xE6, 0xB0]
    for _ in 0..<20_000 {
        var digits: [UInt8] = (0..<16).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
        if Bool.random(using: &generator) {
            digits[Int.random(in: 0..<16, using: &generator)] = near.randomElement(using: &generator) ?? 0
        }
        let fast = digits.withUnsafeBytes { bytes in bytes.baseAddress.flatMap { UsageLogDecoder.sixteenHexDigits($0) } }
        #expect(fast == UInt64(hexDigits: digits), "\(digits)")
    }
}

@Test func eightDigitsAtATimeAgreeWithTheReference() {
    var generator = TestRandom(seed: 8)
    for _ in 0..<20_000 {
        var digits: [UInt8] = (0..<8).map { _ in UInt8.random(in: 0x30...0x39, using: &generator) }
        let valid = Bool.random(using: &generator)
        if !valid {
            digits[Int.random(in: 0..<8, using: &generator)] = [0x2F, 0x3A, 0x00, 0xFF, 0x40, 0xB0].randomElement(using: &generator) ?? 0
        }
        let word = digits.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
        #expect(JSONScanner.eightDigits(word) == (valid ? UInt64(String(decoding: digits, as: UTF8.self)) : nil))
    }
}
