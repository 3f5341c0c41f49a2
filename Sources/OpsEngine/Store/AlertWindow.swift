/// The figures the error-rate and latency alerts read over the alert window.
struct AlertWindowFigures: Sendable {
    var spans = 0
    var failedSpans = 0
    var query = LatencyHistogram()
    /// The newest minute's query latency, kept beside ``query`` instead of merged into it: merged, the
    /// cached older minutes' histogram was copied whole at every evaluation.
    var newestQuery = LatencyHistogram()

    /// Inlined, so the bucket is read where it lies in its ring instead of copied.
    @inline(__always)
    mutating func add(_ bucket: MetricsBucket) {
        spans += bucket.spans
        failedSpans += bucket.failedSpans
        query.merge(bucket.latency.query)
    }

    /// Adds the newest minute: its counts, and its query latency beside the others'.
    @inline(__always)
    mutating func addNewest(_ bucket: MetricsBucket) {
        spans += bucket.spans
        failedSpans += bucket.failedSpans
        newestQuery = bucket.latency.query
    }

    /// How many query latencies the window holds.
    var queryCount: UInt64 { query.count &+ newestQuery.count }

    /// A percentile of the window's query latency: what ``query`` merged with ``newestQuery`` answers.
    func queryPercentile(_ rank: Double) -> UInt64 {
        LatencyHistogram.percentile(rank, of: query, and: newestQuery)
    }
}
