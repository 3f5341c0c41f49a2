import Testing
@testable import OpsModel
@testable import OpsEngine
import OpsTestSupport

private let second: Int64 = 1_000_000_000
private let base: Int64 = 1_795_433_400 * second  // a whole hour, so buckets align in the figures below

/// A raw event list and the naive answers the store must match.
private struct Workload {
    var spans: [Span] = []

    init(seed: UInt64, count: Int, spreadSeconds: Int64) {
        var generator = TestRandom(seed: seed)
        let models = ["gpt-4o-mini", "gpt-4o", "claude-3-5-haiku"]
        let tools = ["lookup_order", "cancel_order"]
        for index in 0..<count {
            let end = base + Int64.random(in: 0..<(spreadSeconds * second), using: &generator)
            let duration = Int64.random(in: 1_000_000...20 * second, using: &generator)
            let component: Component = [.llm, .tool, .retrieval][Int.random(in: 0..<3, using: &generator)]
            let failed = Int.random(in: 0..<10, using: &generator) == 0
            var span = Span(
                traceID: .synthetic(UInt64(index)), spanID: .synthetic(1), parentID: .synthetic(0),
                name: "s\(index)", component: component, status: failed ? .error : .ok,
                startNanos: end - duration, endNanos: end)
            if component == .llm {
                span.requestModel = models[Int.random(in: 0..<models.count, using: &generator)]
                span.usage = TokenUsage(input: Int64.random(in: 0...5000, using: &generator), output: Int64.random(in: 0...500, using: &generator))
            } else {
                span.tool = tools[Int.random(in: 0..<tools.count, using: &generator)]
            }
            if failed {
                span.error = SpanError(type: ["RateLimitError", "ValidationError", "db_lost"][index % 3])
            }
            spans.append(span)
        }
        spans.shuffle(using: &generator)
    }

    func cost(_ span: Span) -> Double { PriceTable.builtIn.cost(of: span.usage, model: span.requestModel) ?? 0 }

    /// Spans whose end falls in the `count` buckets of `width` ending with the bucket of `now`.
    func inWindow(now: Int64, width: Int64, count: Int64) -> [Span] {
        let last = now / width
        return spans.filter { $0.endNanos / width > last - count && $0.endNanos / width <= last }
    }
}

private func expectClose(_ actual: Double, _ expected: Double, tolerance: Double, _ what: String) {
    let scale = Swift.max(abs(expected), 1e-12)
    #expect(abs(actual - expected) / scale <= tolerance, "\(what): \(actual) vs expected \(expected)")
}

@Test(arguments: [UInt64(11), 12, 13])
func windowsMatchANaiveRecomputationOverRawEvents(seed: UInt64) {
    let workload = Workload(seed: seed, count: 6_000, spreadSeconds: 3 * 3600)
    var store = MetricsStore()
    store.ingest(workload.spans.map { Event.span($0) })
    let now = store.now
    #expect(now == workload.spans.map(\.endNanos).max())

    let cases: [(TimeWindow, [Span])] = [
        (.oneMinute, workload.inWindow(now: now, width: second, count: 60)),
        (.fiveMinutes, workload.inWindow(now: now, width: 60 * second, count: 5)),
        (.fifteenMinutes, workload.inWindow(now: now, width: 60 * second, count: 15)),
        (.oneHour, workload.inWindow(now: now, width: 60 * second, count: 60)),
        (.all, workload.spans),
    ]
    for (window, expected) in cases {
        let snapshot = store.snapshot(window: window)
        #expect(snapshot.errors.spans == expected.count, "\(window) span count")
        #expect(snapshot.errors.failedSpans == expected.filter(\.isError).count, "\(window) failures")
        expectClose(snapshot.cost.windowUSD, expected.map(workload.cost).reduce(0, +), tolerance: 1e-9, "\(window) cost")
        #expect(snapshot.tokens.input == expected.map(\.usage.input).reduce(0, +))
        for component in [Component.llm, .tool, .retrieval] {
            let durations = expected.filter { $0.component == component }.map { UInt64($0.durationNanos / 1000) }.sorted()
            let summary = snapshot.latency[component]
            #expect(summary.count == UInt64(durations.count), "\(window) \(component) count")
            guard !durations.isEmpty else { continue }
            for (rank, value) in [(50.0, summary.p50Ms), (95, summary.p95Ms), (99, summary.p99Ms)] {
                expectClose(value, Double(exactPercentile(durations, rank)) / 1000, tolerance: 0.01, "\(window) \(component) p\(rank)")
            }
            #expect(summary.maxMs == Double(durations.last ?? 0) / 1000)
        }
        for share in snapshot.cost.byModel {
            let naive = expected.filter { $0.requestModel == share.name }.map(workload.cost).reduce(0, +)
            expectClose(share.usd, naive, tolerance: 1e-9, "\(window) cost of \(share.name)")
        }
        let transient = expected.filter { $0.error?.type == "RateLimitError" }.count
        #expect(snapshot.errors.byCategory.transient == transient)
        #expect(snapshot.errors.byCategory.user == expected.filter { $0.error?.type == "ValidationError" }.count)
        #expect(snapshot.errors.byCategory.system == expected.filter { $0.error?.type == "db_lost" }.count)
    }
}

