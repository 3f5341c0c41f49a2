import OpsModel

/// The recent scrapes of one target: reset-adjusted readings, thinned with age, plus its breakers.
///
/// Every frame of the last ``fullResolutionNanos`` is kept; older ones one per ``thinnedSpacingNanos``
/// back to ``retentionNanos``; the first frame is kept for the `all` window. Because readings are
/// reset-adjusted when they arrive, thinning loses no increase.
struct ScrapeHistory: Sendable {
    static let fullResolutionNanos: Int64 = 75 * 1_000_000_000
    static let thinnedSpacingNanos: Int64 = 20 * 1_000_000_000
    static let retentionNanos: Int64 = 3660 * 1_000_000_000
    static let maxBreakerTransitions = 20

    private(set) var frames: [ScrapeFrame] = []
    private(set) var first: ScrapeFrame?
    private var tracker = ResetTracker()
    /// First time each series was seen.
    private(set) var breakers: [String: BreakerStatus] = [:]
    /// Budgets by name: limit and remaining, USD.
    private(set) var budgets: [String: (limit: Double?, remaining: Double?)] = [:]
    /// Lines the parser skipped in the newest scrape.
    private(set) var badLines = 0
    private(set) var droppedSeries = 0

    var latest: ScrapeFrame? { frames.last }

    /// Whether the newest scrape had any family opstop maps.
    var hasMappedSeries: Bool { !(frames.last?.readings.isEmpty ?? true) }

    mutating func ingest(_ scrape: Scrape, atNanos time: Int64, mappings: [MetricMapping], classifier: ErrorClassifier)
    {
        badLines = scrape.issueCount
        var readings: [String: SeriesReading] = [:]
        let previous = frames.last?.readings
        var costTotal = 0.0
        var errorTotal = 0.0
        var breakerStates: [String: (state: BreakerState, kind: TargetKind)] = [:]
        var trips: [String: Double] = [:]
        var newBudgets: [String: (limit: Double?, remaining: Double?)] = [:]
        for family in scrape.families {
            guard let index = mappings.firstIndex(where: { $0.matches(family.name) }) else { continue }
            let mapping = mappings[index]
            for series in family.series {
                // The previous frame's copy of the key, so frames share one string per series.
                var key = series.key
                if let previous, let index = previous.index(forKey: key) { key = previous.keys[index] }
                guard tracker.admit(key) else { continue }
                guard
                    let reading = Self.reading(
                        series, family: family, mapping: mapping, index: index, tracker: &tracker)
                else {
                    continue
                }
                readings[key] = reading
                switch mapping.role {
                case .cost: costTotal += (reading.value ?? 0) * mapping.scale
                case .errors: errorTotal += reading.value ?? 0
                case .breakerState(let encoding):
                    guard let target = mapping.labels.target(in: series.labels),
                        let state = Self.state(of: reading, family: family.name, encoding: encoding)
                    else { continue }
                    // One series per state: the one valued 1 wins; a numeric gauge has one series.
                    if case .stateLabel = encoding, (reading.value ?? 0) < 1 { continue }
                    breakerStates[target] = (state, mapping.targetKind)
                case .breakerOpen:
                    guard let target = mapping.labels.target(in: series.labels) else { continue }
                    let open = (reading.value ?? 0) > 0
                    if open || breakerStates[target] == nil {
                        breakerStates[target] = (open ? .open : .closed, mapping.targetKind)
                    }
                case .breakerTrips:
                    guard let target = mapping.labels.target(in: series.labels) else { continue }
                    trips[target, default: 0] += reading.value ?? 0
                case .budgetRemaining, .budgetLimit:
                    let name = MetricLabels.first(mapping.labels.target, in: series.labels) ?? family.name
                    var budget = newBudgets[name] ?? (nil, nil)
                    let usd = (reading.value ?? 0) * mapping.scale
                    if case .budgetLimit = mapping.role { budget.limit = usd } else { budget.remaining = usd }
                    newBudgets[name] = budget
                default: break
                }
            }
        }
        droppedSeries = tracker.dropped
        updateBreakers(breakerStates, trips: trips, at: time)
        if !newBudgets.isEmpty { budgets = newBudgets }
        let frame = ScrapeFrame(timeNanos: time, readings: readings, costTotal: costTotal, errorTotal: errorTotal)
        if first == nil {
            first = frame
        } else if frames.count == 1, var kept = first {
            kept.readings = kept.readings.mapValues(\.trimmed)
            first = kept
        }
        // Older frames serve as baselines only: drop what only the newest needs (labels, names).
        if let last = frames.indices.last {
            frames[last].readings = frames[last].readings.mapValues(\.trimmed)
        }
        frames.append(frame)
        thin(now: time)
    }

