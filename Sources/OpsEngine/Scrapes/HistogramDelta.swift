import OpsModel

/// What a histogram series gained between two scrapes, and the exemplars behind a quantile.
package enum HistogramDelta {
    /// Per-`le` increase from `previous` to `current`, ready for `HistogramQuantile`.
    ///
    /// A reset is detected per bucket, as Prometheus's `increase` does per bucket series: a count lower than
    /// before means the bucket restarted, so its whole current count is new. When `_count` dropped the whole
    /// series restarted and every bucket (and `_sum`) is taken as is. A bucket missing from `previous` counts
    /// from zero. Exemplars are kept only when they differ from the previous scrape's (so they are new).
    package static func between(_ previous: HistogramValue, _ current: HistogramValue) -> HistogramValue {
        let seriesReset = (current.count ?? .infinity) < (previous.count ?? 0)
        var before: [Double: HistogramBucket] = [:]
        for bucket in previous.buckets {
            before[bucket.upperBound] = bucket
        }
        let buckets = current.buckets.map { bucket -> HistogramBucket in
            guard !seriesReset, let old = before[bucket.upperBound] else { return bucket }
            let increase = bucket.count < old.count ? bucket.count : bucket.count - old.count
            let exemplar = bucket.exemplar == old.exemplar ? nil : bucket.exemplar
            return HistogramBucket(upperBound: bucket.upperBound, count: increase, exemplar: exemplar)
        }
        return HistogramValue(
            buckets: buckets,
            sum: difference(previous.sum, current.sum, reset: seriesReset),
            count: difference(previous.count, current.count, reset: seriesReset))
    }

    /// Exemplars of the bucket that holds quantile `q` and of every higher bucket, lowest first.
    ///
    /// "Show me a trace behind the p99": the exemplars whose observations are at least as slow as the bucket
    /// the quantile falls in. Empty when the quantile is undefined (no `+Inf` bucket, no observations).
    package static func exemplars(forQuantile q: Double, in histogram: HistogramValue) -> [Exemplar] {
        let buckets = histogram.buckets.sorted { $0.upperBound < $1.upperBound }
        guard let index = HistogramQuantile.bucketIndex(q, sortedBuckets: buckets) else { return [] }
        return buckets[index...].compactMap(\.exemplar)
    }

    private static func difference(_ previous: Double?, _ current: Double?, reset: Bool) -> Double? {
        guard let current else { return nil }
        guard let previous, !reset else { return current }
        return current - previous
    }
}
