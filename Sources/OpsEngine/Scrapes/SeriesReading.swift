import OpsModel

/// One mapped series of one scrape, with counter resets already added back (cumulative since
/// opstop first saw it), so any two readings of a series subtract to Prometheus's `increase`.
struct SeriesReading: Sendable {
    /// Index into the store's mappings.
    var mapping: Int
    var family: String
    var labels: [Label]
    /// Counters: the reset-adjusted total. Gauges (and stateset members): the value as scraped.
    var value: Double?
    /// Histograms: ascending upper bounds (as exposed, unscaled) and reset-adjusted cumulative counts.
    var bounds: [Double] = []
    var counts: [Double] = []
    /// Histograms and summaries: reset-adjusted `_sum` and `_count`.
    var sum: Double?
    var count: Double?
    /// Summaries: the quantiles as exposed.
    var quantiles: [SummaryValue.Quantile] = []
    /// Exemplars on the buckets: bucket index and exemplar.
    var exemplars: [(bucket: Int, exemplar: Exemplar)] = []

    /// What an older frame needs: values only (figures read labels from the newest frame).
    var trimmed: SeriesReading {
        var copy = self
        copy.labels = []
        copy.family = ""
        copy.quantiles = []
        return copy
    }

    /// The count of the bucket with this bound, 0 when the reading has none.
    func count(atBound bound: Double) -> Double {
        guard let index = bounds.firstIndex(of: bound) else { return 0 }
        return counts[index]
    }
}
