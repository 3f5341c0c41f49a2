import OpsModel
import Testing

@testable import OpsEngine

/// The same evaluation read twice (a log given twice, a producer retrying its POST) counts once;
/// different results for one metric and span count each.
struct EvaluationDuplicateTests {
    static let second: Int64 = 1_000_000_000

    static func span(_ trace: String, _ id: String) -> Span {
        Span(
            traceID: TraceID(trace), spanID: SpanID(id), name: "answer", component: .query, status: .ok,
            startNanos: second, endNanos: 2 * second)
    }

    static func eval(
        _ trace: String, _ span: String, _ score: Double?, at seconds: Int64 = 3, name: String = "faithfulness",
        evaluator: String? = "ragas", label: String? = nil
    ) -> Event {
        .evaluation(Evaluation(
            timeNanos: seconds * second, traceID: TraceID(trace), spanID: SpanID(span), name: name, score: score,
            label: label, evaluator: evaluator))
    }

    @Test func theSameEvaluationTwiceCountsOnce() {
        var store = MetricsStore()
        let once: [Event] = [.span(Self.span("t1", "a")), Self.eval("t1", "a", 0.4), Self.eval("t1", "a", nil, label: "pass")]
        store.ingest(once)
        store.ingest(once)  // the whole log again
        #expect(store.evaluationCount == 2)
        #expect(store.duplicateEvaluations == 2)
        #expect(store.duplicateSpans == 1)
        let faithfulness = store.snapshot(window: .all).quality["faithfulness"]
        #expect(faithfulness?.count == 1)
        #expect(faithfulness?.unscored == 1)
        #expect(faithfulness?.mean == 0.4)
        #expect(store.traces[TraceID("t1")]?.evaluations.count == 2)
    }

    @Test func differentResultsForOneMetricAndSpanCountEach() {
        var store = MetricsStore()
        store.ingest([
            .span(Self.span("t1", "a")),
            Self.eval("t1", "a", 0.4), Self.eval("t1", "a", 0.8),  // two scores
            Self.eval("t1", "a", 0.4, at: 4),  // a later re-evaluation
            Self.eval("t1", "a", 0.4, evaluator: "judge"),  // another evaluator
            Self.eval("t1", "b", 0.4), Self.eval("t2", "a", 0.4),  // another span, another trace
            Self.eval("t1", "a", 0.4, name: "relevancy"),  // another metric
            Self.eval("t1", "a", nil, label: "pass"), Self.eval("t1", "a", nil, label: "fail"),  // two labels
        ])
        #expect(store.evaluationCount == 9)
        #expect(store.duplicateEvaluations == 0)
        let faithfulness = store.snapshot(window: .all).quality["faithfulness"]
        #expect(faithfulness?.count == 6)
        // 0.4 × 5 + 0.8, over 6.
        #expect(abs((faithfulness?.mean ?? 0) - 2.8 / 6) < 1e-12)
    }

    @Test func theKeysRememberedAreBounded() {
        var keys = RecentKeys<Int>(capacity: 3)
        // Each step inserts a key and says whether it was new.
        let steps = [1, 2, 3, 2, 4, 1, 4, 3, 2].map { keys.insert($0) }
        // 2 is held; 4 makes the oldest, 1, give way; 1 comes back new (2 gives way); 4 and 3 are held; 2 is new.
        #expect(steps == [true, true, true, false, true, true, false, false, true])
        #expect(keys.count == 3)

        var store = MetricsStore()
        for index in 0...MetricsStore.evaluationKeyLimit {
            store.ingest(Self.eval("t", "s", Double(index)))
        }
        #expect(store.recentEvaluations.count == MetricsStore.evaluationKeyLimit)
        store.ingest(Self.eval("t", "s", 0))  // forgotten: counted again
        store.ingest(Self.eval("t", "s", Double(MetricsStore.evaluationKeyLimit)))  // remembered
        #expect(store.evaluationCount == MetricsStore.evaluationKeyLimit + 2)
        #expect(store.duplicateEvaluations == 1)
    }
}
