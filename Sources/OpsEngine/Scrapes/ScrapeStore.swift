import OpsModel

/// Figures from metrics scrapes: the pipeline every metrics source feeds (HTTP scrapes of
/// `/metrics`, and any other source that produces a ``Scrape``, such as OTLP metrics).
///
/// Feed it with ``ingest(_:from:atNanos:)`` (a good scrape) and ``recordFailure(of:reason:atNanos:)``
/// (a failed attempt); ask it for ``snapshot(window:asOfNanos:)``. Pure: time is passed in.
package struct ScrapeStore: Sendable {
    package let configuration: EngineConfiguration
    private(set) var histories: [String: ScrapeHistory] = [:]
    /// Sources in the order they were first heard of.
    package private(set) var sources: [String] = []
    private var failures: [String: (since: Int64, reason: String, count: Int)] = [:]
    package private(set) var scrapeCount = 0
    package private(set) var failureCount = 0
    package private(set) var lastError: String?
    package private(set) var firstScrapeNanos: Int64?
    package private(set) var lastScrapeNanos: Int64?
    private var startedNanos: [String: Int64] = [:]

    package init(configuration: EngineConfiguration = EngineConfiguration()) {
        self.configuration = configuration
    }

    /// Makes `source` known before its first scrape (so a failure shows as stale since the start).
    package mutating func register(_ source: String, atNanos time: Int64) {
        guard startedNanos[source] == nil else { return }
        startedNanos[source] = time
        sources.append(source)
    }

    /// Takes in one good scrape of `source` taken at wall time `time`.
    package mutating func ingest(_ scrape: Scrape, from source: String, atNanos time: Int64) {
        register(source, atNanos: time)
        var history = histories[source] ?? ScrapeHistory()
        history.ingest(
            scrape, atNanos: time, mappings: configuration.metricMappings, classifier: configuration.errorClassifier)
        histories[source] = history
        failures[source] = nil
        scrapeCount += 1
        if firstScrapeNanos == nil { firstScrapeNanos = time }
        lastScrapeNanos = Swift.max(lastScrapeNanos ?? time, time)
    }

    /// Notes a failed attempt; the source's figures stay, marked stale since its last good scrape.
    package mutating func recordFailure(of source: String, reason: String, atNanos time: Int64) {
        register(source, atNanos: time)
        failureCount += 1
        lastError = reason
        let since = histories[source]?.latest?.timeNanos ?? startedNanos[source] ?? time
        let count = (failures[source]?.count ?? 0) + 1
        failures[source] = (since, reason, count)
    }

    /// Why `source` is stale (its last attempt failed), or nil when its last attempt worked.
    package func staleness(of source: String) -> StaleInfo? {
        failures[source].map { StaleInfo(sinceNanos: $0.since, reason: $0.reason, source: source) }
    }

    /// Whether `source` ever answered with metrics.
    package func hasScraped(_ source: String) -> Bool { histories[source]?.latest != nil }

    /// Lines the parser skipped in the newest scrape of `source`.
    package func badLines(of source: String) -> Int { histories[source]?.badLines ?? 0 }

    /// Lines the parser skipped in each target's newest scrape, added up.
    package var badLines: Int { histories.values.reduce(0) { $0 + $1.badLines } }

    /// The summary a report prints about the scraping.
    package var summary: ScrapeSummary {
        ScrapeSummary(
            targets: sources, scrapes: scrapeCount, failures: failureCount, lastError: lastError, badLines: badLines,
            firstNanos: firstScrapeNanos, lastNanos: lastScrapeNanos)
    }
}
