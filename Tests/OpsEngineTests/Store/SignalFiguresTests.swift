import Testing
@testable import OpsModel
@testable import OpsEngine
import OpsTestSupport

private let second: Int64 = 1_000_000_000
private let minute: Int64 = 60 * second
private let hourStart: Int64 = 1_795_433_400 * second  // a whole hour

private func close(_ actual: Double?, _ expected: Double, _ what: String) {
    guard let actual else {
        Issue.record("\(what): nil, expected \(expected)")
        return
    }
    #expect(abs(actual - expected) <= 1e-9 * Swift.max(1, abs(expected)), "\(what): \(actual) vs \(expected)")
}

private func signalSpan(
    _ id: UInt64, at end: Int64, durationMs: Int64 = 10, component: Component = .cache, model: String? = nil,
    usage: TokenUsage = .zero, cost: Double? = nil, cache: CacheLookup? = nil, guardrail: GuardrailVerdict? = nil,
    user: String? = nil
) -> Event {
    .span(Span(
        traceID: .synthetic(id), spanID: .synthetic(id), name: "s\(id)", component: component, status: .ok,
        startNanos: end - durationMs * 1_000_000, endNanos: end, requestModel: model, usage: usage,
        reportedCostUSD: cost, userID: user, cache: cache, guardrail: guardrail))
}

private func score(_ name: String, _ value: Double?, at time: Int64, trace: UInt64 = 1, label: String? = nil) -> Event {
    .evaluation(Evaluation(timeNanos: time, traceID: .synthetic(trace), name: name, score: value, label: label))
}

@Test func cacheFiguresMatchHandComputedOnes() {
    var store = MetricsStore()
    let t = hourStart + 10 * second
    store.ingest([
        // One model call for $0.30, whose 400k of 1M input tokens came from the provider's cache.
        signalSpan(1, at: t, component: .llm, model: "gpt-4o-mini",
                   usage: TokenUsage(input: 1_000_000, cacheRead: 400_000), cost: 0.30),
        signalSpan(2, at: t, durationMs: 4, cache: CacheLookup(hit: true, savedUSD: 0.01)),
        // Priced from its own tokens: 1M input tokens of gpt-4o-mini at $0.15/M; not spend.
        signalSpan(3, at: t, durationMs: 6, model: "gpt-4o-mini", usage: TokenUsage(input: 1_000_000),
                   cache: CacheLookup(hit: true)),
        // Nothing to price: the window's cost per model call, $0.30.
        signalSpan(4, at: t, durationMs: 8, cache: CacheLookup(hit: true)),
        signalSpan(5, at: t, durationMs: 900, cache: CacheLookup(hit: false)),
    ])
    let cache = store.snapshot(window: .all).cache
    #expect(cache.lookups == 4)
    #expect(cache.hits == 3)
    close(cache.hitRate, 0.75, "hit rate")
    close(cache.savedUSD, 0.01 + 0.15 + 0.30, "saved")
    close(cache.statedSavedUSD, 0.01, "stated")
    #expect(cache.hitLatency.count == 3)
    #expect(cache.missLatency.count == 1)
    close(cache.missLatency.p50Ms, 900, "miss p50")
    close(store.snapshot(window: .all).cost.totalUSD, 0.30, "spend leaves the hits out")
    // input counts the cached hit's tokens too: 2M in all, 400k of them read from the provider's cache.
    close(cache.providerCachedInputShare, 400_000.0 / 2_000_000, "provider share")
    close(cache.providerCacheSavedUSD, 400_000 * (0.15 - 0.075) / 1_000_000, "provider saving")
}

