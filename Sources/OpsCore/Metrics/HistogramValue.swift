/// A histogram series assembled from its `_bucket`, `_sum`, `_count` and `_created` samples.
public struct HistogramValue: Sendable, Hashable {
    /// Sorted by upper bound; counts are cumulative, as exposed.
    public var buckets: [HistogramBucket]
    public var sum: Double?
    public var count: Double?

    public init(buckets: [HistogramBucket] = [], sum: Double? = nil, count: Double? = nil) {
        self.buckets = buckets
        self.sum = sum
        self.count = count
    }

    /// Whether the buckets end with `le="+Inf"`, which `histogram_quantile` needs.
    public var hasInfiniteBucket: Bool {
        buckets.last?.upperBound == .infinity
    }

    /// The buckets in the shape `HistogramQuantile.compute` takes.
    public var boundsAndCounts: [(upperBound: Double, count: Double)] {
        buckets.map { (upperBound: $0.upperBound, count: $0.count) }
    }

    /// Exemplars attached to the buckets, lowest bucket first.
    public var exemplars: [Exemplar] {
        buckets.compactMap(\.exemplar)
    }
}
