/// A summary series: its `quantile` samples plus `_sum` and `_count`.
package struct SummaryValue: Sendable, Hashable {
    package struct Quantile: Sendable, Hashable {
        package var quantile: Double
        package var value: Double

        package init(quantile: Double, value: Double) {
            self.quantile = quantile
            self.value = value
        }
    }

    /// Sorted by quantile.
    package var quantiles: [Quantile]
    package var sum: Double?
    package var count: Double?

    package init(quantiles: [Quantile] = [], sum: Double? = nil, count: Double? = nil) {
        self.quantiles = quantiles
        self.sum = sum
        self.count = count
    }
}
