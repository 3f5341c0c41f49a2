/// A histogram series assembled from its `_bucket`, `_sum`, `_count` and `_created` samples.
package struct HistogramValue: Sendable, Hashable {
    /// Sorted by upper bound; counts are cumulative, as exposed.
    package var buckets: [HistogramBucket]
    package var sum: Double?
    package var count: Double?

    package init(buckets: [HistogramBucket] = [], sum: Double? = nil, count: Double? = nil) {
        self.buckets = buckets
        self.sum = sum
        self.count = count
    }

    /// Whether the buckets end with `le="+Inf"`, which `histogram_quantile` needs.
    package var hasInfiniteBucket: Bool {
        buckets.last?.upperBound == .infinity
    }

    /// The buckets in the shape `HistogramQuantile.compute` takes.
    package var boundsAndCounts: [(upperBound: Double, count: Double)] {
        buckets.map { (upperBound: $0.upperBound, count: $0.count) }
    }

    /// Exemplars attached to the buckets, lowest bucket first.
    package var exemplars: [Exemplar] {
        buckets.compactMap(\.exemplar)
    }
}
