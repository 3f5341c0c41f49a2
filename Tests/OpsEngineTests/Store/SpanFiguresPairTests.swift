import OpsModel
import OpsTestSupport
import Testing

@testable import OpsEngine

/// A histogram's figures as the readers see them.
private struct HistogramFigures: Equatable {
    var count: UInt64
    var sum: Double
    var min: UInt64
    var max: UInt64
    var percentiles: [UInt64]

    init(_ histogram: LatencyHistogram) {
        count = histogram.count
        sum = histogram.sum
        min = histogram.min
        max = histogram.max
        percentiles = histogram.percentiles([50, 95, 99])
    }
}

/// Every figure ``SpanFigures/add(to:)`` changes, as one comparable value.
private struct AddedFigures: Equatable {
    var counts: [Int]
    var categories: CategoryCounts
    var errorsByType: [Int]
    var costUSD: Double
    var tokens: TokenUsage
    var providerCacheSavedUSD: Double
    var costByModel: [Double]
    var spansByModel: [Int]
    var latency: [HistogramFigures]
    var latencyByModel: [HistogramFigures]
    var latencyByTool: [HistogramFigures]
    var signalCounts: [Int]
    var savedUSD: [Double]
    var signalLatency: [HistogramFigures]
    var byGuardrail: [SignalFigures.GuardrailCounts]
    var byReason: [Int]
    var byUser: [Int]

    init(_ bucket: MetricsBucket) {
        counts = [bucket.spans, bucket.roots, bucket.failedSpans, bucket.failedRoots]
        categories = bucket.errorsByCategory
        errorsByType = bucket.errorsByType.values
        costUSD = bucket.costUSD
        tokens = bucket.tokens
        providerCacheSavedUSD = bucket.providerCacheSavedUSD
        costByModel = bucket.costByModel.values
        spansByModel = bucket.spansByModel.values
        latency = Component.allCases.map { HistogramFigures(bucket.latency[$0]) }
        latencyByModel = bucket.latencyByModel.values.map(HistogramFigures.init)
        latencyByTool = bucket.latencyByTool.values.map(HistogramFigures.init)
        let signals = bucket.signals
        signalCounts = [
            signals.used ? 1 : 0, signals.lookups, signals.hits, signals.unpricedHits, signals.checked, signals.blocked,
            signals.flagged, signals.rateLimited,
        ]
        savedUSD = [signals.statedSavedUSD, signals.pricedSavedUSD]
        signalLatency = [HistogramFigures(signals.hitLatency), HistogramFigures(signals.missLatency)]
        byGuardrail = signals.byGuardrail.values
        byReason = signals.byReason.values
        byUser = signals.byUser.values
    }
}

private func randomFigures(using generator: inout TestRandom) -> SpanFigures {
    func maybe<Value>(_ value: Value) -> Value? { Bool.random(using: &generator) ? value : nil }
    let failed = Int.random(in: 0..<4, using: &generator) == 0
    var signal: SpanSignal?
    if Int.random(in: 0..<3, using: &generator) == 0 {
        var made = SpanSignal()
        made.hit = maybe(Bool.random(using: &generator))
        made.statedSavedUSD = Double.random(in: 0...0.01, using: &generator)
        made.pricedSavedUSD = Double.random(in: 0...0.01, using: &generator)
        made.unpricedHit = Bool.random(using: &generator)
        if Bool.random(using: &generator) {
            made.verdict = SpanSignal.Verdict(
                guardrail: SeriesRegistry.ID.random(in: 0..<3, using: &generator),
                reason: maybe(SeriesRegistry.ID.random(in: 0..<3, using: &generator)),
                user: maybe(SeriesRegistry.ID.random(in: 0..<3, using: &generator)),
                outcome: GuardrailVerdict.Outcome.allCases.randomElement(using: &generator) ?? .pass,
                isRateLimit: Bool.random(using: &generator))
        }
        signal = made
    }
    return SpanFigures(
        costUSD: Bool.random(using: &generator) ? 0 : Double.random(in: 0...0.05, using: &generator),
        usage: TokenUsage(
            input: Int64.random(in: 0...900, using: &generator), output: Int64.random(in: 0...300, using: &generator)),
        model: maybe(SeriesRegistry.ID.random(in: 0..<4, using: &generator)),
        tool: maybe(SeriesRegistry.ID.random(in: 0..<4, using: &generator)),
        errorType: failed ? maybe(SeriesRegistry.ID.random(in: 0..<3, using: &generator)) : nil,
        category: failed ? [ErrorCategory.transient, .user, .system].randomElement(using: &generator) : nil,
        isRoot: Bool.random(using: &generator), isError: failed || Int.random(in: 0..<9, using: &generator) == 0,
        component: Component.allCases.randomElement(using: &generator) ?? .other,
        latency: LatencyHistogram.Sample(nanos: Int64.random(in: 1...30_000_000_000, using: &generator)),
        providerCacheSavedUSD: Bool.random(using: &generator) ? 0 : Double.random(in: 0...0.002, using: &generator),
        signal: signal)
}

/// All time as the store keeps it: the minute ring's held buckets' counts added to the sums added span by span.
private func allTimeRead(_ allTime: MetricsBucket, _ minutes: TimeRing<MetricsBucket>) -> MetricsBucket {
    var total = allTime
    minutes.forEachHeld { total.mergeCounts($0) }
    return total
}

/// Adding a span's figures to its minute with only the sums to all time, all time taking each minute's counts
/// and histograms when its slot is reused or all time is read, gives exactly what adding every span to all
/// time gives (sums compared exactly, so in the same order): over many minutes (slots reused several times),
/// late spans (within the ring and before it) and reads between spans.
@Test(arguments: [UInt64(1), 2, 3])
func allTimeTakingMinutesWholeIsAddingEachSpan(seed: UInt64) {
    var generator = TestRandom(seed: seed)
    let minute: Int64 = 60_000_000_000
    var minutes = TimeRing(widthNanos: minute, capacity: 60, empty: MetricsBucket())
    var allTime = MetricsBucket()
    var reference = MetricsBucket()
    var newest: Int64 = 0
    var evicted = 0
    var beforeRing = 0
    for step in 0..<6_000 {
        // Time moves on about 3.5 minutes every 100 spans (about 150 slots reused); one span in five is late,
        // by up to 90 minutes (some before the ring's oldest minute).
        newest += Int64.random(in: 0...(7 * minute / 100), using: &generator)
        let late = Int.random(in: 0..<5, using: &generator) == 0
        let nanos = late ? newest - Int64.random(in: 0...(90 * minute), using: &generator) : newest
        let figures = randomFigures(using: &generator)
        let inRing = minutes.update(at: nanos, evicting: { evicted += $0.spans > 0 ? 1 : 0; allTime.mergeCounts($0) }) {
            figures.add(to: &$0, sumsTo: &allTime)
        }
        if !inRing {
            beforeRing += 1
            figures.add(to: &allTime)
        }
        figures.add(to: &reference)
        if step % 500 == 499 { #expect(AddedFigures(allTimeRead(allTime, minutes)) == AddedFigures(reference)) }
    }
    #expect(evicted > 100 && beforeRing > 100)
    #expect(reference.spans == 6_000 && reference.signals.checked > 0 && reference.failedSpans > 0)
    #expect(AddedFigures(allTimeRead(allTime, minutes)) == AddedFigures(reference))
}
