/// One sample line as exposed, after its family is known.
public struct MetricSample: Sendable, Hashable {
    /// The full sample name, e.g. `http_request_duration_seconds_bucket`.
    public var name: String
    public var suffix: MetricSuffix
    /// All labels of the line (including `le` / `quantile`), sorted by name, empty and `"None"` values dropped.
    public var labels: [Label]
    public var value: Double
    /// Seconds since the Unix epoch (classic text's milliseconds are converted).
    public var timestamp: Double?
    public var exemplar: Exemplar?
    /// 1-based line number in the scrape.
    public var line: Int

    public init(
        name: String, suffix: MetricSuffix, labels: [Label], value: Double,
        timestamp: Double? = nil, exemplar: Exemplar? = nil, line: Int = 0
    ) {
        self.name = name
        self.suffix = suffix
        self.labels = labels
        self.value = value
        self.timestamp = timestamp
        self.exemplar = exemplar
        self.line = line
    }
}
