import OpsModel
import Testing
@testable import OpsFormats
import OpsModel
import OpsTestSupport

struct OTLPValueTests {
    @Test func base64RoundTripsAgainstKnownVectors() {
        let vectors: [(String, String)] = [
            ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ]
        for (plain, encoded) in vectors {
            #expect(Base64.encode(Array(plain.utf8)) == encoded)
            #expect(Base64.decode(encoded) == Array(plain.utf8))
        }
        var generator = TestRandom(seed: 3)
        for count in 0..<64 {
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(Base64.decode(Base64.encode(bytes)) == bytes)
        }
        #expect(Base64.decode("Zm9v!") == nil)
        #expect(Base64.decode("_-8") == [0xFF, 0xEF])
    }

    @Test func structuredValuesBecomeEscapedJSON() {
        let value = OTLPAnyValue.kvlist([
            OTLPKeyValue(key: "q\"\\", value: .string("line\nbreak\ttab\u{01}")),
            OTLPKeyValue(key: "n", value: .array([.int(-3), .double(.nan), .empty, .bool(false)])),
        ])
        #expect(value.contentText == #"{"q\"\\":"line\nbreak\ttab\u0001","n":[-3,null,null,false]}"#)
        #expect(OTLPAnyValue.string("plain \"text\"").contentText == "plain \"text\"")
        #expect(OTLPAnyValue.int(5).text == "5")
        #expect(OTLPAnyValue.string("").text == nil)
        #expect(OTLPAnyValue.array([]).text == nil)
    }

    /// The depth limit moved into `JSONParser` with the pre-scan (`nestingDepth`) it replaces; same facts.
    @Test func jsonNestingDepthIgnoresBracketsInStrings() {
        let three = #"{"a":"[[[{{{\"]]]","b":[[1]]}"#
        #expect((try? JSONParser.parse(three, maxDepth: 3)) != nil)
        #expect(throws: JSONParseError(.tooDeep(limit: 2), offset: 24)) { try JSONParser.parse(three, maxDepth: 2) }
        #expect((try? JSONParser.parse("1", maxDepth: 0)) != nil)
        // Stops at the first bracket past the limit, never counting the other 49 000.
        #expect(throws: JSONParseError(.tooDeep(limit: 128), offset: 128)) {
            try JSONParser.parse([UInt8](repeating: UInt8(ascii: "["), count: 50_000), maxDepth: 128)
        }
    }

    @Test func extremeJSONNumbersAreRejectedOrReadNeverTrapped() throws {
        let numbers = [
            "1e400", "-1e400", "18446744073709551616", "-1", "1.5", "-0", "9223372036854775808", "true", "null",
        ]
        for number in numbers {
            let body =
                #"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"5b8efff798038103d269b633813fc60c","#
                + #""spanId":"00f067aa0ba902b7","startTimeUnixNano":\#(number),"#
                + #""endTimeUnixNano":"1795433595000000000","#
                + #""attributes":[{"key":"gen_ai.usage.input_tokens","value":{"intValue":\#(number)}},"#
                + #"{"key":"opstop.cost.usd","value":{"doubleValue":\#(number)}}]}]}]}]}"#
            do {
                let batch = try OTLPTestSupport.decodeJSON(body)
                #expect(batch.spans.count + batch.rejectedSpanCount == 1, "\(number)")
            } catch {
                #expect(error as? OTLPDecodingError == .json("not JSON"), "\(number)")
            }
        }
    }
}
