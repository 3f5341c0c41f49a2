/// One sample line as exposed, after its family is known.
package struct MetricSample: Sendable, Hashable {
    /// The full sample name, e.g. `http_request_duration_seconds_bucket`.
    package var name: String
    package var suffix: MetricSuffix
    /// All labels of the line (including `le` / `quantile`), sorted by name, empty and `"None"` values dropped.
    package var labels: [Label]
    package var value: Double
    /// Seconds since the Unix epoch (classic text's milliseconds are converted).
    package var timestamp: Double?
    package var exemplar: Exemplar?
    /// 1-based line number in the scrape.
    package var line: Int

    package init(
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