private func span(
    trace: UInt64, id: UInt64, parent: UInt64?, at endSecond: Int64, durationMs: Int64 = 100,
    component: Component = .llm, model: String? = "gpt-4o-mini", usage: TokenUsage = .zero, cost: Double? = nil,
    error: String? = nil, user: String? = nil
) -> Event {
    .span(Span(
        traceID: .synthetic(trace), spanID: .synthetic(id), parentID: parent.map { .synthetic($0) },
        name: "span \(id)", component: component, status: error == nil ? .ok : .error,
        startNanos: base + endSecond * second - durationMs * 1_000_000, endNanos: base + endSecond * second,
        requestModel: model, usage: usage, reportedCostUSD: cost, error: error.map { SpanError(type: $0) }, userID: user))
}

@Test func rollUpUsageOnARootIsNotCountedTwiceWhicheverArrivesFirst() {
    let childUsage = TokenUsage(input: 1_000_000, output: 0)  // $0.15 on gpt-4o-mini
    let rollUp = TokenUsage(input: 2_000_000, output: 0)
    for rootFirst in [true, false] {
        var store = MetricsStore()
        let root = span(trace: 1, id: 1, parent: nil, at: 10, component: .query, usage: rollUp)
        let children = [
            span(trace: 1, id: 2, parent: 1, at: 5, usage: childUsage),
            span(trace: 1, id: 3, parent: 1, at: 8, usage: childUsage),
        ]
        store.ingest(rootFirst ? [root] + children : children + [root])
        let snapshot = store.snapshot(window: .all)
        #expect(snapshot.tokens.input == 2_000_000, "root first: \(rootFirst)")
        expectClose(snapshot.cost.totalUSD, 0.30, tolerance: 1e-9, "cost, root first: \(rootFirst)")
        expectClose(store.snapshot(window: .oneMinute).cost.windowUSD, 0.30, tolerance: 1e-9, "1m cost")
        expectClose(store.traces[.synthetic(1)]?.summary.costUSD ?? 0, 0.30, tolerance: 1e-9, "trace summary cost")
    }
}

@Test func aRootWhoseChildrenCarryNoUsageKeepsItsOwn() {
    var store = MetricsStore()
    store.ingest([
        span(trace: 1, id: 2, parent: 1, at: 5, component: .tool, model: nil),
        span(trace: 1, id: 1, parent: nil, at: 6, usage: TokenUsage(input: 1_000_000)),
    ])
    expectClose(store.snapshot(window: .all).cost.totalUSD, 0.15, tolerance: 1e-9, "root's own usage")
}

@Test func duplicateSpansAreIgnored() {
    var store = MetricsStore()
    let event = span(trace: 1, id: 1, parent: nil, at: 1, cost: 2)
    store.ingest([event, event, event])
    #expect(store.spanCount == 1)
    #expect(store.duplicateSpans == 2)
    #expect(store.snapshot(window: .all).cost.totalUSD == 2)
}

