import OpsModel

/// Turns raw counter and histogram values into reset-adjusted cumulative ones, scrape by scrape.
///
/// A value lower than the previous one (or a newer `_created`) is a restart: the previous value
/// is added to the series' offset, as Prometheus's `increase` adds it back. A histogram whose
/// `_count` dropped restarted as a whole; otherwise each bucket is checked on its own.
struct ResetTracker: Sendable {
    struct State: Sendable {
        var raw: Double = 0
        var offset: Double = 0
        var bucketRaw: [Double: Double] = [:]
        var bucketOffset: [Double: Double] = [:]
        var sumRaw: Double = 0
        var sumOffset: Double = 0
        var countRaw: Double = 0
        var countOffset: Double = 0
        var created: Double?
    }

    private(set) var states: [String: State] = [:]
    let maxSeries: Int
    /// Series not tracked because ``maxSeries`` was reached.
    private(set) var dropped = 0

    init(maxSeries: Int = 20_000) {
        self.maxSeries = maxSeries
    }

    /// Whether `key` can be tracked (known already, or room for it).
    mutating func admit(_ key: String) -> Bool {
        if states[key] != nil || states.count < maxSeries { return true }
        dropped += 1
        return false
    }

    mutating func counter(_ key: String, raw: Double, created: Double?) -> Double {
        var state = states[key] ?? State(raw: 0, created: created)
        if states[key] != nil, raw < state.raw || Self.restarted(old: state.created, new: created) {
            state.offset += state.raw
        }
        state.raw = raw
        state.created = created ?? state.created
        states[key] = state
        return raw + state.offset
    }

    mutating func histogram(
        _ key: String, buckets: [HistogramBucket], sum: Double?, count: Double?, created: Double?
    ) -> (counts: [Double], sum: Double, count: Double) {
        let known = states[key] != nil
        var state = states[key] ?? State(created: created)
        let rawCount = count ?? buckets.last?.count ?? 0
        let rawSum = sum ?? 0
        let wholeReset = known && (rawCount < state.countRaw || Self.restarted(old: state.created, new: created))
        if wholeReset {
            for (bound, value) in state.bucketRaw { state.bucketOffset[bound, default: 0] += value }
            state.sumOffset += state.sumRaw
            state.countOffset += state.countRaw
            state.bucketRaw = [:]
        } else if known {
            for bucket in buckets where bucket.count < (state.bucketRaw[bucket.upperBound] ?? 0) {
                state.bucketOffset[bucket.upperBound, default: 0] += state.bucketRaw[bucket.upperBound] ?? 0
            }
        }
        var adjusted: [Double] = []
        adjusted.reserveCapacity(buckets.count)
        for bucket in buckets {
            state.bucketRaw[bucket.upperBound] = bucket.count
            adjusted.append(bucket.count + (state.bucketOffset[bucket.upperBound] ?? 0))
        }
        state.sumRaw = rawSum
        state.countRaw = rawCount
        state.created = created ?? state.created
        states[key] = state
        return (adjusted, rawSum + state.sumOffset, rawCount + state.countOffset)
    }

    private static func restarted(old: Double?, new: Double?) -> Bool {
        guard let old, let new else { return false }
        return new > old
    }
}
