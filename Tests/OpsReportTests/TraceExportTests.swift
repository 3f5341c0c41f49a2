import Foundation
import Testing
@testable import OpsModel
@testable import OpsEngine
@testable import OpsReport
import OpsTestSupport

@Test func exportedTraceIsValidJSONWithEverySpan() throws {
    var store = MetricsStore()
    let second: Int64 = 1_000_000_000
    let base: Int64 = 1_795_433_400 * second
    store.ingest([
        .span(Span(
            traceID: TraceID("ece80428612e47ae0e211f7f8b9c6e45"), spanID: SpanID("0225e310c0b4c117"),
            parentID: SpanID("dc2974f81e146a31"), name: "chat \u{1b}[31mgpt", component: .llm, status: .error,
            startNanos: base, endNanos: base + second / 2, requestModel: "gpt-4o-mini",
            usage: TokenUsage(input: 100, output: 10), error: SpanError(type: "RateLimitError", message: "429 \"slow down\""),
            content: SpanContent(input: "hi", output: nil))),
        .span(Span(
            traceID: TraceID("ece80428612e47ae0e211f7f8b9c6e45"), spanID: SpanID("dc2974f81e146a31"), name: "invoke_agent",
            component: .query, startNanos: base, endNanos: base + second)),
    ])
    let record = try #require(store.traces[TraceID("ece80428612e47ae0e211f7f8b9c6e45")])
    let text = TraceExport.json(record)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["trace_id"] as? String == "ece80428612e47ae0e211f7f8b9c6e45")
    #expect(object["duration_ms"] as? Int == 1000)
    let spans = try #require(object["spans"] as? [[String: Any]])
    #expect(spans.count == 2)
    #expect(spans[0]["name"] as? String == "chat \u{1b}[31mgpt")
    #expect((spans[0]["error"] as? [String: Any])?["category"] as? String == "transient")
    #expect(spans[0]["input"] as? String == "hi")
    #expect(spans[1]["parent_span_id"] is NSNull)
    // The escape character is escaped in the file, never written raw.
    #expect(!text.contains("\u{1b}"))
}
