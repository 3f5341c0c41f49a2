import OpsEngine
import OpsModel
import Testing

@testable import OpsUI

/// The longest label ran into its value ("conversationconv-7"): every label keeps a gap.
@Test func spanDetailLabelsNeverRunIntoTheirValues() throws {
    var store = MetricsStore()
    let start: Int64 = 1_795_433_580_000_000_000
    store.ingest(.span(Span(
        traceID: TraceID("t-1"), spanID: SpanID("s-1"), name: "chat", component: .llm, status: .ok,
        startNanos: start, endNanos: start + 1_000_000, requestModel: "gpt-4o", userID: "u-1", sessionID: "sess-1",
        serviceName: "svc", conversationID: "conv-7")))
    let entry = try #require(store.traces[TraceID("t-1")]?.entry(for: SpanID("s-1")))
    let lines = SpanDetailView.lines(for: entry, width: 60).map(\.text)
    let conversation = try #require(lines.first { $0.hasPrefix("conversation") })
    #expect(conversation.hasPrefix("conversation  conv-7"))
    for line in lines where line.contains("conv-7") || line.contains("sess-1") {
        let label = line.prefix { $0 != " " }
        #expect(!label.contains("conv-7") && !label.contains("sess-1"), "\(line)")
    }
}
