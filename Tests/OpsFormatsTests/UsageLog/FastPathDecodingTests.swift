import Testing
@testable import OpsFormats
import OpsModel

/// The fast paths (plain digit strings, fields kept as byte ranges) agree with the full grammar.
struct FastPathDecodingTests {
    private func span(start: String, end: String = #""1795433581000000000""#) -> DecodedLine {
        decodeLine(#"{"kind":"span","start_time_unix_nano":"# + start + #","end_time_unix_nano":"# + end + "}")
    }

    @Test func digitStringsOfEveryLengthUpTo19ReadAsNanoseconds() {
        #expect(span(start: #""1795433580827749312""#).span?.startNanos == 1_795_433_580_827_749_312)
        #expect(span(start: #""0""#).span?.startNanos == 0)
        #expect(span(start: #""12345678""#).span?.startNanos == 12_345_678)
        #expect(span(start: #""123456789""#).span?.startNanos == 123_456_789)
    }

    @Test func digitStringsTheFastPathDeclinesKeepTheirFullGrammarOutcome() {
        #expect(span(start: #""0123""#).reason == "expected integer nanoseconds for start_time_unix_nano")
        #expect(span(start: #""-1""#).reason == "start_time_unix_nano is outside the years 1970 through 2200")
        #expect(span(start: #""9999999999999999999""#).reason
            == "start_time_unix_nano is outside the years 1970 through 2200")
        #expect(span(start: #""17954335808277493120""#).reason
            == "start_time_unix_nano is outside the years 1970 through 2200")
        #expect(span(start: #""1795433580\u0038""#).reason == "expected integer nanoseconds for start_time_unix_nano")
        #expect(span(start: #""179543358x827749312""#).reason == "expected integer nanoseconds for start_time_unix_nano")
    }

    @Test func laterAliasesOverwriteEarlierTextAndEscapesAreDecodedWhenTheSpanIsBuilt() {
        let line = #"{"start_time_unix_nano":"1795433580000000000","duration_ms":1,"model":"a","#
            + #""gen_ai.request.model":"b\u00e9","name":"","user_id":12345,"tool":"x","tool":null}"#
        let span = decodeLine(line).span
        #expect(span?.requestModel == "bé")
        #expect(span?.name == "b\u{e9}")
        #expect(span?.userID == "12345")
        #expect(span?.tool == nil)
    }

    @Test func escapedHexIdsAreParsedLikePlainOnes() {
        let line = #"{"start_time_unix_nano":"1795433580000000000","duration_ms":1,"#
            + #""trace_id":"\u0065ce80428612e47ae0e211f7f8b9c6e45","span_id":"ff7b8f7d5f8481aa"}"#
        let span = decodeLine(line).span
        #expect(span?.traceID == .hex(0xece8_0428_612e_47ae, 0x0e21_1f7f_8b9c_6e45))
        #expect(span?.spanID == .hex(0xff7b_8f7d_5f84_81aa))
    }
}