@Test func guardrailFiguresMatchHandComputedOnes() {
    var store = MetricsStore()
    let t = hourStart + 10 * second
    store.ingest([
        signalSpan(1, at: t, component: .guardrail, guardrail: GuardrailVerdict(guardrail: "jailbreak", outcome: .pass), user: "ann"),
        signalSpan(2, at: t + 1, component: .guardrail,
                   guardrail: GuardrailVerdict(guardrail: "jailbreak", outcome: .blocked, reason: "injection"), user: "eve"),
        signalSpan(3, at: t + 2, component: .guardrail,
                   guardrail: GuardrailVerdict(guardrail: "jailbreak", outcome: .blocked, reason: "injection"), user: "eve"),
        signalSpan(4, at: t + 3, component: .guardrail,
                   guardrail: GuardrailVerdict(guardrail: "pii", outcome: .flagged, reason: "email address"), user: "bob"),
        signalSpan(5, at: t + 4, component: .guardrail,
                   guardrail: GuardrailVerdict(guardrail: "rate_limit", outcome: .blocked, isRateLimit: true), user: "eve"),
    ])
    let guardrails = store.snapshot(window: .all).guardrails
    #expect(guardrails.checked == 5)
    #expect(guardrails.blocked == 3)
    #expect(guardrails.flagged == 1)
    #expect(guardrails.rateLimited == 1)
    #expect(guardrails.byGuardrail.map(\.name) == ["jailbreak", "pii", "rate_limit"])
    #expect(guardrails.byGuardrail.first == GuardrailSummary.Row(name: "jailbreak", checked: 3, blocked: 2, flagged: 0))
    #expect(guardrails.byReason == [.init(name: "injection", count: 2), .init(name: "email address", count: 1)])
    #expect(guardrails.topUsers == [.init(name: "eve", count: 3), .init(name: "bob", count: 1)])
    #expect(guardrails.recent.map(\.spanID) == [.synthetic(5), .synthetic(4), .synthetic(3), .synthetic(2)])
    close(guardrails.blockRate, 0.6, "block rate")
}

@Test func qualityFiguresMatchHandComputedOnes() {
    var configuration = EngineConfiguration()
    configuration.qualityThresholds = ["faithfulness": 0.9]
    var store = MetricsStore(configuration: configuration)
    let t = hourStart + 10 * second
    // 0.05, 0.10, …, 1.00: nearest-rank p10 is the 2nd of 20.
    store.ingest((1...20).map { score("faithfulness", Double($0) * 0.05, at: t + Int64($0), trace: UInt64($0)) })
    store.ingest([score("faithfulness", nil, at: t, label: "unsure"), score("relevancy", 0.7, at: t)])
    let quality = store.snapshot(window: .all).quality
    #expect(quality.metrics.map(\.name) == ["faithfulness", "relevancy"])
    let faithfulness = quality["faithfulness"]
    #expect(faithfulness?.count == 20)
    #expect(faithfulness?.unscored == 1)
    close(faithfulness?.mean, 10.5 * 0.05, "mean")
    close(faithfulness?.p10, 0.10, "p10")
    #expect(faithfulness?.threshold == 0.9)
    #expect(faithfulness?.belowThreshold == 17)  // 0.05 … 0.85
    #expect(faithfulness?.lowest.map(\.traceID) == (1...5).map { .synthetic(UInt64($0)) })
    #expect(quality["relevancy"]?.threshold == nil)
    #expect(quality["relevancy"]?.belowThreshold == 0)
}

@Test func aScoreSketchMergedFromPartsEqualsOnePass() {
    var generator = TestRandom(seed: 13)
    for total in [10, 200, 3000] {
        // Multiples of 0.001: the binned sketch holds them exactly too.
        let scores = (0..<total).map { _ in Double(Int.random(in: 0...1000, using: &generator)) / 1000 }
        var whole = ScoreSketch()
        for value in scores { whole.add(value) }
        var merged = ScoreSketch()
        for part in stride(from: 0, to: total, by: 97) {
            var piece = ScoreSketch()
            for value in scores[part..<Swift.min(total, part + 97)] { piece.add(value) }
            merged.merge(piece)
        }
        let sorted = scores.sorted()
        for rank in [1.0, 10, 50, 90, 100] {
            let naive = sorted[Swift.max(1, Int((rank / 100 * Double(total)).rounded(.up))) - 1]
            close(whole.percentile(rank), naive, "one pass p\(rank) of \(total)")
            close(merged.percentile(rank), naive, "merged p\(rank) of \(total)")
        }
    }
}

@Test func aScoreSketchStaysBoundedOnWildScores() {
    var sketch = ScoreSketch()
    var generator = TestRandom(seed: 7)
    for _ in 0..<20_000 { sketch.add(Double.random(in: -1e12...1e12, using: &generator)) }
    #expect(sketch.count == 20_000)
    #expect(sketch.bins.count <= ScoreSketch.maxBins)
    #expect(sketch.percentile(10) != nil)
}

