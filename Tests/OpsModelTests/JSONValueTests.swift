import Testing

@testable import OpsModel

private func number(_ text: String) -> JSONValue.Number { JSONValue.Number(verbatim: text) }

struct JSONNumberTests {
    @Test func wholeValuesAreExactHoweverTheyAreWritten() {
        let cases: [(String, Int64?)] = [
            ("0", 0), ("-0", 0), ("42", 42), ("-42", -42), ("1e3", 1000), ("1E+3", 1000), ("400.0", 400),
            ("4.000e2", 400), ("1.5e1", 15), ("100e-2", 1), ("0.000e5", 0), ("0e999999999999", 0),
            ("9223372036854775807", .max), ("-9223372036854775808", .min), ("9223372036854775808", nil),
            ("-9223372036854775809", nil), ("1795433595123456789", 1_795_433_595_123_456_789),
            // Through a Double these would round: 2^53 + 1 and a 17-digit value written with a fraction.
            ("9007199254740993", 9_007_199_254_740_993), ("12345678901234567.0", 12_345_678_901_234_567),
            ("9.007199254740993e15", 9_007_199_254_740_993),
            ("1.5", nil), ("0.1", nil), ("1e-1", nil), ("1.0e-1", nil), ("1e-400", nil), ("1e19", nil),
            ("123456789012345678901234567890", nil), ("1e999999999999999999999", nil),
        ]
        for (text, expected) in cases {
            #expect(number(text).int64 == expected, "\(text)")
        }
    }

    @Test func unsignedValuesReachUInt64Max() {
        let cases: [(String, UInt64?)] = [
            ("18446744073709551615", .max), ("18446744073709551616", nil), ("1.8446744073709551615e19", .max),
            ("1e19", 10_000_000_000_000_000_000), ("-0", 0), ("-0.0e7", 0), ("-1", nil), ("-1e-1", nil),
            ("9223372036854775808", 9_223_372_036_854_775_808),
        ]
        for (text, expected) in cases {
            #expect(number(text).uint64 == expected, "\(text)")
        }
    }

    @Test func doublesAreTheNearestAndIntegersKnowTheirForm() {
        #expect(number("0.1").double == 0.1)
        #expect(number("8.4e-05").double == 8.4e-05)
        #expect(number("1e-400").double == 0)
        #expect(number("-0").double.sign == .minus)
        #expect(number("1795433851.467231").double == 1_795_433_851.467231)
        #expect(number("12").isInteger)
        #expect(!number("12.0").isInteger)
        #expect(!number("12e0").isInteger)
        #expect(JSONValue.Number(Int64.min).text == "-9223372036854775808")
        #expect(JSONValue.Number(UInt64.max).uint64 == .max)
    }

    @Test func equalityIsByTheTextAsWritten() {
        #expect(number("1.0") != number("1"))
        #expect(JSONValue.number(number("1")) == JSONValue.number(JSONValue.Number(1 as Int64)))
    }
}

struct JSONObjectTests {
    @Test func aRepeatedKeyKeepsItsFirstPlaceAndItsLastValue() {
        let object = JSONObject([
            .init("a", .bool(true)), .init("b", .null), .init("a", .string("last")), .init("c", .array([])),
            .init("b", .bool(false)),
        ])
        #expect(object.keys == ["a", "b", "c"])
        #expect(object["a"] == .string("last"))
        #expect(object["b"] == .bool(false))
        #expect(object["missing"] == nil)
        #expect(object.count == 3)
    }

    @Test func keysAreTheSameOnlyWhenTheirCodePointsAre() {
        let composed = "\u{E9}"
        let decomposed = "e\u{301}"
        #expect(composed == decomposed)  // Swift's String equality is canonical, JSON's is not.
        #expect(!JSONObject.sameKey(composed, decomposed))
        let object = JSONObject([.init(composed, .string("one")), .init(decomposed, .string("two"))])
        #expect(object.count == 2)
        #expect(object[composed] == .string("one"))
        #expect(object[decomposed] == .string("two"))
        #expect(JSONObject([.init("K", .null), .init("\u{212A}", .null)]).count == 2)
    }

    @Test func accessorsAnswerOnlyForTheirKind() {
        let object = JSONValue.object(JSONObject([.init("n", .number(number("7"))), .init("s", .string("x"))]))
        #expect(object["n"]?.numberValue?.int64 == 7)
        #expect(object["s"]?.stringValue == "x")
        #expect(object["s"]?.numberValue == nil)
        #expect(object["n"]?.stringValue == nil)
        #expect(object.objectValue?.count == 2)
        #expect(object.arrayValue == nil)
        #expect(JSONValue.string("x")["n"] == nil)
        #expect(JSONValue.array([.null]).arrayValue == [.null])
        #expect(JSONValue.bool(false).boolValue == false)
        #expect(JSONValue.null.isNull && !JSONValue.bool(false).isNull)
    }
}

struct JSONValueTextTests {
    private let sample = JSONValue.object(
        JSONObject([
            .init("role", .string("user")),
            .init("content", .string("line\nbreak \"quoted\" \\ tab\t\u{01} \u{7F} \u{2028} é 😀 a/b")),
            .init("n", .array([.number(number("1.0")), .number(number("-2e-3")), .bool(true), .null])),
            .init("Zed", .object(JSONObject([.init("b", .null), .init("a", .object(JSONObject()))]))),
        ]))

    @Test func compactKeepsDocumentOrderAndNumbersAsWritten() {
        #expect(
            sample.compact
                == #"{"role":"user","content":"line\nbreak \"quoted\" \\ tab\t\u0001 \u007f \u2028 é 😀 a/b","#
                + #""n":[1.0,-2e-3,true,null],"Zed":{"b":null,"a":{}}}"#)
    }

    @Test func sortedKeysFollowCodePoints() {
        #expect(sample.compact(sortingKeys: true).hasPrefix(#"{"Zed":{"a":{},"b":null},"content":"line"#))
        let keys = JSONValue.object(JSONObject(["b", "a10", "a2", "_", "B", "é", "e"].map { .init($0, .null) }))
        #expect(
            keys.compact(sortingKeys: true) == #"{"B":null,"_":null,"a10":null,"a2":null,"b":null,"e":null,"é":null}"#)
    }

    @Test func scalarsAndEmptyContainersAreWrittenAsJSON() {
        #expect(JSONValue.null.compact == "null")
        #expect(JSONValue.bool(false).compact == "false")
        #expect(JSONValue.string("").compact == #""""#)
        #expect(JSONValue.array([]).compact == "[]")
        #expect(JSONValue.object(JSONObject()).compact == "{}")
    }
}
