/// An OpenMetrics exemplar: `# {trace_id="…",span_id="…"} value [timestamp]` after a sample.
package struct Exemplar: Sendable, Hashable {
    /// Sorted by name; empty values are kept (an exemplar's labels are data, not identity).
    package var labels: [Label]
    package var value: Double
    /// Seconds since the Unix epoch.
    package var timestamp: Double?

    package init(labels: [Label], value: Double, timestamp: Double? = nil) {
        self.labels = labels
        self.value = value
        self.timestamp = timestamp
    }

    package var traceID: String? { labels["trace_id"] ?? labels["traceID"] }
    package var spanID: String? { labels["span_id"] ?? labels["spanID"] }
}