@Test func windowsMatchANaiveReference() {
    var configuration = EngineConfiguration()
    configuration.qualityThresholds = ["faithfulness": 0.8]
    var store = MetricsStore(configuration: configuration)
    var generator = TestRandom(seed: 42)
    var events: [(time: Int64, hit: Bool?, blocked: Bool?, score: Double?)] = []
    for index in 0..<3000 {
        let time = hourStart + Int64.random(in: 0..<(7200 * second), using: &generator)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0:
            let hit = Bool.random(using: &generator)
            store.ingest(signalSpan(UInt64(index), at: time, cache: CacheLookup(hit: hit, savedUSD: 0.001)))
            events.append((time, hit, nil, nil))
        case 1:
            let blocked = Int.random(in: 0..<4, using: &generator) == 0
            store.ingest(signalSpan(UInt64(index), at: time, component: .guardrail,
                                    guardrail: GuardrailVerdict(guardrail: "g", outcome: blocked ? .blocked : .pass)))
            events.append((time, nil, blocked, nil))
        default:
            let value = Double(Int.random(in: 0...100, using: &generator)) / 100
            store.ingest(score("faithfulness", value, at: time, trace: UInt64(index)))
            events.append((time, nil, nil, value))
        }
    }
    let now = store.now
    for window in [TimeWindow.oneMinute, .fiveMinutes, .oneHour, .all] {
        let inWindow = events.filter { event in
            guard let length = window.nanos else { return true }
            let width = length <= minute ? second : minute
            return event.time / width > now / width - length / width && event.time <= now
        }
        let snapshot = store.snapshot(window: window)
        let lookups = inWindow.filter { $0.hit != nil }
        #expect(snapshot.cache.lookups == lookups.count, "\(window) lookups")
        #expect(snapshot.cache.hits == lookups.filter { $0.hit == true }.count, "\(window) hits")
        close(snapshot.cache.savedUSD, Double(snapshot.cache.hits) * 0.001, "\(window) saved")
        let checks = inWindow.filter { $0.blocked != nil }
        #expect(snapshot.guardrails.checked == checks.count, "\(window) checked")
        #expect(snapshot.guardrails.blocked == checks.filter { $0.blocked == true }.count, "\(window) blocked")
        let scores = inWindow.compactMap(\.score)
        let metric = snapshot.quality["faithfulness"]
        #expect((metric?.count ?? 0) == scores.count, "\(window) scores")
        if !scores.isEmpty {
            close(metric?.mean, scores.reduce(0, +) / Double(scores.count), "\(window) mean")
            #expect(metric?.belowThreshold == scores.filter { $0 < 0.8 }.count, "\(window) below")
            let sorted = scores.sorted()
            close(metric?.p10, sorted[Swift.max(1, Int((0.1 * Double(sorted.count)).rounded(.up))) - 1], "\(window) p10")
        }
    }
}

@Test func logsWithoutSignalsHaveEmptyFiguresAndNoNewAlerts() {
    var store = MetricsStore()
    store.ingest(signalSpan(1, at: hourStart, component: .llm, model: "gpt-4o-mini", usage: TokenUsage(input: 10)))
    store.evaluateAlertsNow()
    let snapshot = store.snapshot(window: .all)
    #expect(!store.hasSignals)
    #expect(snapshot.cache.lookups == 0 && snapshot.cache.hitRate == nil)
    #expect(snapshot.guardrails.isEmpty && snapshot.quality.isEmpty)
    #expect(!snapshot.alerts.contains { [.cacheHitRate, .guardrailBlockRate, .qualityBelowThreshold].contains($0.rule) })
}

@Test func aGuardrailsRefusalIsCountedApartFromErrors() {
    var store = MetricsStore()
    let t = hourStart + 10 * second
    func failed(_ id: UInt64, guardrail: GuardrailVerdict?, component: Component) -> Event {
        .span(Span(
            traceID: .synthetic(id), spanID: .synthetic(id), parentID: .synthetic(1_000 + id), name: "s\(id)",
            component: component, status: .error, startNanos: t - second, endNanos: t,
            error: SpanError(type: "HTTP 429"), guardrail: guardrail))
    }
    store.ingest([
        // The app's own limiter refuses a request: a guardrail figure, not a provider error.
        failed(1, guardrail: GuardrailVerdict(guardrail: "rate_limit", outcome: .blocked, isRateLimit: true), component: .guardrail),
        // A guardrail that failed while passing the request is still an error of its own.
        failed(2, guardrail: GuardrailVerdict(guardrail: "pii", outcome: .pass), component: .guardrail),
        // The provider's 429.
        failed(3, guardrail: nil, component: .llm),
    ])
    let snapshot = store.snapshot(window: .all)
    #expect(snapshot.guardrails.blocked == 1)
    #expect(snapshot.guardrails.rateLimited == 1)
    #expect(snapshot.errors.failedSpans == 2)
}
