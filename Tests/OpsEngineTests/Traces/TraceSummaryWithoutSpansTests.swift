import OpsModel
import Testing

@testable import OpsEngine

/// A trace store that keeps no spans (the report's) still answers summaries: with no entry there
/// are no times, and the summary must not subtract the empty bounds (that overflowed and trapped).
struct TraceSummaryWithoutSpansTests {
    @Test func aRecordWithNoEntriesSummarisesToNothing() {
        var store = TraceStore(keepsSpans: false)
        let span = Span(
            traceID: TraceID("t"), spanID: SpanID("s"), name: "answer", component: .query,
            status: .ok, startNanos: 1_000, endNanos: 5_000)
        store.update(TraceID("t")) { record in
            record.append(span, costUSD: 0.5, countsUsage: true, errorCategory: nil)
        }
        let summaries = store.newestSummaries(limit: 5)
        #expect(summaries.count == 1)
        #expect(summaries.first?.durationNanos == 0)
        #expect(summaries.first?.startNanos == 0)
    }
}
