import OpsModel
import Testing

@testable import OpsEngine

/// The trace store keeps each trace's evaluation scores for the trace and span views.
struct TraceEvaluationTests {
    static let second: Int64 = 1_000_000_000

    static func span(_ trace: String, _ id: String, at seconds: Int64) -> Span {
        Span(
            traceID: TraceID(trace), spanID: SpanID(id), name: "answer", component: .query, status: .ok,
            startNanos: seconds * second, endNanos: seconds * second + second / 2)
    }

    static func score(_ trace: String?, _ value: Double, at seconds: Int64, name: String = "faithfulness") -> Evaluation {
        Evaluation(timeNanos: seconds * second, traceID: trace.map(TraceID.init), name: name, score: value)
    }

    @Test func scoresJoinTheirTraceInArrivalOrder() {
        var store = MetricsStore()
        store.ingest([
            .span(Self.span("t1", "a", at: 1)), .span(Self.span("t2", "b", at: 2)),
            .evaluation(Self.score("t1", 0.8, at: 3)), .evaluation(Self.score("t1", 0.4, at: 4, name: "relevancy")),
            .evaluation(Self.score("t2", 0.9, at: 5)),
        ])
        #expect(store.traces[TraceID("t1")]?.evaluations.map(\.score) == [0.8, 0.4])
        #expect(store.traces[TraceID("t1")]?.evaluations.map(\.name) == ["faithfulness", "relevancy"])
        #expect(store.traces[TraceID("t2")]?.evaluations.map(\.score) == [0.9])
        #expect(store.evaluationCount == 3)
    }

    @Test func aScoreBeforeItsTracesFirstSpanWaitsForIt() {
        var store = MetricsStore()
        store.ingest([.evaluation(Self.score("late", 0.3, at: 1)), .evaluation(Self.score(nil, 0.5, at: 1))])
        // No trace is made up for a score alone (the traces panel lists no empty trace).
        #expect(store.traces.count == 0)
        store.ingest([.span(Self.span("late", "x", at: 2))])
        #expect(store.traces[TraceID("late")]?.evaluations.map(\.score) == [0.3])
        store.ingest([.span(Self.span("late", "y", at: 3))])
        #expect(store.traces[TraceID("late")]?.evaluations.count == 1, "a waiting score is attached once")
    }

    @Test func waitingScoresAndScoresPerTraceAreBounded() {
        var traces = TraceStore()
        for index in 0...TraceStore.maxPendingTraces {
            traces.attach(Self.score("p\(index)", 0.1, at: 1))
        }
        var store = MetricsStore()
        store.ingest([.span(Self.span("solo", "s", at: 1))])
        for index in 0..<(TraceRecord.maxEvaluations + 5) {
            store.ingest([.evaluation(Self.score("solo", Double(index), at: 2))])
        }
        #expect(store.traces[TraceID("solo")]?.evaluations.count == TraceRecord.maxEvaluations)
        // The oldest waiting trace gave way to the newest.
        var check = traces
        check.update(TraceID("p0")) { _ in }
        check.update(TraceID("p\(TraceStore.maxPendingTraces)")) { _ in }
        #expect(check[TraceID("p0")]?.evaluations.isEmpty == true)
        #expect(check[TraceID("p\(TraceStore.maxPendingTraces)")]?.evaluations.count == 1)
    }

    @Test func aStoreWithoutSpansKeepsNoScores() {
        var traces = TraceStore(keepsSpans: false)
        traces.attach(Self.score("t", 0.5, at: 1))
        traces.update(TraceID("t")) { _ in }
        #expect(traces[TraceID("t")]?.evaluations.isEmpty == true)
    }
}
