import OpsModel

/// The metrics of one `{"resourceMetrics":[…]}` line of a file, for one sending process.
///
/// They go to the same scrape store as a `/metrics` endpoint or OTLP `/v1/metrics`, not to the
/// span engine; `LogIngestor.takeMetrics()` hands them over.
package struct MetricsLine: Sendable, Hashable {
    /// `job` or `job/instance` of the resource that wrote them.
    package var target: String
    /// Cumulative values (delta temporality already added up per series).
    package var scrape: Scrape
    /// The newest data point's time, in unix nanos; nil when no point carried one.
    package var timeNanos: Int64?

    package init(target: String, scrape: Scrape, timeNanos: Int64?) {
        self.target = target
        self.scrape = scrape
        self.timeNanos = timeNanos
    }

    init(_ target: OTLPTargetScrape) {
        self.target = target.target
        scrape = target.scrape
        let newest = target.scrape.families.lazy.flatMap(\.series).compactMap(\.timestamp).max()
        timeNanos = newest.flatMap { $0.isFinite ? Int64(exactly: ($0 * 1e9).rounded()) : nil }
    }
}
