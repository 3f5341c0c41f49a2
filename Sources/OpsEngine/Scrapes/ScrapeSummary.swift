/// What a report over metrics endpoints says about the scraping itself.
package struct ScrapeSummary: Sendable, Hashable {
    package var targets: [String]
    /// Scrapes that returned metrics.
    package var scrapes: Int
    /// Attempts that failed, and the last reason.
    package var failures: Int
    package var lastError: String?
    /// Lines the parser skipped in each target's newest scrape.
    package var badLines: Int
    /// Wall time of the first and last good scrape.
    package var firstNanos: Int64?
    package var lastNanos: Int64?

    package init(
        targets: [String], scrapes: Int = 0, failures: Int = 0, lastError: String? = nil, badLines: Int = 0,
        firstNanos: Int64? = nil, lastNanos: Int64? = nil
    ) {
        self.targets = targets
        self.scrapes = scrapes
        self.failures = failures
        self.lastError = lastError
        self.badLines = badLines
        self.firstNanos = firstNanos
        self.lastNanos = lastNanos
    }

    /// Seconds between the first and the last good scrape.
    package var periodSeconds: Double? {
        guard let firstNanos, let lastNanos else { return nil }
        return Double(lastNanos - firstNanos) / 1e9
    }
}
