import Foundation
import OpsModel
import OpsSources
import OpsTestSupport
import Testing

@testable import OpsFormats
@testable import OpsReceiver

/// LangSmith feedback and Langfuse scores posted to the receiver become evaluations.
struct ReceiverScoresTests {
    static let runID = "0d2f1c64-3a6b-4a7e-9f55-2b1c6b0e8a11"
    static let traceID = "6f1f0a3e-52c1-4c55-8d0b-9a0f5a3b7c21"

    func post(_ running: RunningReceiver, _ path: String, _ body: String, type: String = "application/json")
        throws -> RawHTTP.Response
    {
        try running.post(path: path, contentType: type, body: Array(body.utf8))
    }

    @Test func langSmithFeedbackIsAnEvaluationOfItsRun() throws {
        let running = try RunningReceiver()
        // What langsmith 0.15.0's create_feedback posts (model_dump(exclude_none=True)).
        let body = #"{"id":"7b1a0b7e-8a33-4d0e-b5a1-0f5f6c1e2d3a","run_id":"\#(Self.runID)","trace_id":"\#(Self.traceID)","#
            + #""key":"correctness","score":0.5,"value":"partly","comment":"misses the refund date","#
            + #""feedback_source":{"type":"api","metadata":{}},"created_at":"2026-11-23T10:00:00.250000+00:00","#
            + #""modified_at":"2026-11-23T10:00:00.250000+00:00"}"#
        let response = try post(running, "/feedback", body)
        #expect(response.status == 200)
        _ = running.drain()
        #expect(running.evaluations == [Evaluation(
            timeNanos: 1_795_428_000_250_000_000, traceID: ForeignIDs.traceID(Self.traceID),
            spanID: ForeignIDs.spanID(Self.runID), name: "correctness", score: 0.5, label: "partly",
            explanation: "misses the refund date", evaluator: "langsmith")])
        // A boolean score, self-hosted's prefix; a feedback without score or value is refused with the reason.
        #expect(try post(running, "/api/v1/feedback", #"{"key":"thumbs","score":true,"run_id":"\#(Self.runID)"}"#).status == 200)
        let empty = try post(running, "/feedback", #"{"key":"note","comment":"hmm"}"#)
        #expect(empty.status == 400)
        #expect(empty.text.contains("feedback 'note' has neither a score nor a value"))
        _ = running.drain()
        #expect(running.evaluations.last?.score == 1)
        #expect(running.evaluations.last?.traceID == nil)
    }

    @Test func feedbackPartsOfAMultipartBodyAreReadBesideItsRuns() throws {
        let running = try RunningReceiver()
        let boundary = "b0undary"
        let feedback = #"{"id":"f1","run_id":"\#(Self.runID)","trace_id":"\#(Self.traceID)","key":"helpful","score":1,"#
            + #""created_at":"2026-11-23T10:00:00Z"}"#
        let body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"feedback.f1\"\r\n"
            + "Content-Type: application/json\r\n\r\n\(feedback)\r\n--\(boundary)--\r\n"
        let response = try post(running, "/runs/multipart", body, type: "multipart/form-data; boundary=\(boundary)")
        #expect(response.status == 202)
        _ = running.drain()
        #expect(running.evaluations.map(\.name) == ["helpful"])
    }

    @Test func langfuseScoresAreEvaluationsOfTheirTraceAndObservation() throws {
        let running = try RunningReceiver()
        // What langfuse 5.0.4's create_score sends in one batch to /api/public/scores.
        let body = #"[{"id":"s1","traceId":"5b8efff798038103d269b633813fc60c","observationId":"051581bf3cb55c13","#
            + #""name":"faithfulness","value":0.82,"comment":"grounded","environment":"default","dataType":"NUMERIC","#
            + #""timestamp":"2026-11-23T10:00:01.000000Z"},"#
            + #"{"id":"s2","traceId":"5b8efff798038103d269b633813fc60c","name":"sentiment","value":"positive","#
            + #""dataType":"CATEGORICAL","timestamp":"2026-11-23T10:00:02Z"},"#
            + #"{"id":"s3","name":"","value":1}]"#
        let response = try post(running, "/api/public/scores", body)
        #expect(response.status == 207)
        #expect(response.text == #"{"accepted":2,"rejected":1,"errors":[{"message":"record 2: score without name"}]}"#)
        _ = running.drain()
        let trace = TraceID.hex(0x5B8E_FFF7_9803_8103, 0xD269_B633_813F_C60C)
        // All taken: Langfuse's own 202 answer, which the SDK reads as success.
        let clean = try post(running, "/api/public/scores", #"[{"id":"s4","name":"tone","value":"curt"}]"#)
        #expect(clean.status == 202)
        #expect(clean.text == #"{"message":"Accepted"}"#)
        #expect(running.evaluations.prefix(2) == [
            Evaluation(timeNanos: 1_795_428_001_000_000_000, traceID: trace, spanID: .hex(0x0515_81BF_3CB5_5C13),
                       name: "faithfulness", score: 0.82, explanation: "grounded", evaluator: "langfuse"),
            Evaluation(timeNanos: 1_795_428_002_000_000_000, traceID: trace, name: "sentiment", label: "positive",
                       evaluator: "langfuse"),
        ])
    }

    @Test func langfuseIngestionBatchesGiveTheirScoreEvents() throws {
        let running = try RunningReceiver()
        let body = #"{"batch":[{"id":"e1","type":"trace-create","body":{"id":"t"}},"#
            + #"{"id":"e2","type":"score-create","body":{"id":"s","traceId":"t-1","name":"relevance","value":1,"#
            + #""timestamp":"2026-11-23T10:00:00Z"}}]}"#
        let response = try post(running, "/api/public/ingestion", body)
        #expect(response.status == 207)
        #expect(response.text == #"{"successes":[{"id":"s","status":201}],"errors":[]}"#)
        _ = running.drain()
        #expect(running.evaluations.map(\.name) == ["relevance"])
        #expect(running.receiver.statistics.logRecordsIgnored == 1)
    }

    @Test func hostileScoresAreRejectedOneByOne() throws {
        let now: Int64 = 1_795_000_000_000_000_000
        let receipt = EvaluationReceiver.langfuseScores(Array((#"[1,{"name":"a","value":1e300},"#
            + #"{"name":"b","value":[1]},{"name":"c"},{"name":"d","value":0.5,"timestamp":"soon"},"#
            + #"{"name":"e\u0000","value":-3,"traceId":7},{"name":"f","value":true}]"#).utf8), now: now)
        #expect(receipt.evaluations == [Evaluation(timeNanos: now, name: "f", score: 1, evaluator: "langfuse")])
        #expect(receipt.problems == [
            "record 0: not a JSON object", "record 1: value is out of range", "record 2: value must be a number or text",
            "record 3: score 'c' has no value", "record 4: timestamp 'soon' is not an ISO 8601 time",
            "record 5: traceId must be a string",
        ])
        #expect(EvaluationReceiver.langSmithFeedback(Array("nope".utf8), now: now).unreadable != nil)
        #expect(EvaluationReceiver.langfuseIngestion(Array("[]".utf8), now: now).unreadable
            == "expected a JSON object with batch")
        let long = String(repeating: "k", count: 1_000)
        let bounded = EvaluationReceiver.langSmithFeedback(
            Array(#"{"key":"\#(long)","score":1e12}"#.utf8), now: now)
        #expect(bounded.problems == ["record 0: score is out of range"])
    }
}
