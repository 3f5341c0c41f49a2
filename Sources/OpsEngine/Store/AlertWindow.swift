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

/// The alert window's minute buckets other than the newest, summed once and reused.
///
/// Alerts evaluate every few seconds of event time over a window of several minutes; only
/// the newest minute usually changes between two evaluations, so the older ones are summed
/// again only when the newest minute moves or a late span lands in an older minute. The
/// buckets are added in the same order as a fresh sum, so the figures are identical.
struct AlertWindowCache: Sendable {
    /// The newest minute the sum leaves out, the ring's head and the window's length in
    /// minutes it was made for; `newest` is `.min` when there is no sum.
    private(set) var newest: Int64 = .min
    private(set) var head: Int64 = .min
    private(set) var count = 0
    /// Where the newest minute starts: a span ending before this changes an older minute.
    private(set) var newestStartNanos: Int64 = .min
    private(set) var older = AlertWindowFigures()

    init() {}

    init(newest: Int64, head: Int64, count: Int, newestStartNanos: Int64, older: AlertWindowFigures) {
        self.newest = newest
        self.head = head
        self.count = count
        self.newestStartNanos = newestStartNanos
        self.older = older
    }

    func holds(newest: Int64, head: Int64, count: Int) -> Bool {
        self.newest != .min && self.newest == newest && self.head == head && self.count == count
    }

    /// Forgets the sum when a span ending at `nanos` changed a minute it covers.
    mutating func noteSpan(endingAt nanos: Int64) {
        if nanos < newestStartNanos { self = AlertWindowCache() }
    }
}