@Test func unknownModelsCostNothingAndAreListed() {
    var store = MetricsStore()
    store.ingest([span(trace: 1, id: 1, parent: nil, at: 1, model: "my-finetune-v3", usage: TokenUsage(input: 10))])
    let cost = store.snapshot(window: .all).cost
    #expect(cost.totalUSD == 0)
    #expect(cost.unpricedModels == ["my-finetune-v3"])
}

@Test func statedCostWinsAndTheTablePricedPartIsCountedApart() {
    for keepSpans in [true, false] {
        var configuration = EngineConfiguration()
        configuration.keepSpans = keepSpans
        var store = MetricsStore(configuration: configuration)
        store.ingest([
            // Stated: used as is, even where the table would say otherwise.
            span(trace: 1, id: 1, parent: nil, at: 1, usage: TokenUsage(input: 1_000_000), cost: 2),
            // Not stated: $0.15 from the table (gpt-4o-mini input).
            span(trace: 2, id: 1, parent: nil, at: 2, usage: TokenUsage(input: 1_000_000)),
            // Neither side can price it.
            span(trace: 3, id: 1, parent: nil, at: 3, model: "my-finetune-v3", usage: TokenUsage(input: 10)),
            // A table-priced roll-up ($0.30) whose child states its cost: the roll-up is taken back.
            span(trace: 4, id: 1, parent: nil, at: 5, usage: TokenUsage(input: 2_000_000)),
            span(trace: 4, id: 2, parent: 1, at: 4, usage: TokenUsage(input: 1_000_000), cost: 0.5),
        ])
        let cost = store.snapshot(window: .all).cost
        expectClose(cost.totalUSD, 2.65, tolerance: 1e-9, "total, keepSpans \(keepSpans)")
        expectClose(cost.tablePricedUSD, 0.15, tolerance: 1e-9, "table-priced, keepSpans \(keepSpans)")
        #expect(cost.unpricedModels == ["my-finetune-v3"])
    }
}

@Test func burnAndProjectionsFollowTheirDefinitions() {
    var store = MetricsStore()
    // $1 every minute for 90 minutes, each on a minute boundary + 30 s.
    for minute in 0..<90 {
        store.ingest(span(trace: UInt64(minute), id: 1, parent: nil, at: Int64(minute * 60 + 30), cost: 1))
    }
    let cost = store.snapshot(window: .all).cost
    // The last hour window covers minute buckets 30...89: 60 dollars over 59.5 minutes.
    expectClose(cost.burnPerHour1h, 60 / (59.5 / 60), tolerance: 1e-9, "1h burn")
    // 15 minutes: buckets 75...89 = $15 over 14.5 minutes.
    expectClose(cost.burnPerHour15m, 15 / (14.5 / 60), tolerance: 1e-9, "15m burn")
    expectClose(cost.totalUSD, 90, tolerance: 1e-12, "total")
    let now = store.now
    let endOfDay = (now / (86_400 * second) + 1) * 86_400 * second
    let hoursLeft = Double(endOfDay - now) / Double(3600 * second)
    expectClose(cost.projectedDayUSD, cost.todayUSD + cost.burnPerHour1h * hoursLeft, tolerance: 1e-9, "projected day")
    expectClose(cost.projectedMonthUSD, cost.burnPerHour1h * 720, tolerance: 1e-9, "projected month")
}

@Test func budgetAlertWarnsAt80PercentAndTurnsCriticalAt100() {
    var configuration = EngineConfiguration()
    configuration.dailyBudgetUSD = 10
    var store = MetricsStore(configuration: configuration)
    for index in 0..<7 { store.ingest(span(trace: UInt64(index), id: 1, parent: nil, at: Int64(index * 10), cost: 1)) }
    #expect(store.alerts.all.first { $0.rule == .budgetDaily } == nil)
    store.ingest(span(trace: 100, id: 1, parent: nil, at: 80, cost: 1))
    let warning = store.alerts.all.first { $0.rule == .budgetDaily }
    #expect(warning?.state == .firing)
    #expect(warning?.severity == .warning)
    #expect(warning?.message == "spent $8.00 of the $10.00 daily budget (80%)")
    store.ingest(span(trace: 101, id: 1, parent: nil, at: 90, cost: 2.5))
    #expect(store.alerts.all.first { $0.rule == .budgetDaily }?.severity == .critical)
}

