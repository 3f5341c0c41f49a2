/// What one good scrape of one target said, reduced to the series opstop maps.
struct ScrapeFrame: Sendable {
    var timeNanos: Int64
    /// By series key (family and labels).
    var readings: [String: SeriesReading]
    /// Reset-adjusted totals over every cost and error series, for the per-minute sparklines.
    var costTotal: Double
    var errorTotal: Double
}
