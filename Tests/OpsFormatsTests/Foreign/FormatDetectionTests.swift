import Testing
import OpsModel
import OpsTestSupport

@Test func nativeLinesWithKeysOtherFormatsUseStayNative() throws {
    let lines = [
        // Short form with id, model, status and response_cost (LiteLLM-like keys).
        #"{"id":"x1","trace_id":"t","span_id":"s1","ts":1795433588,"duration_ms":5,"model":"gpt-4o","status":"success","response_cost":0.5}"#,
        // A native span that also carries marker keys: span_id or kind keeps it native.
        #"{"span_id":"s2","call_type":"acompletion","run_type":"llm","start_time":"2026-11-23T10:00:00Z","end_time":"2026-11-23T10:00:01Z","name":"n"}"#,
        #"{"kind":"span","resourceSpans":[],"ts":1795433588,"duration_ms":5,"name":"k"}"#,
        // Marker keys nested in attributes do not count; post/patch that are not arrays do not count.
        #"{"ts":1795433588,"duration_ms":5,"name":"nested","attributes":{"call_type":"x","run_type":"llm"}}"#,
        #"{"ts":1795433588,"duration_ms":5,"name":"post","post":"a blog post","patch":{"v":1}}"#,
    ]
    let read = ingest(lines)
    #expect(read.stats.foreignLines.isEmpty)
    #expect(read.stats.events == 5)
    #expect(read.stats.malformed == 0)
    #expect(read.spans.map(\.name) == ["gpt-4o", "n", "k", "nested", "post"])
    #expect(read.spans[0].reportedCostUSD == 0.5)
    #expect(read.spans[0].status == .ok)
}

@Test func aFileMayMixFormats() {
    let native = #"{"trace_id":"t","span_id":"a","ts":1795433588,"duration_ms":5,"model":"gpt-4o"}"#
    let liteLLM = #"{"id":"l1","call_type":"acompletion","startTime":1795433588.0,"endTime":1795433589.0,"model":"gpt-4o"}"#
    let langSmith = #"{"id":"r1","run_type":"tool","name":"t","start_time":"2026-11-23T10:00:00Z","end_time":"2026-11-23T10:00:01Z"}"#
    let otlp = #"{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"ece80428612e47ae0e211f7f8b9c6e45","#
        + #""spanId":"ff7b8f7d5f8481aa","name":"o","startTimeUnixNano":"1795433580827749312","#
        + #""endTimeUnixNano":"1795433581667749312"}]}]}]}"#
    let read = ingest([native, liteLLM, "", langSmith, otlp, "not json"])
    #expect(read.stats.lines == 6)
    #expect(read.stats.events == 4)
    #expect(read.stats.malformed == 1)
    #expect(read.stats.foreignLines == [.liteLLM: 1, .langSmithRun: 1, .otlpTraces: 1])
    #expect(read.spans.map(\.name) == ["gpt-4o", "chat gpt-4o", "t", "o"])
    #expect(read.spans.map(\.component) == [.llm, .llm, .tool, .other])
}
