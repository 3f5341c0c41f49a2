import OpsModel
import Testing

@testable import OpsFormats

/// How OTLP/JSON fields are read off a `JSONValue`: 64-bit integers exact as numbers or strings, types checked.
struct OTLPJSONValueTests {
    private func value(_ text: String) throws -> JSONValue { try JSONParser.parse(text) }

    private func unsigned(_ text: String) throws -> (UInt64, [String]) {
        var problems: [String] = []
        let number = OTLPJSONParser.unsigned(try value(text), field: "t", problems: &problems)
        return (number, problems)
    }

    @Test func intValuesAreExactWhetherNumbersOrStrings() throws {
        // 2^53 + 1 is the first integer a Double cannot hold.
        #expect(OTLPJSONParser.anyValue(try value(#"{"intValue":9007199254740993}"#)) == .int(9_007_199_254_740_993))
        #expect(OTLPJSONParser.anyValue(try value(#"{"intValue":"9007199254740993"}"#)) == .int(9_007_199_254_740_993))
        #expect(OTLPJSONParser.anyValue(try value(#"{"intValue":-9223372036854775808}"#)) == .int(.min))
        #expect(OTLPJSONParser.anyValue(try value(#"{"intValue":1e3}"#)) == .int(1000))
        #expect(OTLPJSONParser.anyValue(try value(#"{"intValue":1.5}"#)) == .empty)
        #expect(OTLPJSONParser.anyValue(try value(#"{"intValue":"1e3"}"#)) == .empty)
        #expect(OTLPJSONParser.anyValue(try value(#"{"intValue":9223372036854775808}"#)) == .empty)
        #expect(OTLPJSONParser.anyValue(try value(#"{"intValue":true}"#)) == .empty)
    }

    @Test func otherValuesAreReadByTheirType() throws {
        #expect(OTLPJSONParser.anyValue(try value(#"{"boolValue":true}"#)) == .bool(true))
        #expect(OTLPJSONParser.anyValue(try value(#"{"boolValue":1}"#)) == .empty)
        #expect(OTLPJSONParser.anyValue(try value(#"{"doubleValue":"-Infinity"}"#)) == .double(-.infinity))
        #expect(OTLPJSONParser.anyValue(try value(#"{"doubleValue":2.5e-3}"#)) == .double(0.0025))
        #expect(OTLPJSONParser.anyValue(try value(#"{"bytesValue":"/wA="}"#)) == .bytes([0xFF, 0x00]))
        #expect(
            OTLPJSONParser.anyValue(try value(#"{"arrayValue":{"values":[{"intValue":"1"},{}]}}"#))
                == .array([.int(1), .empty]))
        #expect(
            OTLPJSONParser.anyValue(
                try value(#"{"kvlistValue":{"values":[{"key":"k","value":{"stringValue":"v"}},{"value":{}}]}}"#))
                == .kvlist([OTLPKeyValue(key: "k", value: .string("v"))]))
        // A repeated key: the last value counts, as in every JSON reader opstop has used.
        #expect(OTLPJSONParser.anyValue(try value(#"{"stringValue":"a","stringValue":"b"}"#)) == .string("b"))
        #expect(OTLPJSONParser.anyValue(try value("[]")) == .empty)
    }

    @Test func nanosecondTimesAreExactUpToUInt64Max() throws {
        #expect(try unsigned("1795433595123456789") == (1_795_433_595_123_456_789, []))
        #expect(try unsigned(#""1795433595123456789""#) == (1_795_433_595_123_456_789, []))
        #expect(try unsigned("18446744073709551615") == (.max, []))
        #expect(try unsigned("-0") == (0, []))
        let problem = ["t must be an unsigned integer (a decimal string)"]
        for bad in ["18446744073709551616", "-1", "1.5", "null", "true", #""12x""#, "{}"] {
            #expect(try unsigned(bad) == (0, problem), "\(bad)")
        }
    }

    @Test func aSpanKeepsItsNanosecondsWhenTheyAreJSONNumbers() throws {
        let body =
            #"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"5b8efff798038103d269b633813fc60c","#
            + #""spanId":"00f067aa0ba902b7","name":"n","startTimeUnixNano":1795433594000000001,"#
            + #""endTimeUnixNano":1795433595123456789}]}]}]}"#
        let span = try #require(try OTLPTestSupport.decodeJSON(body).spans.first)
        #expect(span.startNanos == 1_795_433_594_000_000_001)
        #expect(span.endNanos == 1_795_433_595_123_456_789)
    }

    @Test func wholeRequestsFailWithTheirOldReasons() {
        func reason(_ text: String, maxDepth: Int = 64) -> OTLPDecodingError? {
            do {
                _ = try OTLPTraceDecoder(options: .init(maxDepth: maxDepth)).decodeJSON(Array(text.utf8))
                return nil
            } catch {
                return error
            }
        }
        #expect(reason("[]") == .json("expected a JSON object with resourceSpans"))
        #expect(reason(#"{"resourceSpans":[],}"#) == .json("not JSON"))
        #expect(reason(#"{"resourceSpans":[]} x"#) == .json("not JSON"))
        #expect(reason(#"{"resourceSpans":[[[]]]}"#, maxDepth: 3) == .json("JSON nested deeper than 3 levels"))
        #expect(reason(#"{"resourceSpans":[]}"#) == nil)
        var metricsDeltas = OTLPDeltaAccumulator()
        #expect(throws: OTLPDecodingError.json("expected a JSON object with resourceMetrics")) {
            try OTLPMetricsDecoder().decodeJSON(Array("1".utf8), deltas: &metricsDeltas)
        }
    }

    @Test func langfuseDetailsAreFlatObjectsOfNumbers() {
        #expect(
            OTLPLangfuseDetails.usage(fromJSON: #"{"input":10,"output":2,"input":12,"note":"x"}"#)
                == TokenUsage(input: 12, output: 2))
        #expect(OTLPLangfuseDetails.totalCost(fromJSON: #"{"input":0.5,"output":0.25,"flag":true}"#) == 0.75)
        #expect(OTLPLangfuseDetails.totalCost(fromJSON: #"{"total":-1,"input":1}"#) == nil)
        #expect(OTLPLangfuseDetails.totalCost(fromJSON: #"{"a":{"b":{"c":{"d":{"e":1}}}},"input":1}"#) == nil)
        #expect(OTLPLangfuseDetails.usage(fromJSON: "[1]") == nil)
        #expect(OTLPLangfuseDetails.usage(fromJSON: #"{"input":1"#) == nil)
    }
}
