import Testing

@testable import OpsModel
@testable import OpsEngine
@testable import OpsReport

private let second: Int64 = 1_000_000_000
private let start: Int64 = 1_795_433_400 * second

private func span(_ id: UInt64, durationMs: Int64, cache: CacheLookup? = nil, guardrail: GuardrailVerdict? = nil, user: String? = nil) -> Event {
    let end = start + Int64(id) * second
    return .span(Span(
        traceID: .synthetic(id), spanID: .synthetic(id), name: "s", component: cache != nil ? .cache : .guardrail,
        status: .ok, startNanos: end - durationMs * 1_000_000, endNanos: end, userID: user, cache: cache,
        guardrail: guardrail))
}

@Test func signalKeysHaveTheIssuesShape() {
    var configuration = EngineConfiguration()
    configuration.qualityThresholds = ["faithfulness": 0.9]
    var store = MetricsStore(configuration: configuration)
    store.ingest([
        span(1, durationMs: 4, cache: CacheLookup(hit: true, savedUSD: 0.25)),
        span(2, durationMs: 800, cache: CacheLookup(hit: false)),
        span(3, durationMs: 2, guardrail: GuardrailVerdict(guardrail: "jailbreak", outcome: .blocked, reason: "injection"), user: "eve"),
        span(4, durationMs: 2, guardrail: GuardrailVerdict(guardrail: "limiter", outcome: .blocked, isRateLimit: true), user: "eve"),
        span(5, durationMs: 2, guardrail: GuardrailVerdict(guardrail: "pii", outcome: .pass)),
        .evaluation(Evaluation(timeNanos: start + 6 * second, name: "faithfulness", score: 0.5)),
        .evaluation(Evaluation(timeNanos: start + 7 * second, name: "faithfulness", score: 1)),
    ])
    let json = Report(sources: ["a.jsonl"], stats: IngestStats(), store: store).json
    #expect(json.contains(
        #""cache":{"lookups":2,"hits":1,"hit_rate":0.5,"saved_usd":0.25,"latency_ms":{"hit":{"count":1,"p50":4,"p95":4},"#
        + #""miss":{"count":1,"p50":800,"p95":800}},"provider_cached_input_share":null,"provider_cache_saved_usd":0}"#))
    #expect(json.contains(
        #""guardrails":{"checked":3,"blocked":2,"flagged":0,"by_guardrail":{"jailbreak":1,"limiter":1},"#
        + #""by_reason":{"injection":1},"top_users":{"eve":2},"rate_limited":1}"#))
    #expect(json.contains(
        #""quality":{"faithfulness":{"count":2,"mean":0.75,"p10":0.5,"threshold":0.9,"below_threshold":1}}"#))
    let text = Report(sources: ["a.jsonl"], stats: IngestStats(), store: store).text
    #expect(text.contains("Cache     1 hits of 2 lookups (50%)   saved $0.25"))
    #expect(text.contains("Guardrails  3 checked   2 blocked   0 flagged   1 rate-limited"))
    #expect(text.contains("  faithfulness  2 scores   mean 0.75   p10 0.50   1 below 0.90"))
}

@Test func signalKeysAreNullWhereTheSourceCannotKnowAndEmptyForPlainLogs() {
    let snapshot = MetricsSnapshot(asOfNanos: start, window: .all, coverage: [.cost, .latency])
    let json = Report(sources: ["http://127.0.0.1:9/metrics"], snapshot: snapshot).json
    #expect(json.hasSuffix(#""cache":null,"guardrails":null,"quality":null}"#))
    let plain = Report(sources: ["a.jsonl"], stats: IngestStats(), store: MetricsStore()).json
    #expect(plain.contains(#""cache":{"lookups":0,"hits":0,"hit_rate":null,"saved_usd":0,"#))
    #expect(plain.contains(#""quality":{}"#))
}

@Test func guardrailTextFromTheLogIsSanitised() {
    var store = MetricsStore()
    store.ingest(span(1, durationMs: 1, guardrail: GuardrailVerdict(guardrail: "evil\u{1b}[2J", outcome: .blocked, reason: "r\u{7}"), user: "u"))
    let text = Report(sources: ["a.jsonl"], stats: IngestStats(), store: store).text
    #expect(!text.contains("\u{1b}"))
    #expect(!text.contains("\u{7}"))
}

@Test func anEvaluationReadTwiceIsCountedOnceAndNamedInTheSource() {
    var store = MetricsStore()
    let evaluation = Event.evaluation(Evaluation(timeNanos: start, traceID: .synthetic(9), name: "faithfulness", score: 0.5))
    store.ingest([evaluation, evaluation, .evaluation(Evaluation(timeNanos: start, traceID: .synthetic(9), name: "faithfulness", score: 0.7))])
    let json = Report(sources: ["a.jsonl"], stats: IngestStats(), store: store).json
    #expect(json.contains(#""duplicate_spans":0,"duplicate_evaluations":1,"#))
    #expect(json.contains(#""quality":{"faithfulness":{"count":2,"mean":0.6,"p10":0.5,"threshold":null,"below_threshold":0}}"#))
}