@Test func errorRateAlertNeedsEnoughSpansAndHoldsForAMinute() {
    var store = MetricsStore()
    // 10 spans, all failed: under the 20-span minimum, no alert.
    for index in 0..<10 {
        store.ingest(span(trace: UInt64(index), id: 1, parent: nil, at: Int64(index), error: "RateLimitError"))
    }
    #expect(store.alerts.all.filter { $0.rule == .errorRate }.isEmpty)
    for index in 10..<200 {
        store.ingest(span(trace: UInt64(index), id: 1, parent: nil, at: Int64(index), error: index % 4 == 0 ? "RateLimitError" : nil))
    }
    let alert = store.alerts.all.first { $0.rule == .errorRate }
    #expect(alert?.state == .firing)
    // Pending from the 20th span (second 19, evaluated at 20), firing a minute later.
    #expect(alert.map { $0.firedNanos.map { $0 - $0 % second } ?? 0 } == base + 80 * second)
}

@Test func traceStoreStaysWithinItsCapacity() {
    var configuration = EngineConfiguration()
    configuration.maxTraces = 100
    var store = MetricsStore(configuration: configuration)
    for index in 0..<1_000 { store.ingest(span(trace: UInt64(index), id: 1, parent: nil, at: Int64(index))) }
    #expect(store.traces.count == 100)
    #expect(store.traces.tracesSeen == 1_000)
    #expect(store.traces[.synthetic(999)] != nil)
    #expect(store.traces[.synthetic(0)] == nil)
}

/// All time read between events, over hours of mostly ordered spans with some late ones (minute slots reused,
/// some spans older than the minute ring): the naive figures of the spans ingested so far.
@Test(arguments: [UInt64(21), 22])
func allTimeReadBetweenEventsMatchesANaiveRecomputation(seed: UInt64) {
    var workload = Workload(seed: seed, count: 4_000, spreadSeconds: 4 * 3600)
    workload.spans.sort { $0.endNanos < $1.endNanos }
    var generator = TestRandom(seed: seed)
    // About 17 spans a minute: a swap of up to 2,000 places makes a span up to two hours late.
    for index in stride(from: 0, to: workload.spans.count - 2_000, by: 5) {
        workload.spans.swapAt(index, index + Int.random(in: 1...2_000, using: &generator))
    }
    var store = MetricsStore()
    for (index, span) in workload.spans.enumerated() {
        store.ingest(.span(span))
        guard index % 250 == 249 else { continue }
        let seen = Array(workload.spans[...index])
        let snapshot = store.snapshot(window: .all)
        #expect(snapshot.errors.spans == seen.count, "spans after \(index + 1)")
        #expect(snapshot.errors.failedSpans == seen.filter(\.isError).count)
        #expect(snapshot.tokens.input == seen.map(\.usage.input).reduce(0, +))
        #expect(snapshot.tokens.output == seen.map(\.usage.output).reduce(0, +))
        expectClose(snapshot.cost.windowUSD, seen.map(workload.cost).reduce(0, +), tolerance: 1e-9, "cost")
        for component in [Component.llm, .tool, .retrieval] {
            let durations = seen.filter { $0.component == component }.map { UInt64($0.durationNanos / 1000) }
            let summary = snapshot.latency[component]
            #expect(summary.count == UInt64(durations.count), "\(component) count after \(index + 1)")
            #expect(summary.maxMs == Double(durations.max() ?? 0) / 1000)
            let mean = Double(durations.reduce(0, +)) / Double(Swift.max(durations.count, 1)) / 1000
            expectClose(summary.meanMs, mean, tolerance: 1e-12, "\(component) mean")
        }
    }
}
