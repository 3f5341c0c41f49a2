import OpsModel

/// A bucket's semantic-cache, guardrail and evaluation figures; ``used`` stays false (and reset and
/// merge cost one test) in the buckets of logs that carry none.
package struct SignalFigures: Sendable {
    /// One guardrail's checks in a bucket.
    package struct GuardrailCounts: Sendable, Hashable {
        package var checked = 0
        package var blocked = 0
        package var flagged = 0

        package init() {}
    }

    package private(set) var used = false
    package var lookups = 0
    package var hits = 0
    package var statedSavedUSD = 0.0
    /// Savings opstop priced from the tokens of the hit itself.
    package var pricedSavedUSD = 0.0
    /// Hits with neither a stated saving nor priceable tokens: priced at the window's cost per model call.
    package var unpricedHits = 0
    package var hitLatency = LatencyHistogram()
    package var missLatency = LatencyHistogram()
    package var checked = 0
    package var blocked = 0
    package var flagged = 0
    package var rateLimited = 0
    package var byGuardrail = SeriesArray(empty: GuardrailCounts())
    package var byReason = SeriesArray<Int>(empty: 0)
    package var byUser = SeriesArray<Int>(empty: 0)
    package var quality = SeriesArray(empty: ScoreAccumulator())

    package init() {}

    /// Marks the figures as holding something (call before changing them).
    package mutating func use() { used = true }

    package mutating func reset() {
        guard used else { return }
        used = false
        lookups = 0
        hits = 0
        statedSavedUSD = 0
        pricedSavedUSD = 0
        unpricedHits = 0
        hitLatency.reset()
        missLatency.reset()
        checked = 0
        blocked = 0
        flagged = 0
        rateLimited = 0
        byGuardrail.resetToEmpty()
        byReason.resetToEmpty()
        byUser.resetToEmpty()
        quality.resetEach { $0.reset() }
    }

    /// Adds only the lookup, hit, check and block counts: what the rate alerts compare.
    package mutating func addRateCounts(_ other: SignalFigures) {
        guard other.used else { return }
        used = true
        lookups += other.lookups
        hits += other.hits
        checked += other.checked
        blocked += other.blocked
    }

    /// ``addRateCounts(_:)`` and each quality metric's count and sum: what every alert on signals reads.
    @inline(__always)
    package mutating func addAlertFigures(_ other: SignalFigures) {
        guard other.used else { return }
        addRateCounts(other)
        quality.merge(other.quality) { total, part in
            total.count += part.count
            total.sum += part.sum
        }
    }

    package mutating func merge(_ other: SignalFigures) {
        mergeCounts(other)
        mergeSums(other)
    }

    /// Adds the savings and the quality scores: what ``mergeCounts(_:)`` leaves alone.
    package mutating func mergeSums(_ other: SignalFigures) {
        guard other.used else { return }
        used = true
        statedSavedUSD += other.statedSavedUSD
        pricedSavedUSD += other.pricedSavedUSD
        quality.merge(other.quality) { $0.merge($1) }
    }

    /// Adds the counts and histograms: every figure whose total is the same whatever the order it is added
    /// in. Leaves the savings and the quality scores (floating-point sums) alone.
    package mutating func mergeCounts(_ other: SignalFigures) {
        guard other.used else { return }
        used = true
        lookups += other.lookups
        hits += other.hits
        unpricedHits += other.unpricedHits
        hitLatency.merge(other.hitLatency)
        missLatency.merge(other.missLatency)
        checked += other.checked
        blocked += other.blocked
        flagged += other.flagged
        rateLimited += other.rateLimited
        byGuardrail.merge(other.byGuardrail) {
            $0.checked += $1.checked
            $0.blocked += $1.blocked
            $0.flagged += $1.flagged
        }
        byReason.merge(other.byReason) { $0 += $1 }
        byUser.merge(other.byUser) { $0 += $1 }
    }
}
