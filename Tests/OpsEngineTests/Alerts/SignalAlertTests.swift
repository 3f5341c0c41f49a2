import Testing
@testable import OpsModel
@testable import OpsEngine

private let second: Int64 = 1_000_000_000
private let minute: Int64 = 60 * second
private let hourStart: Int64 = 1_795_433_400 * second

private func alert(_ store: MetricsStore, _ rule: AlertRule, key: String = "") -> Alert? {
    store.alerts.all.first { $0.rule == rule && $0.key == key }
}

/// `perMinute` events in each of `minutes`, at second 10, 11, … of the minute.
private func eachMinute(_ minutes: Range<Int>, _ perMinute: Int, _ make: (Int64, Int, UInt64) -> Event) -> [Event] {
    var events: [Event] = []
    for m in minutes {
        for index in 0..<perMinute {
            let time = hourStart + Int64(m) * minute + Int64(10 + index) * second
            events.append(make(time, index, UInt64(m * 1000 + index)))
        }
    }
    return events
}

private func lookup(hits: Int) -> (Int64, Int, UInt64) -> Event {
    { time, index, id in
        .span(Span(traceID: .synthetic(id), spanID: .synthetic(id), name: "cache", component: .cache, status: .ok,
                   startNanos: time - 1_000_000, endNanos: time, cache: CacheLookup(hit: index < hits)))
    }
}

@Test func cacheHitRateDropFiresAndClears() {
    var store = MetricsStore()
    // 20 a minute: even the first seconds of a minute leave at least 50 lookups in the window.
    store.ingest(eachMinute(0..<50, 20, lookup(hits: 16)))
    store.ingest(eachMinute(50..<60, 20, lookup(hits: 4)))
    store.advance(to: hourStart + 59 * minute + 30 * second)
    store.evaluateAlertsNow()
    let firing = alert(store, .cacheHitRate)
    #expect(firing?.state == .firing)
    #expect(firing?.severity == .warning)
    // Window 55–59: 20 of 100 hit. Rest of the hour 0–54: 800 + 20 of 1100.
    #expect(firing?.value == 0.2)
    #expect(abs((firing?.threshold ?? 0) - 0.5 * 820 / 1100) < 1e-12)
    #expect(firing?.message == "cache hit rate 20% in the last 5m (100 lookups), down from 75% earlier in the hour")
    store.ingest(eachMinute(60..<70, 20, lookup(hits: 16)))
    store.evaluateAlertsNow()
    #expect(alert(store, .cacheHitRate)?.state == .resolved)
}

@Test func cacheHitRateNeedsFiftyLookups() {
    var store = MetricsStore()
    store.ingest(eachMinute(0..<50, 10, lookup(hits: 8)))
    store.ingest(eachMinute(50..<60, 9, lookup(hits: 0)))  // at most 45 lookups in the window
    store.advance(to: hourStart + 59 * minute + 30 * second)
    store.evaluateAlertsNow()
    #expect(alert(store, .cacheHitRate) == nil)
}

private func check(blocksPerTen: Int) -> (Int64, Int, UInt64) -> Event {
    { time, index, id in
        .span(Span(traceID: .synthetic(id), spanID: .synthetic(id), name: "guard", component: .guardrail, status: .ok,
                   startNanos: time - 1_000_000, endNanos: time,
                   guardrail: GuardrailVerdict(guardrail: "jailbreak", outcome: index < blocksPerTen ? .blocked : .pass)))
    }
}

@Test func guardrailBlockRateSpikeFiresAndClears() {
    var store = MetricsStore()
    store.ingest(eachMinute(0..<50, 10, check(blocksPerTen: 0)))
    store.ingest(eachMinute(50..<60, 10, check(blocksPerTen: 6)))
    store.advance(to: hourStart + 59 * minute + 30 * second)
    store.evaluateAlertsNow()
    let firing = alert(store, .guardrailBlockRate)
    #expect(firing?.state == .firing)
    // 30 of 50 blocked in the window; 30 of 550 in the rest of the hour: limit max(3 × 0.0545, 0.0545 + 0.10).
    #expect(firing?.severity == .critical)
    #expect(firing?.value == 0.6)
    #expect(abs((firing?.threshold ?? 0) - 3 * 30.0 / 550) < 1e-12)
    store.ingest(eachMinute(60..<70, 10, check(blocksPerTen: 0)))
    store.evaluateAlertsNow()
    #expect(alert(store, .guardrailBlockRate)?.state == .resolved)
}

@Test func qualityBelowThresholdFiresPerMetricAndClears() {
    var configuration = EngineConfiguration()
    configuration.qualityThresholds = ["faithfulness": 0.9, "relevancy": 0.5]
    var store = MetricsStore(configuration: configuration)
    let scores: (Double) -> (Int64, Int, UInt64) -> Event = { value in
        { time, _, id in .evaluation(Evaluation(timeNanos: time, traceID: .synthetic(id), name: "faithfulness", score: value)) }
    }
    store.ingest(eachMinute(0..<5, 2, scores(0.8)))
    store.ingest(eachMinute(0..<5, 2) { time, _, _ in .evaluation(Evaluation(timeNanos: time, name: "relevancy", score: 0.9)) })
    store.advance(to: hourStart + 4 * minute + 30 * second)
    store.evaluateAlertsNow()
    let firing = alert(store, .qualityBelowThreshold, key: "faithfulness")
    #expect(firing?.state == .firing)
    #expect(abs((firing?.value ?? 0) - 0.8) < 1e-12)
    #expect(firing?.message == "faithfulness mean 0.80 below the 0.90 threshold in the last 5m (10 scores)")
    #expect(alert(store, .qualityBelowThreshold, key: "relevancy") == nil)
    store.ingest(eachMinute(5..<11, 4, scores(1.0)))
    store.evaluateAlertsNow()
    #expect(alert(store, .qualityBelowThreshold, key: "faithfulness")?.state == .resolved)
}
