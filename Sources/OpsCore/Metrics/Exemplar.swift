/// An OpenMetrics exemplar: `# {trace_id="…",span_id="…"} value [timestamp]` after a sample.
public struct Exemplar: Sendable, Hashable {
    /// Sorted by name; empty values are kept (an exemplar's labels are data, not identity).
    public var labels: [Label]
    public var value: Double
    /// Seconds since the Unix epoch.
    public var timestamp: Double?

    public init(labels: [Label], value: Double, timestamp: Double? = nil) {
        self.labels = labels
        self.value = value
        self.timestamp = timestamp
    }

    public var traceID: String? { labels["trace_id"] ?? labels["traceID"] }
    public var spanID: String? { labels["span_id"] ?? labels["spanID"] }
}
