import OpsModel

/// `histogram_quantile` over classic (cumulative `le`) buckets, following Prometheus's `BucketQuantile`.
///
/// Steps, in Prometheus's order: `q` is checked first (NaN → NaN, `q < 0` → -Inf, `q > 1` → +Inf); buckets are
/// sorted by upper bound; without a `+Inf` bucket the result is NaN; buckets with the same bound are merged by
/// adding their counts; counts are forced to be monotonic (a decrease is replaced by the previous count, and
/// differences within a relative 1e-12 are treated as float noise); fewer than two buckets or zero observations
/// give NaN. The rank `q × count(+Inf)` picks the first bucket whose count reaches it: the `+Inf` bucket returns
/// the second-highest bound; a first bucket with bound ≤ 0 returns its bound; otherwise the value is
/// interpolated linearly inside the bucket, with lower bound 0 for the first bucket.
package enum HistogramQuantile {
    /// Result plus the two annotations Prometheus reports.
    package struct Result: Sendable, Hashable {
        package var value: Double
        /// Some bucket count was lower than a lower bucket's (Prometheus: "input to histogram_quantile needed to be fixed for monotonicity").
        package var forcedMonotonic: Bool
        /// Some tiny float difference between neighbouring counts was smoothed out.
        package var fixedPrecision: Bool
    }

    static let smallDeltaTolerance = 1e-12

    package static func compute(_ q: Double, buckets: [(upperBound: Double, count: Double)]) -> Double {
        evaluate(q, buckets: buckets).value
    }

    package static func compute(_ q: Double, histogram: HistogramValue) -> Double {
        compute(q, buckets: histogram.boundsAndCounts)
    }

    package static func evaluate(_ q: Double, buckets input: [(upperBound: Double, count: Double)]) -> Result {
        func plain(_ value: Double) -> Result {
            Result(value: value, forcedMonotonic: false, fixedPrecision: false)
        }
        if q.isNaN { return plain(.nan) }
        if q < 0 { return plain(-.infinity) }
        if q > 1 { return plain(.infinity) }
        var buckets = input.sorted { $0.upperBound < $1.upperBound }
        guard let last = buckets.last, last.upperBound == .infinity else { return plain(.nan) }
        buckets = coalesce(buckets)
        let (forcedMonotonic, fixedPrecision) = ensureMonotonic(&buckets)
        func result(_ value: Double) -> Result {
            Result(value: value, forcedMonotonic: forcedMonotonic, fixedPrecision: fixedPrecision)
        }
        guard buckets.count >= 2 else { return result(.nan) }
        let observations = buckets[buckets.count - 1].count
        guard observations != 0 else { return result(.nan) }
        var rank = q * observations
        let index = firstIndex(in: buckets.dropLast(), reaching: rank)
        if index == buckets.count - 1 {
            return result(buckets[buckets.count - 2].upperBound)
        }
        if index == 0, buckets[0].upperBound <= 0 {
            return result(buckets[0].upperBound)
        }
        var bucketStart = 0.0
        let bucketEnd = buckets[index].upperBound
        var count = buckets[index].count
        if index > 0 {
            bucketStart = buckets[index - 1].upperBound
            count -= buckets[index - 1].count
            rank -= buckets[index - 1].count
        }
        return result(bucketStart + (bucketEnd - bucketStart) * (rank / count))
    }

    /// The index of the bucket `histogram_quantile` reads `q` from (the `+Inf` bucket's index when it lies there),
    /// or nil when the quantile is undefined. Used to find exemplars near a quantile.
    package static func bucketIndex(_ q: Double, sortedBuckets buckets: [HistogramBucket]) -> Int? {
        guard !q.isNaN, (0...1).contains(q), buckets.count >= 2, buckets.last?.upperBound == .infinity else {
            return nil
        }
        var running = 0.0
        var cumulative: [(upperBound: Double, count: Double)] = []
        for bucket in buckets {
            running = max(running, bucket.count)
            cumulative.append((bucket.upperBound, running))
        }
        guard running > 0 else { return nil }
        return firstIndex(in: cumulative.dropLast(), reaching: q * running)
    }

    /// Binary search: the first index whose count is ≥ `rank`, or `buckets.count` when none is.
    private static func firstIndex(in buckets: ArraySlice<(upperBound: Double, count: Double)>, reaching rank: Double) -> Int {
        var low = buckets.startIndex
        var high = buckets.endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if buckets[middle].count >= rank {
                high = middle
            } else {
                low = middle + 1
            }
        }
        return low
    }

    private static func coalesce(_ buckets: [(upperBound: Double, count: Double)]) -> [(upperBound: Double, count: Double)] {
        var merged: [(upperBound: Double, count: Double)] = []
        merged.reserveCapacity(buckets.count)
        for bucket in buckets {
            if let last = merged.last, last.upperBound == bucket.upperBound {
                merged[merged.count - 1].count += bucket.count
            } else {
                merged.append(bucket)
            }
        }
        return merged
    }

    private static func ensureMonotonic(_ buckets: inout [(upperBound: Double, count: Double)]) -> (Bool, Bool) {
        var forcedMonotonic = false
        var fixedPrecision = false
        guard var previous = buckets.first?.count else { return (false, false) }
        for index in buckets.indices.dropFirst() {
            let current = buckets[index].count
            if current == previous { continue }
            if almostEqual(previous, current, tolerance: smallDeltaTolerance) {
                buckets[index].count = previous
                fixedPrecision = true
                continue
            }
            if current < previous {
                buckets[index].count = previous
                forcedMonotonic = true
                continue
            }
            previous = current
        }
        return (forcedMonotonic, fixedPrecision)
    }

    /// Relative comparison as in Prometheus's `util/almost.Equal`.
    static func almostEqual(_ lhs: Double, _ rhs: Double, tolerance: Double) -> Bool {
        if lhs.isNaN && rhs.isNaN { return true }
        if lhs == rhs { return true }
        let absoluteSum = abs(lhs) + abs(rhs)
        let difference = abs(lhs - rhs)
        if lhs == 0 || rhs == 0 || absoluteSum < Double.leastNormalMagnitude {
            return difference < tolerance * Double.leastNormalMagnitude
        }
        return difference / min(absoluteSum, Double.greatestFiniteMagnitude) < tolerance
    }
}
