/// What a report over metrics endpoints says about the scraping itself.
public struct ScrapeSummary: Sendable, Hashable {
    public var targets: [String]
    /// Scrapes that returned metrics.
    public var scrapes: Int
    /// Attempts that failed, and the last reason.
    public var failures: Int
    public var lastError: String?
    /// Lines the parser skipped in each target's newest scrape.
    public var badLines: Int
    /// Wall time of the first and last good scrape.
    public var firstNanos: Int64?
    public var lastNanos: Int64?

    public init(
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
    public var periodSeconds: Double? {
        guard let firstNanos, let lastNanos else { return nil }
        return Double(lastNanos - firstNanos) / 1e9
    }
}
