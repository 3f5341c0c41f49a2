import OpsModel
import Testing

@testable import OpsEngine

/// The trace store keeps at most `maxSpans` spans across its traces, evicting the oldest traces.
struct TraceStoreSpanBudgetTests {
    static func add(_ spans: Int, to trace: String, in store: inout TraceStore) {
        for number in 0..<spans {
            let span = Span(
                traceID: TraceID(trace), spanID: SpanID("\(trace)-\(number)"), name: "step", component: .llm,
                status: .ok, startNanos: 1_000, endNanos: 2_000)
            store.update(TraceID(trace)) { record in
                record.append(span, costUSD: 0, countsUsage: true, errorCategory: nil)
            }
        }
    }

    @Test(arguments: [true, false])
    func beyondTheBudgetTheOldestTracesGo(keepsSpans: Bool) {
        var store = TraceStore(capacity: 100, keepsSpans: keepsSpans, maxSpans: 10)
        for trace in ["t0", "t1", "t2"] { Self.add(3, to: trace, in: &store) }
        #expect(store.spanCount == 9)
        #expect(store.evicted == 0)
        // The 10th span fits; the 11th and 12th do not: t0 (3 spans) goes, then 9 are kept.
        Self.add(3, to: "t3", in: &store)
        #expect(store.spanCount == 9)
        #expect(store.evicted == 1)
        #expect(Array(store.newestFirst) == [TraceID("t3"), TraceID("t2"), TraceID("t1")])
        #expect(store[TraceID("t0")] == nil)
        // Two spans added to the oldest trace: the second passes the budget, and that trace goes.
        Self.add(2, to: "t1", in: &store)
        #expect(store.spanCount == 6)
        #expect(Array(store.newestFirst) == [TraceID("t3"), TraceID("t2")])
        #expect(store.evicted == 2)
    }

    @Test func oneTraceLargerThanTheBudgetIsKept() {
        var store = TraceStore(capacity: 100, maxSpansPerTrace: 50, maxSpans: 4)
        Self.add(6, to: "big", in: &store)
        #expect(store.count == 1)
        #expect(store.spanCount == 6)
        Self.add(1, to: "next", in: &store)
        #expect(Array(store.newestFirst) == [TraceID("next")])
        #expect(store.spanCount == 1)
    }

    @Test func contentOfEvictedTracesIsNoLongerCounted() {
        var store = TraceStore(capacity: 100, maxSpans: 2)
        for trace in ["a", "b", "c"] {
            let span = Span(
                traceID: TraceID(trace), spanID: SpanID("s"), name: "chat", component: .llm, status: .ok,
                startNanos: 1_000, endNanos: 2_000, content: SpanContent(input: "0123456789", output: nil))
            store.update(TraceID(trace)) { $0.append(span, costUSD: 0, countsUsage: true, errorCategory: nil) }
        }
        #expect(store.count == 2)
        #expect(store.contentBytes == 2 * (store[TraceID("c")]?.contentBytes ?? -1))
    }
}
