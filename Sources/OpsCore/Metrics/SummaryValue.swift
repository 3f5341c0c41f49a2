/// A summary series: its `quantile` samples plus `_sum` and `_count`.
public struct SummaryValue: Sendable, Hashable {
    public struct Quantile: Sendable, Hashable {
        public var quantile: Double
        public var value: Double
    }

    /// Sorted by quantile.
    public var quantiles: [Quantile]
    public var sum: Double?
    public var count: Double?

    public init(quantiles: [Quantile] = [], sum: Double? = nil, count: Double? = nil) {
        self.quantiles = quantiles
        self.sum = sum
        self.count = count
    }
}
