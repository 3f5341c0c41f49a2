import OpsModel
import OpsTestSupport
import Testing

@testable import OpsFormats

private func parse(_ text: String, maxDepth: Int = JSONParser.defaultMaxDepth) throws(JSONParseError) -> JSONValue {
    try JSONParser.parse(text, maxDepth: maxDepth)
}

private func failure(_ bytes: [UInt8], maxDepth: Int = JSONParser.defaultMaxDepth) -> JSONParseError? {
    do {
        _ = try JSONParser.parse(bytes, maxDepth: maxDepth)
        return nil
    } catch {
        return error
    }
}

private func failure(_ text: String, maxDepth: Int = JSONParser.defaultMaxDepth) -> JSONParseError? {
    failure(Array(text.utf8), maxDepth: maxDepth)
}

private func num(_ text: String) -> JSONValue { .number(JSONValue.Number(verbatim: text)) }

private func object(_ members: [(String, JSONValue)]) -> JSONValue {
    .object(JSONObject(uniqueMembers: members.map { JSONObject.Member($0.0, $0.1) }))
}

struct JSONParserTests {
    @Test func everyKindOfValueWithWhitespaceAnywhereAllowed() throws {
        let text =
            " \t\r\n{ \"s\" : \"x\" , \"n\":[ 0 ,-1.5e+3, 2E-2 ,10],\"t\":true,\"f\":false,"
            + "\"z\":null,\"o\":{},\"a\":[] } \n"
        #expect(
            try parse(text)
                == object([
                    ("s", .string("x")), ("n", .array([num("0"), num("-1.5e+3"), num("2E-2"), num("10")])),
                    ("t", .bool(true)), ("f", .bool(false)), ("z", .null), ("o", .object(JSONObject())),
                    ("a", .array([])),
                ]))
        #expect(try parse("0") == num("0"))
        #expect(try parse(#""top""#) == .string("top"))
        #expect(try parse("null") == .null)
    }

    @Test func escapesSurrogatePairsAndLoneSurrogates() throws {
        #expect(try parse(#""\"\\\/\b\f\n\r\t""#) == .string("\"\\/\u{8}\u{C}\n\r\t"))
        #expect(try parse(#""a\u00e9\u00E9\ud83d\ude00z""#) == .string("aéé😀z"))
        #expect(try parse(#""\u0000""#) == .string("\u{0}"))
        // A lone surrogate becomes U+FFFD, as in the usage-log decoder; the text around it stays.
        #expect(try parse(#""\ud800""#) == .string("\u{FFFD}"))
        #expect(try parse(#""\udc00x""#) == .string("\u{FFFD}x"))
        #expect(try parse(#""\ud800\u0041""#) == .string("\u{FFFD}A"))
        #expect(try parse(#""\ud800\ud800\udc00""#) == .string("\u{FFFD}𐀀"))
        #expect(try parse("\"raw é 😀 \u{7F}\"") == .string("raw é 😀 \u{7F}"))
        #expect(try parse("\"esc\\n then raw é\"") == .string("esc\n then raw é"))
    }

    @Test func aByteOrderMarkIsSkippedOnlyAtTheStart() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == .array([num("1")]))
        #expect(failure(Array("[1]".utf8) + [0xEF, 0xBB, 0xBF]) == JSONParseError(.trailingData, offset: 3))
        #expect(
            failure(Array(" ".utf8) + [0xEF, 0xBB, 0xBF])
                == JSONParseError(.unexpected(0xEF, expected: "a value"), offset: 1))
    }

    @Test func numbersFollowTheGrammarAndKeepTheirText() throws {
        for good in [
            "0", "-0", "1", "-1", "10", "0.5", "-0.5e10", "1E5", "1e+5", "1e-5", "123456789012345678901234567890",
            "1e-400", "1.7976931348623157e308", String(repeating: "9", count: 308),
        ] {
            #expect(try parse(good) == num(good), "\(good)")
            #expect(try parse("[\(good)]") == .array([num(good)]), "\(good)")
        }
        let bad: [(String, JSONParseError)] = [
            ("01", JSONParseError(.trailingData, offset: 1)),
            ("[01]", JSONParseError(.unexpected(0x31, expected: "',' or ']'"), offset: 2)),
            ("1.", JSONParseError(.unexpectedEnd, offset: 2)), ("[1.]", JSONParseError(.invalidNumber, offset: 3)),
            (".5", JSONParseError(.unexpected(0x2E, expected: "a value"), offset: 0)),
            ("+1", JSONParseError(.unexpected(0x2B, expected: "a value"), offset: 0)),
            ("-", JSONParseError(.unexpectedEnd, offset: 1)), ("-a", JSONParseError(.invalidNumber, offset: 1)),
            ("1e", JSONParseError(.unexpectedEnd, offset: 2)), ("1e+", JSONParseError(.unexpectedEnd, offset: 3)),
            ("[1e+x]", JSONParseError(.invalidNumber, offset: 4)), ("0x10", JSONParseError(.trailingData, offset: 1)),
            ("NaN", JSONParseError(.unexpected(0x4E, expected: "a value"), offset: 0)),
            ("1e400", JSONParseError(.numberOutOfRange, offset: 0)),
            ("[-1e400]", JSONParseError(.numberOutOfRange, offset: 1)),
            ("1.8e308", JSONParseError(.numberOutOfRange, offset: 0)),
            (String(repeating: "9", count: 309), JSONParseError(.numberOutOfRange, offset: 0)),
        ]
        for (text, error) in bad {
            #expect(failure(text) == error, "\(text)")
        }
    }

    @Test func structureErrorsNameWhatWasExpected() {
        let cases: [(String, JSONParseError)] = [
            ("", JSONParseError(.empty, offset: 0)), (" \n\t", JSONParseError(.empty, offset: 3)),
            ("[1,]", JSONParseError(.unexpected(0x5D, expected: "a value"), offset: 3)),
            (#"{"a":1,}"#, JSONParseError(.unexpected(0x7D, expected: "a key in quotes"), offset: 7)),
            ("[1 2]", JSONParseError(.unexpected(0x32, expected: "',' or ']'"), offset: 3)),
            (#"{"a" 1}"#, JSONParseError(.unexpected(0x31, expected: "':'"), offset: 5)),
            ("{a:1}", JSONParseError(.unexpected(0x61, expected: "a key in quotes"), offset: 1)),
            (#"{"a":1]"#, JSONParseError(.unexpected(0x5D, expected: "',' or '}'"), offset: 6)),
            ("[", JSONParseError(.unexpectedEnd, offset: 1)), (#"{"a":"#, JSONParseError(.unexpectedEnd, offset: 5)),
            (#"{"a""#, JSONParseError(.unexpectedEnd, offset: 4)),
            (#"["abc"#, JSONParseError(.unexpectedEnd, offset: 5)),
            ("tru", JSONParseError(.unexpectedEnd, offset: 0)), ("trux", JSONParseError(.invalidLiteral, offset: 3)),
            ("nul1", JSONParseError(.invalidLiteral, offset: 3)),
            ("True", JSONParseError(.unexpected(0x54, expected: "a value"), offset: 0)),
            ("[1] x", JSONParseError(.trailingData, offset: 4)), ("{}{}", JSONParseError(.trailingData, offset: 2)),
            (#""\x""#, JSONParseError(.invalidEscape, offset: 1)),
            (#""\u12G4""#, JSONParseError(.invalidEscape, offset: 5)),
            (#""\u12""#, JSONParseError(.invalidEscape, offset: 5)),
            (#""\u12"#, JSONParseError(.unexpectedEnd, offset: 5)),
            ("\"tab\there\"", JSONParseError(.controlCharacter(0x09), offset: 4)),
            ("\"a\\n\nb\"", JSONParseError(.controlCharacter(0x0A), offset: 4)),
        ]
        for (text, error) in cases {
            #expect(failure(text) == error, "\(text.debugDescription)")
        }
    }

    @Test func nulIsNeverAcceptedRaw() {
        #expect(failure([0x5B, 0x31, 0x5D, 0x00]) == JSONParseError(.trailingData, offset: 3))
        #expect(failure([0x00, 0x5B, 0x5D]) == JSONParseError(.unexpected(0, expected: "a value"), offset: 0))
        #expect(failure([0x22, 0x61, 0x00, 0x22]) == JSONParseError(.controlCharacter(0), offset: 2))
        #expect(failure([0x5B, 0x00, 0x5D, 0x00]) == JSONParseError(.unexpected(0, expected: "a value"), offset: 1))
    }

    @Test func invalidUTF8IsRefusedWhereItStarts() {
        func inString(_ bytes: [UInt8]) -> JSONParseError? { failure([0x5B, 0x22] + bytes + [0x22, 0x5D]) }
        #expect(inString([0xFF]) == JSONParseError(.invalidUTF8, offset: 2))
        #expect(inString([0x80]) == JSONParseError(.invalidUTF8, offset: 2))
        #expect(inString([0xC0, 0x80]) == JSONParseError(.invalidUTF8, offset: 2))  // overlong NUL
        #expect(inString([0xE0, 0x80, 0x80]) == JSONParseError(.invalidUTF8, offset: 2))  // overlong
        #expect(inString([0xED, 0xA0, 0x80]) == JSONParseError(.invalidUTF8, offset: 2))  // a surrogate in UTF-8
        #expect(inString([0xF4, 0x90, 0x80, 0x80]) == JSONParseError(.invalidUTF8, offset: 2))  // past U+10FFFF
        #expect(inString([0xF5, 0x80, 0x80, 0x80]) == JSONParseError(.invalidUTF8, offset: 2))
        #expect(inString([0xE2, 0x82]) == JSONParseError(.invalidUTF8, offset: 2))  // cut short by the quote
        #expect(inString([0x61, 0x5C, 0x6E, 0xC3]) == JSONParseError(.invalidUTF8, offset: 5))  // after an escape
        #expect(failure([0x22, 0xC3]) == JSONParseError(.invalidUTF8, offset: 1))  // cut short by the end
        #expect(failure([0xC3, 0xA9]) == JSONParseError(.unexpected(0xC3, expected: "a value"), offset: 0))
        #expect((try? JSONParser.parse([0x22, 0xF0, 0x9F, 0x98, 0x80, 0x22])) == .string("😀"))
    }

    @Test func nestingStopsAtTheLimitAndTheCeiling() {
        func nested(_ depth: Int) -> String {
            String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        }
        #expect((try? parse(nested(128))) != nil)
        #expect(failure(nested(129)) == JSONParseError(.tooDeep(limit: 128), offset: 128))
        #expect((try? parse(nested(64), maxDepth: 64)) != nil)
        #expect(failure(nested(65), maxDepth: 64) == JSONParseError(.tooDeep(limit: 64), offset: 64))
        #expect(failure(#"{"a":{"b":[1]}}"#, maxDepth: 2) == JSONParseError(.tooDeep(limit: 2), offset: 10))
        #expect((try? parse("7", maxDepth: 0)) == num("7"))
        #expect(failure("[]", maxDepth: 0) == JSONParseError(.tooDeep(limit: 0), offset: 0))
        // However deep the caller allows, recursion stops at the ceiling.
        let ceiling = JSONParser.depthCeiling
        #expect((try? parse(nested(ceiling), maxDepth: 1_000_000)) != nil)
        #expect(
            failure(nested(100_000), maxDepth: 1_000_000) == JSONParseError(.tooDeep(limit: ceiling), offset: ceiling))
        #expect(
            failure(String(repeating: #"{"k":"#, count: 10_000))
                == JSONParseError(.tooDeep(limit: 128), offset: 5 * 128))
    }

    @Test func repeatedKeysKeepTheirFirstPlaceAndTheirLastValue() throws {
        let value = try parse(#"{"a":1,"b":2,"a":3,"\u0061":4,"c":{"x":1,"x":[]}}"#)
        #expect(value == object([("a", num("4")), ("b", num("2")), ("c", object([("x", .array([]))]))]))
        // Code points decide: a composed and a decomposed é are two keys.
        #expect(try parse(#"{"\u00e9":1,"e\u0301":2}"#).objectValue?.count == 2)
    }

    @Test func repeatedKeysInLargeObjectsFollowTheSameRuleAsJSONObject() throws {
        var generator = TestRandom(seed: 15)
        for size in [5, 31, 32, 33, 64, 500] {
            let members = (0..<size).map { index in
                JSONObject.Member("k\(Int.random(in: 0..<(size / 2 + 1), using: &generator))", num(String(index)))
            }
            let text =
                "{" + members.map { JSONWriter.quoted($0.key) + ":" + $0.value.compact }.joined(separator: ",") + "}"
            #expect(try parse(text) == .object(JSONObject(members)), "\(size) members")
        }
    }

    @Test func aHundredThousandKeysAreReadInLinearTime() throws {
        // Keys that share length, first and last byte all fall on one bit of the key filter.
        let keys = (0..<100_000).map { "k" + String($0 + 100_000) + "z" }
        let text = "{" + keys.map { "\"\($0)\":0" }.joined(separator: ",") + ",\"k100000z\":1}"
        let object = try #require(try parse(text).objectValue)
        #expect(object.count == 100_000)
        #expect(object["k100000z"] == num("1"))
        #expect(object.last?.key == "k199999z")
    }

    @Test func bigInputsParse() throws {
        let long = String(repeating: "abcdefghé\\n", count: 1_000_000)
        let value = try parse("[\"" + long + "\"]")
        #expect(value.arrayValue?.first?.stringValue?.utf8.count == 11_000_000)
        let many = "[" + Array(repeating: "1.5", count: 500_000).joined(separator: ",") + "]"
        #expect(try parse(many).arrayValue?.count == 500_000)
    }

    @Test func errorsReadAsOneLine() {
        #expect(failure("")?.description == "no JSON value (the text is empty)")
        #expect(failure("[1,]")?.description == "expected a value, found ']' at byte 4")
        #expect(failure([0x5B, 0x00])?.description == "expected a value, found byte 0x00 at byte 2")
        #expect(
            failure([0x22, 0x01, 0x22])?.description
                == "control character U+0001 in a string (it must be escaped) at byte 2")
        #expect(failure([0x22, 0xFF, 0x22])?.description == "text that is not UTF-8 at byte 2")
        #expect(failure("1e999")?.description == "number out of range at byte 1")
        #expect(failure("[[1]]", maxDepth: 1)?.description == "JSON nested deeper than 1 levels")
        #expect(failure("{} x")?.description == "text after the JSON value at byte 4")
    }

    @Test func theConvenienceParseIsNilForAnythingButOneValue() {
        #expect(JSONValue.parse("[1]") == .array([num("1")]))
        #expect(JSONValue.parse("[1] [2]") == nil)
        #expect(JSONValue.parse("[[1]]", maxDepth: 1) == nil)
    }
}
