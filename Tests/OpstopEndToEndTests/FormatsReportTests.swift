import Foundation
import Testing

/// One line of each other format and a native line: what `report` and `snapshot` make of a mixed file.
private let mixedLog = [
    #"{"post":[{"id":"01a20830-fcaf-7b6f-93c8-2563382ab12f","name":"agent","run_type":"chain","#
        + #""start_time":"2026-11-23T10:00:00Z"}]}"#,
    #"{"id":"01a20830-fcbb-7f8a-a275-dd7e108a70be","trace_id":"01a20830-fcaf-7b6f-93c8-2563382ab12f","#
        + #""parent_run_id":"01a20830-fcaf-7b6f-93c8-2563382ab12f","name":"ChatOpenAI","run_type":"llm","#
        + #""start_time":"2026-11-23T10:00:00.5Z","end_time":"2026-11-23T10:00:01Z","prompt_tokens":10,"#
        + #""completion_tokens":2,"total_cost":0.25,"extra":{"metadata":{"ls_model_name":"gpt-4o"}}}"#,
    #"{"patch":[{"id":"01a20830-fcaf-7b6f-93c8-2563382ab12f","end_time":"2026-11-23T10:00:02Z"}]}"#,
    #"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"ece80428612e47ae0e211f7f8b9c6e45","#
        + #""spanId":"ff7b8f7d5f8481aa","name":"chat","startTimeUnixNano":"1795428000000000000","#
        + #""endTimeUnixNano":"1795428001000000000","attributes":[{"key":"error.type","value":{"stringValue":"429"}}],"#
        + #""status":{"code":2}}]}]}]}"#,
    #"{"id":"a1","call_type":"acompletion","trace_id":"t-1","startTime":1795428060.0,"endTime":1795428061.5,"#
        + #""status":"success","model":"gpt-4o","response_cost":0.5,"prompt_tokens":100,"completion_tokens":5}"#,
    #"{"resourceMetrics":[]}"#,
    #"{"id":"a2","call_type":"acompletion","startTime":"soon","endTime":1795428061.5}"#,
]

@Test func reportAndSnapshotReadEveryOtherFormat() throws {
    let directory = try OpstopBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let log = directory.appendingPathComponent("mixed.jsonl")
    try (mixedLog.joined(separator: "\n") + "\n").write(to: log, atomically: true, encoding: .utf8)
    let result = try OpstopBinary.run(["report", log.path, "--json"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let source = try #require(json["source"] as? [String: Any])
    #expect(source["lines"] as? Int == 7)
    #expect(source["spans"] as? Int == 4)
    #expect(source["traces"] as? Int == 3)
    #expect(source["malformed"] as? Int == 1)
    #expect(source["otlp_metric_lines"] as? Int == 1)
    #expect(source["formats"] as? [String: Int] == [
        "langsmith_batch": 2, "langsmith_run": 1, "otlp_traces": 1, "otlp_metrics": 1, "litellm": 1,
    ])
    let examples = source["malformed_examples"] as? [[String: Any]]
    #expect(examples?.first?["line"] as? Int == 7)
    #expect(examples?.first?["reason"] as? String == "LiteLLM payload: startTime 'soon' is not an ISO 8601 time")
    let cost = try #require(json["cost"] as? [String: Any])
    #expect(cost["total_usd"] as? Double == 0.75)
    let tokens = try #require(json["tokens"] as? [String: Any])
    #expect(tokens["input"] as? Int == 110)
    #expect(tokens["output"] as? Int == 7)
    let latency = try #require(json["latency_ms"] as? [String: Any])
    let query = try #require(latency["query"] as? [String: Any])
    #expect(query["count"] as? Int == 3)
    #expect((query["max"] as? NSNumber)?.doubleValue == 2000)
    let errors = try #require(json["errors"] as? [String: Any])
    #expect(errors["by_category"] as? [String: Int] == ["transient": 1, "user": 0, "system": 0])

    let frame = try OpstopBinary.run(["snapshot", log.path, "--size", "120x40", "--window", "all"])
    #expect(frame.status == 0, "\(frame.stderr)")
    #expect(frame.stdout.contains("1 malformed"))
    #expect(frame.stdout.contains("agent"))
    #expect(frame.stdout.contains("gpt-4o"))
}

/// OTLP/JSON metrics lines, as the Collector's file exporter writes them, feed the scrape figures:
/// a token counter read twice gives the increase between the two lines.
@Test func reportReadsOTLPMetricsLinesAsScrapes() throws {
    func line(seconds: Int, input: Int, output: Int) -> String {
        let time = "\(1_795_428_000 + seconds)000000000"
        func point(_ type: String, _ value: Int) -> String {
            #"{"attributes":[{"key":"gen_ai.token.type","value":{"stringValue":"\#(type)"}},"#
                + #"{"key":"gen_ai.request.model","value":{"stringValue":"gpt-4o-mini"}}],"#
                + #""startTimeUnixNano":"1795428000000000000","timeUnixNano":"\#(time)","asInt":"\#(value)"}"#
        }
        return #"{"resourceMetrics":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"bot"}}]},"#
            + #""scopeMetrics":[{"metrics":[{"name":"gen_ai.client.token.usage","unit":"{token}","sum":{"#
            + #""aggregationTemporality":2,"isMonotonic":true,"dataPoints":["# + point("input", input) + ","
            + point("output", output) + "]}}]}]}]}"
    }
    let directory = try OpstopBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let log = directory.appendingPathComponent("metrics.jsonl")
    let lines = [line(seconds: 0, input: 100, output: 10), line(seconds: 60, input: 400, output: 70)]
    try (lines.joined(separator: "\n") + "\n").write(to: log, atomically: true, encoding: .utf8)
    let result = try OpstopBinary.run(["report", log.path, "--json"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let tokens = try #require(json["tokens"] as? [String: Any])
    #expect(tokens["input"] as? Int == 300)
    #expect(tokens["output"] as? Int == 60)
    let scrape = try #require(json["scrape"] as? [String: Any])
    #expect(scrape["scrapes"] as? Int == 2)
    #expect(scrape["period_seconds"] as? Double == 60)
    #expect((json["source"] as? [String: Any])?["malformed"] as? Int == 0)
}
