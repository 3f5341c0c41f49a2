import OpsModel
import OpsEngine
import Testing

@testable import OpsUI

private func metricsSnapshot() -> MetricsSnapshot {
    var latency = LatencyBreakdown()
    latency.byComponent[.llm] = LatencySummary(
        count: 100, p50Ms: 80, p90Ms: 400, p95Ms: 700, p99Ms: 990, maxMs: .nan, meanMs: 150)
    latency.exemplars = [
        LatencyExemplars(
            kind: .component, component: .llm, name: "llm",
            buckets: [(100, 50), (500, 90), (1000, 99), (.infinity, 100)],
            exemplars: [
                TraceExemplar(traceID: "aaaa", valueMs: 80, timeNanos: 1_000, bucketUpperMs: 100),
                TraceExemplar(traceID: "cccc", valueMs: 900, timeNanos: 3_000, bucketUpperMs: 1000),
                TraceExemplar(traceID: "dddd", valueMs: 4000, timeNanos: 4_000, bucketUpperMs: .infinity),
            ])
    ]
    return MetricsSnapshot(asOfNanos: 10_000, window: .fiveMinutes, latency: latency, coverage: [.latency])
}

@Test func enterOnALatencyRowWithExemplarsOpensTheExemplarTracesAtOrAboveP95() throws {
    let model = DashboardModel(DashboardInput(snapshot: metricsSnapshot()))
    let target = try #require(model.drillTarget(.latency, row: 0))
    #expect(target == .exemplars(kind: .component, name: "llm", percentile: 95))
    let query = TraceQuery(origin: target)
    #expect(query.originSummary == "Exemplar traces of llm at or above p95 (from /metrics)")
    let list = TraceListModel().run(
        query, sort: query.defaultSort, traces: TraceStore(), exemplars: metricsSnapshot().latency.exemplars)
    // p95 (rank 95) lies in (500, 1000]: the exemplars there and above, slowest first.
    #expect(list.rows.map(\.traceID.description) == ["dddd", "cccc"])
    #expect(list.rows.allSatisfy { $0.name == TraceListModel.notLoaded && $0.spanCount == 0 })
    #expect(list.rows.first?.durationNanos == 4_000_000_000)
}

@Test func openingAnExemplarTraceNoLogHasSaysSo() throws {
    let target = DrillTarget.exemplars(kind: .component, name: "llm", percentile: 95)
    var state = AppState(
        route: .traceList(TraceQuery(origin: target)), window: .fiveMinutes, size: TerminalSize(width: 120, height: 40))
    let list = TraceListModel().run(
        TraceQuery(origin: target), sort: .latency, traces: TraceStore(), exemplars: metricsSnapshot().latency.exemplars
    )
    _ = AppReducer.reduce(&state, .drillDown, context: ReduceContext(list: list))
    #expect(state.route == .traceList(TraceQuery(origin: target)))
    #expect(state.message?.text == "trace dddd is not in any loaded log")
}

@Test func latencyRowsWithoutExemplarsKeepTheirSpanDrillDowns() throws {
    var snapshot = metricsSnapshot()
    snapshot.latency.exemplars = []
    let model = DashboardModel(DashboardInput(snapshot: snapshot))
    #expect(model.drillTarget(.latency, row: 0) == .latency(.llm))
}
