import OpsModel
import OpsEngine
import OpsSources
import OpsUI

/// Live metrics endpoints (and any usage logs given with them): scrape outcomes arrive in an
/// inbox per target from source threads and are taken in here, on the screen's thread, between frames.
/// Metrics pushed to the OTLP receiver arrive the same way, one scrape per sending process.
package struct MetricsDriver: EngineDriver {
    private var logs: LiveDriver
    package private(set) var scrapes: ScrapeStore
    /// Each target's outcomes, by target; the oldest are dropped while the screen is behind.
    package let outcomes: [String: Inbox<ScrapeDelivery>]
    /// Metrics pushed over OTLP (`/v1/metrics`), when the receiver listens.
    package let pushed: Inbox<MetricsDelivery>?
    private let targets: [String]
    private var scrapeVersion = 0
    private let hasLogs: Bool

    package init(
        logs: LiveDriver, hasLogs: Bool, configuration: EngineConfiguration, targets: [String],
        outcomes: [String: Inbox<ScrapeDelivery>], pushed: Inbox<MetricsDelivery>? = nil, startNanos: Int64
    ) {
        self.pushed = pushed
        self.logs = logs
        self.hasLogs = hasLogs
        self.targets = targets
        self.outcomes = outcomes
        scrapes = ScrapeStore(configuration: configuration)
        for target in targets { scrapes.register(target, atNanos: startNanos) }
    }

    package var store: MetricsStore { logs.store }
    package var mode: ClockMode { .live }
    package var dataVersion: Int { logs.dataVersion &+ scrapeVersion &* 1_000_003 }
    package var hasBacklog: Bool { logs.hasBacklog }

    package var sources: [SourceLine] {
        targets.map(sourceLine(for:)) + (hasLogs ? logs.sources : [])
    }

    private func sourceLine(for target: String) -> SourceLine {
        if let stale = scrapes.staleness(of: target) {
            let since = ClockText.time(nanos: stale.sinceNanos)
            return SourceLine(
                name: target, health: .stale, detail: "since \(since) — \(stale.reason)",
                malformedLines: scrapes.badLines(of: target))
        }
        if scrapes.hasScraped(target) {
            return SourceLine(
                name: target, health: .live, detail: droppedNote(for: target),
                malformedLines: scrapes.badLines(of: target))
        }
        return SourceLine(name: target, health: .waiting, detail: "first scrape")
    }

    /// `3 scrapes dropped` once the screen fell so far behind that a target's oldest outcomes were let go.
    private func droppedNote(for target: String) -> String {
        let dropped = outcomes[target]?.counts.droppedItems ?? 0
        return dropped == 0 ? "" : "\(dropped) scrape\(dropped == 1 ? "" : "s") dropped"
    }

    package mutating func pump(wallNanos: Int64, monotonicNanos: Int64) -> Bool {
        var changed = logs.pump(wallNanos: wallNanos, monotonicNanos: monotonicNanos)
        let deliveries = targets.flatMap { outcomes[$0]?.drain() ?? [] }
        for delivery in deliveries {
            switch delivery.outcome {
            case .scraped(let scrape, _):
                scrapes.ingest(scrape, from: delivery.source, atNanos: delivery.timeNanos)
            case .failed(let reason):
                scrapes.recordFailure(of: delivery.source, reason: reason, atNanos: delivery.timeNanos)
            }
        }
        let pushes = pushed?.drain() ?? []
        for push in pushes { scrapes.ingest(push) }
        if !deliveries.isEmpty || !pushes.isEmpty {
            scrapeVersion &+= 1
            changed = true
        }
        return changed
    }

    package mutating func handle(_ command: ReplayCommand, monotonicNanos: Int64) {}

    package func stop() { logs.stop() }

    package func snapshot(window: TimeWindow) -> MetricsSnapshot {
        // Listening with no endpoint and nothing pushed yet: the spans' figures, as without metrics.
        if targets.isEmpty && scrapes.scrapeCount == 0 { return store.snapshot(window: window) }
        let now = store.now == .min ? (scrapes.lastScrapeNanos ?? 0) : store.now
        let metrics = scrapes.snapshot(window: window, asOfNanos: now)
        guard hasLogs else { return metrics }
        return metrics.filling(from: store.snapshot(window: window))
    }
}
