/// Running totals of delta-temporality sums and histograms, so they read as cumulative like a scrape.
///
/// Bounded: once `maxSeries` series are tracked, delta points of new series are rejected.
package struct OTLPDeltaAccumulator: Sendable {
    package let maxSeries: Int
    private var sums: [String: Double] = [:]
    private var histograms: [String: OTLPHistogramPoint] = [:]

    package init(maxSeries: Int = 50_000) {
        self.maxSeries = maxSeries
    }

    package var seriesCount: Int { sums.count + histograms.count }

    /// The running total after adding `delta`; nil when the series is new and the accumulator is full.
    mutating func addSum(key: String, delta: Double) -> Double? {
        if let total = sums[key] {
            sums[key] = total + delta
            return total + delta
        }
        guard seriesCount < maxSeries else { return nil }
        sums[key] = delta
        return delta
    }

    /// The cumulative point after adding `delta`; restarts the series when its bounds change.
    mutating func addHistogram(key: String, delta: OTLPHistogramPoint) -> OTLPHistogramPoint? {
        guard var total = histograms[key], total.bounds == delta.bounds,
            total.bucketCounts.count == delta.bucketCounts.count
        else {
            guard histograms[key] != nil || seriesCount < maxSeries else { return nil }
            histograms[key] = delta
            return delta
        }
        total.count &+= delta.count
        total.sum = (total.sum ?? 0) + (delta.sum ?? 0)
        for index in total.bucketCounts.indices { total.bucketCounts[index] &+= delta.bucketCounts[index] }
        total.timeNanos = delta.timeNanos
        total.exemplars = delta.exemplars
        histograms[key] = total
        return total
    }
}
