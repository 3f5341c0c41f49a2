/// The text formats the parser reads.
package enum ExpositionFormat: String, Sendable, Hashable {
    /// Prometheus text format 0.0.4 (`text/plain; version=0.0.4`): timestamps in integer milliseconds.
    case classicText
    /// OpenMetrics 1.0 (`application/openmetrics-text`): float-second timestamps, `# EOF`, `_created`, exemplars.
    case openMetrics
}