    private static func reading(
        _ series: MetricSeries, family: MetricFamily, mapping: MetricMapping, index: Int, tracker: inout ResetTracker
    ) -> SeriesReading? {
        var reading = SeriesReading(mapping: index, family: family.name, labels: series.labels)
        let key = series.key
        if let histogram = series.histogram, !histogram.buckets.isEmpty {
            let adjusted = tracker.histogram(
                key, buckets: histogram.buckets, sum: histogram.sum, count: histogram.count, created: series.created)
            reading.bounds = histogram.buckets.map(\.upperBound)
            reading.counts = adjusted.counts
            reading.sum = adjusted.sum
            reading.count = adjusted.count
            for (bucketIndex, bucket) in histogram.buckets.enumerated() {
                if let exemplar = bucket.exemplar { reading.exemplars.append((bucketIndex, exemplar)) }
            }
            return reading
        }
        if let summary = series.summary {
            let adjusted = tracker.histogram(
                key, buckets: [], sum: summary.sum, count: summary.count, created: series.created)
            reading.sum = adjusted.sum
            reading.count = adjusted.count
            reading.quantiles = summary.quantiles
            return reading
        }
        guard let value = series.value, value.isFinite else { return nil }
        switch family.type {
        case .counter:
            reading.value = tracker.counter(key, raw: value, created: series.created)
        default:
            switch mapping.role {
            case .cost, .tokens, .requests, .errors, .breakerTrips, .cacheLookups, .guardrailChecks:
                // An untyped or gauge family mapped as a counter is treated as one.
                reading.value = tracker.counter(key, raw: value, created: series.created)
            default:
                reading.value = value
            }
        }
        return reading
    }

    private static func state(of reading: SeriesReading, family: String, encoding: BreakerEncoding) -> BreakerState? {
        switch encoding {
        case .numeric(let meaning):
            guard let value = reading.value else { return nil }
            return meaning[value.rounded()]
        case .stateLabel(let label):
            guard let text = reading.labels[label] ?? reading.labels[family] else { return nil }
            switch text.lowercased() {
            case "disabled", "metrics_only", "metricsonly": return .closed
            default: return BreakerState(parsing: text)
            }
        }
    }

    private mutating func updateBreakers(
        _ states: [String: (state: BreakerState, kind: TargetKind)], trips: [String: Double], at time: Int64
    ) {
        for (target, observed) in states {
            var status =
                breakers[target]
                ?? BreakerStatus(
                    target: target, kind: observed.kind, state: observed.state, since: time, source: .scraped)
            if status.state != observed.state {
                status.transitions.append(
                    BreakerTransition(
                        timeNanos: time, from: status.state, to: observed.state, reason: "scraped", source: .scraped))
                if status.transitions.count > Self.maxBreakerTransitions {
                    status.transitions.removeFirst()
                    status.droppedTransitions += 1
                }
                if observed.state == .open { status.openedCount += 1 }
                status.state = observed.state
                status.since = time
            }
            breakers[target] = status
        }
        for (target, count) in trips {
            guard var status = breakers[target] else { continue }
            status.openedCount = Swift.max(status.openedCount, Int(count.rounded()))
            breakers[target] = status
        }
    }

    /// Keeps every frame of the last 75 s, one per 20 s back to an hour, and the first.
    private mutating func thin(now: Int64) {
        guard frames.count > 2 else { return }
        var kept: [ScrapeFrame] = []
        kept.reserveCapacity(frames.count)
        var lastKept: Int64?
        for (index, frame) in frames.enumerated() {
            let age = now - frame.timeNanos
            let isNewest = index == frames.count - 1
            if age > Self.retentionNanos && !isNewest { continue }
            let spaced = lastKept.map { frame.timeNanos - $0 >= Self.thinnedSpacingNanos } ?? true
            if age <= Self.fullResolutionNanos || isNewest || spaced {
                kept.append(frame)
                lastKept = frame.timeNanos
            }
        }
        frames = kept
    }

    /// The last reading of `key` at or before `time` (for a series a scrape skipped).
    func lastReading(of key: String, atOrBefore time: Int64) -> SeriesReading? {
        for frame in frames.reversed() where frame.timeNanos <= time {
            if let reading = frame.readings[key] { return reading }
        }
        guard let first, first.timeNanos <= time else { return nil }
        return first.readings[key]
    }

    /// Figures from `start` to the newest frame.
    func figures(from start: ScrapeFrame, mappings: [MetricMapping], classifier: ErrorClassifier) -> WindowFigures? {
        guard let end = latest else { return nil }
        return WindowFigures(
            from: start, to: end, mappings: mappings, classifier: classifier,
            earlier: { key in lastReading(of: key, atOrBefore: start.timeNanos) })
    }

    /// The newest frame at or before `time`, else the oldest kept frame (the window reaches past history).
    func baseline(atOrBefore time: Int64) -> ScrapeFrame? {
        frames.last { $0.timeNanos <= time } ?? frames.first
    }
}
