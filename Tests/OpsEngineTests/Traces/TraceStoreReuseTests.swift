import OpsModel
import Testing

@testable import OpsEngine

/// An evicted trace's record serves the next new trace: that trace starts with nothing of the old one.
struct TraceStoreReuseTests {
    static func span(_ trace: String, _ id: String, text: String? = nil) -> Span {
        Span(
            traceID: TraceID(trace), spanID: SpanID(id), name: "step", component: .llm, status: .ok,
            startNanos: 1_000, endNanos: 2_000, usage: TokenUsage(input: 10, output: 5),
            content: text.map { SpanContent(input: $0, output: nil) })
    }

    /// Adds the span unless the trace holds its id already; true when added.
    @discardableResult
    static func add(_ span: Span, marking parent: String? = nil, to store: inout TraceStore) -> Bool {
        store.update(span.traceID) { record in
            if record.contains(span.spanID) { return false }
            if let parent { _ = record.markUsage(below: SpanID(parent)) }
            record.append(span, costUSD: 0.5, countsUsage: true, errorCategory: nil)
            return true
        }
    }

    @Test(arguments: [true, false])
    func aNewTraceInAnEvictedRecordStartsEmpty(keepsSpans: Bool) {
        var store = TraceStore(capacity: 2, keepsSpans: keepsSpans)
        Self.add(Self.span("old", "shared", text: "0123456789"), marking: "parent", to: &store)
        Self.add(Self.span("old", "second"), to: &store)
        store.attach(Evaluation(timeNanos: 1_500, traceID: TraceID("old"), name: "faithfulness", score: 0.7))
        Self.add(Self.span("b", "b1"), to: &store)
        // A third trace evicts "old"; the fourth is made from its emptied record.
        Self.add(Self.span("c", "c1"), to: &store)
        #expect(store.evicted == 1)
        #expect(store[TraceID("old")] == nil)
        // The same span id as the old trace's is new in this trace, not a duplicate.
        #expect(Self.add(Self.span("new", "shared"), to: &store))
        let record = store[TraceID("new")]
        #expect(record?.traceID == TraceID("new"))
        #expect(record?.spanCount == 1)
        #expect(record?.contains(SpanID("second")) == false)
        #expect(record?.hasUsage(below: SpanID("parent")) == false)
        #expect(record?.evaluations.isEmpty == true)
        #expect(record?.contentBytes == 0)
        #expect(record?.summary.spanCount == (keepsSpans ? 1 : 0))
        #expect(store.spanCount == 2)
        #expect(store.evicted == 2)
        #expect(store.contentBytes == 0)
        #expect(Array(store.newestFirst) == [TraceID("new"), TraceID("c")])
    }
}
