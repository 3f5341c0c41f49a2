import Foundation
import OpsModel
import OpsSources
import OpsTestSupport
import Testing

@testable import OpsFormats
@testable import OpsReceiver

/// `POST /v1/logs`: `gen_ai.evaluation.result` records become evaluations; other records are counted and ignored.
struct ReceiverLogsTests {
    static let trace = "0102030405060708090a0b0c0d0e0f10"

    static func record(_ members: String) -> String { "{" + members + "}" }

    static func request(_ records: [String]) -> [UInt8] {
        let text = #"{"resourceLogs":[{"resource":{"attributes":[]},"scopeLogs":[{"logRecords":["#
            + records.joined(separator: ",") + "]}]}]}"
        return Array(text.utf8)
    }

    static let evaluation = record(#""timeUnixNano":"1795000000000000000","eventName":"gen_ai.evaluation.result","#
        + #""traceId":"\#(trace)","spanId":"0102030405060708","attributes":["#
        + #"{"key":"gen_ai.evaluation.name","value":{"stringValue":"faithfulness"}},"#
        + #"{"key":"gen_ai.evaluation.score.value","value":{"doubleValue":0.82}},"#
        + #"{"key":"gen_ai.evaluation.explanation","value":{"stringValue":"supported"}}]"#)

    @Test func evaluationRecordsArriveAsEvaluationsOfTheirSpan() throws {
        let running = try RunningReceiver()
        let plain = Self.record(#""timeUnixNano":"1795000000000000000","body":{"stringValue":"user logged in"}"#)
        let response = try running.post(path: "/v1/logs", contentType: "application/json",
                                        body: Self.request([Self.evaluation, plain]))
        #expect(response.status == 200)
        #expect(response.text == "{}")
        _ = running.drain()
        #expect(running.evaluations == [Evaluation(
            timeNanos: 1_795_000_000_000_000_000, traceID: .hex(0x0102_0304_0506_0708, 0x090A_0B0C_0D0E_0F10),
            spanID: .hex(0x0102_0304_0506_0708), name: "faithfulness", score: 0.82, explanation: "supported")])
        #expect(running.receiver.statistics.evaluationsAccepted == 1)
        #expect(running.receiver.statistics.logRecordsIgnored == 1)
        #expect(running.status?.note == "1 req · 0 spans · 1 evals")
    }

    @Test func unusableEvaluationRecordsGiveAPartialSuccess() throws {
        let running = try RunningReceiver()
        let nameless = Self.record(#""timeUnixNano":"1795000000000000000","eventName":"gen_ai.evaluation.result","#
            + #""attributes":[{"key":"gen_ai.evaluation.score.value","value":{"doubleValue":0.5}}]"#)
        let badID = Self.record(#""timeUnixNano":"1795000000000000000","eventName":"gen_ai.evaluation.result","#
            + #""traceId":"zz","attributes":[{"key":"gen_ai.evaluation.name","value":{"stringValue":"x"}},"#
            + #"{"key":"gen_ai.evaluation.score.label","value":{"stringValue":"ok"}}]"#)
        let response = try running.post(path: "/v1/logs", contentType: "application/json",
                                        body: Self.request([nameless, Self.evaluation, badID]))
        #expect(response.status == 200)
        #expect(response.text == #"{"partialSuccess":{"rejectedLogRecords":"2","errorMessage":"2 log records rejected: "#
            + #"log record 0: evaluation without gen_ai.evaluation.name; log record 2: traceId 'zz' is not hex "#
            + #"(OTLP/JSON ids are hex, not base64)"}}"#)
        _ = running.drain()
        #expect(running.evaluations.map(\.name) == ["faithfulness"])
    }

    @Test func protobufAndGzipLogsAreReadLikeTraces() throws {
        let running = try RunningReceiver()
        var writer = ProtobufTestWriterForLogs()
        writer.message(1) { resourceLogs in
            resourceLogs.message(2) { scopeLogs in
                scopeLogs.message(2) { record in
                    record.fixed64(11, 1_795_000_000_500_000_000)  // observed time only
                    record.bytes(9, Array(repeating: 0xAB, count: 16))
                    record.bytes(10, Array(repeating: 0x02, count: 8))
                    record.string(12, "gen_ai.evaluation.result")
                    record.message(6) { pair in
                        pair.string(1, "gen_ai.evaluation.name")
                        pair.message(2) { $0.string(1, "answer_relevancy") }
                    }
                    record.message(6) { pair in
                        pair.string(1, "gen_ai.evaluation.score.value")
                        pair.message(2) { $0.varint(3, 1) }
                    }
                }
                scopeLogs.message(2) { record in record.string(12, "gen_ai.client.inference.operation.details") }
            }
        }
        let response = try running.post(path: "/v1/logs", body: writer.bytes)
        #expect(response.status == 200)
        #expect(response.body.isEmpty)
        _ = running.drain()
        #expect(running.evaluations == [Evaluation(
            timeNanos: 1_795_000_000_500_000_000, traceID: .hex(0xABAB_ABAB_ABAB_ABAB, 0xABAB_ABAB_ABAB_ABAB),
            spanID: .hex(0x0202_0202_0202_0202), name: "answer_relevancy", score: 1)])
        let unreadable = try running.post(path: "/v1/logs", body: [0x0A, 0xFF])
        #expect(unreadable.status == 400)
    }

    @Test func hostileLogRecordsNeverCostTheRequest() throws {
        let decoder = OTLPLogsDecoder()
        let records = [
            // The event named as an attribute (older SDKs), the fields in a key-value body.
            Self.record(#""timeUnixNano":"1795000000000000000","attributes":[{"key":"event.name","value":"#
                + #"{"stringValue":"gen_ai.evaluation.result"}}],"body":{"kvlistValue":{"values":["#
                + #"{"key":"gen_ai.evaluation.name","value":{"stringValue":"tone"}},"#
                + #"{"key":"gen_ai.evaluation.score.label","value":{"stringValue":"polite"}}]}}"#),
            // No time at all; a time past 2200; a score that is not a number and no label; a huge number.
            Self.record(#""eventName":"gen_ai.evaluation.result","attributes":[{"key":"gen_ai.evaluation.name","#
                + #""value":{"stringValue":"a"}},{"key":"gen_ai.evaluation.score.value","value":{"intValue":"1"}}]"#),
            Self.record(#""timeUnixNano":"18446744073709551615","eventName":"gen_ai.evaluation.result","attributes":"#
                + #"[{"key":"gen_ai.evaluation.name","value":{"stringValue":"b"}},"#
                + #"{"key":"gen_ai.evaluation.score.value","value":{"intValue":"1"}}]"#),
            Self.record(#""timeUnixNano":"1795000000000000000","eventName":"gen_ai.evaluation.result","attributes":"#
                + #"[{"key":"gen_ai.evaluation.name","value":{"stringValue":"c"}},"#
                + #"{"key":"gen_ai.evaluation.score.value","value":{"arrayValue":{"values":[]}}}]"#),
            Self.record(#""timeUnixNano":"1795000000000000000","eventName":"gen_ai.evaluation.result","spanId":"0000000000000000","#
                + #""attributes":[{"key":"gen_ai.evaluation.name","value":{"stringValue":"d\u0007"}},"#
                + #"{"key":"gen_ai.evaluation.score.value","value":{"doubleValue":1e308}},"#
                + #"{"key":"gen_ai.evaluation.score.label","value":{"stringValue":"big"}}]"#),
            "42", #"{"timeUnixNano":-1}"#,
        ]
        let batch = try decoder.decodeJSON(Self.request(records))
        #expect(batch.evaluations == [
            Evaluation(timeNanos: 1_795_000_000_000_000_000, name: "tone", label: "polite"),
            Evaluation(timeNanos: 1_795_000_000_000_000_000, name: "d\u{7}", label: "big"),
        ])
        #expect(batch.rejectedRecords == 3)
        #expect(batch.rejections == [
            "log record 1: log record without a time", "log record 2: time outside the years 1970 to 2200",
            "log record 3: evaluation 'c' has neither a score value nor a label",
        ])
        #expect(batch.ignoredRecords == 2)
        #expect(throws: OTLPDecodingError.self) { try decoder.decodeJSON(Array("[1]".utf8)) }
    }
}

/// A minimal protobuf writer for log requests (the traces one lives in OpsFormatsTests).
struct ProtobufTestWriterForLogs {
    var bytes: [UInt8] = []

    private mutating func raw(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func varint(_ field: UInt32, _ value: UInt64) {
        raw(UInt64(field) << 3)
        raw(value)
    }

    mutating func fixed64(_ field: UInt32, _ value: UInt64) {
        raw(UInt64(field) << 3 | 1)
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    mutating func bytes(_ field: UInt32, _ value: [UInt8]) {
        raw(UInt64(field) << 3 | 2)
        raw(UInt64(value.count))
        bytes += value
    }

    mutating func string(_ field: UInt32, _ value: String) { bytes(field, Array(value.utf8)) }

    mutating func message(_ field: UInt32, _ build: (inout ProtobufTestWriterForLogs) -> Void) {
        var inner = ProtobufTestWriterForLogs()
        build(&inner)
        bytes(field, inner.bytes)
    }
}
