import OpsModel
import Testing

@testable import OpsEngine

/// A store without spans (the report's) keeps links, not spans: duplicates and roll-ups must still be
/// told through them while traces come and go.
struct TraceRollUpWithoutSpansTests {
    private func span(_ trace: String, _ id: String, parent: String? = nil, end: Int64, input: Int64 = 0) -> Event {
        var span = Span(
            traceID: TraceID(trace), spanID: SpanID(id), parentID: parent.map(SpanID.init), name: "call",
            component: .llm, status: .ok, startNanos: end - 1_000_000, endNanos: end)
        span.requestModel = "gpt-4o"
        span.usage = TokenUsage(input: input)
        return .span(span)
    }

    /// Many short traces through a store of two: duplicates are still told (the second reading of each
    /// span), roll-ups still taken back, and the totals match hand-worked ones.
    @Test func rollUpsAndDuplicatesAcrossEvictionsAreHandWorked() {
        var configuration = EngineConfiguration()
        configuration.keepSpans = false
        configuration.maxTraces = 2
        var store = MetricsStore(configuration: configuration)
        let second: Int64 = 1_000_000_000
        let base: Int64 = 1_795_433_400 * second
        for index in 0..<50 {
            let trace = "t\(index)"
            let end = base + Int64(index) * second
            // A parent that states usage first (counted), then its child with usage (the parent is a
            // roll-up: taken back), then the child read again (a duplicate).
            store.ingest(span(trace, "p", end: end, input: 1_000))
            store.ingest(span(trace, "c", parent: "p", end: end, input: 400))
            store.ingest(span(trace, "c", parent: "p", end: end, input: 400))
        }
        #expect(store.spanCount == 100)
        #expect(store.duplicateSpans == 50)
        // Only the children's 400 input tokens count: 50 × 400.
        #expect(store.bucket(for: .all).tokens.input == 20_000)
    }
}
