import Testing

@testable import OpsModel
@testable import OpsEngine
@testable import OpsReport

@Test func reportWritesNullForFiguresTheSourceCannotKnow() {
    var latency = LatencyBreakdown()
    latency.byComponent[.llm] = LatencySummary(
        count: 4, p50Ms: 250, p90Ms: 450, p95Ms: 475, p99Ms: 495, maxMs: .nan, meanMs: .nan)
    let snapshot = MetricsSnapshot(
        asOfNanos: 1_000_000_000_000, window: .all, cost: CostSummary(windowUSD: 0.5, burnPerHour1h: 180),
        latency: latency, errors: ErrorSummary(failedSpans: 2, byCategory: CategoryCounts(transient: 2)),
        coverage: [.cost, .latency, .errors])
    let json = Report(sources: ["http://127.0.0.1:9/metrics"], snapshot: snapshot).json
    #expect(json.contains(#""tokens":null"#))
    #expect(json.contains(#""breakers":null"#))
    #expect(json.contains(#""alerts":null"#))
    #expect(json.contains(#""spans":null,"traces":null"#))
    #expect(json.contains(#""today_usd":null"#))
    #expect(json.contains(#""by_user":null,"window_usd":0.5"#))
    #expect(json.contains(#""total":2,"rate":null,"requests":null"#))
    #expect(json.contains(#""llm":{"count":4,"p50":250,"p90":450,"p95":475,"p99":495,"max":null}"#))
    let text = Report(sources: ["u"], snapshot: snapshot).text
    #expect(text.contains("Tokens    n/a (not reported by this source)"))
    #expect(text.contains("today n/a"))
    #expect(text.contains("2 of n/a requests (n/a)"))
}

@Test func spanReportsKeepTheirShape() {
    let store = MetricsStore(configuration: EngineConfiguration())
    let json = Report(sources: ["a.jsonl"], stats: IngestStats(), store: store).json
    #expect(json.contains(#""tokens":{"input":0"#))
    #expect(json.contains(#""breakers":[]"#))
    #expect(!json.contains("null,\"traces\""))
}
