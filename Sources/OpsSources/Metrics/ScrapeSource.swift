import Foundation
import OpsEngine

/// Scrapes one URL on its own thread every interval (backing off while it fails), delivering
/// each outcome into an inbox of its own (``Inbox/scrapeOutcomes(capacity:)``). The screen's thread
/// never waits on the network.
package final class ScrapeSource: Sendable {
    package let url: String
    private let scraper: HTTPScraper
    private let intervalNanos: Int64
    private let stopped = StopSignal()
    /// Scrapes at most this many times, then stops (nil: until stopped). For `report --for`.
    private let limit: Int?

    package init(
        url: URL, intervalSeconds: Double, timeoutSeconds: Double = 5,
        maxBodyBytes: Int = HTTPScraper.defaultMaxBodyBytes, limit: Int? = nil
    ) {
        self.url = url.absoluteString
        scraper = HTTPScraper(url: url, timeoutSeconds: timeoutSeconds, maxBodyBytes: maxBodyBytes)
        intervalNanos = Int64(intervalSeconds * 1e9)
        self.limit = limit
    }

    package func start(into inbox: Inbox<ScrapeDelivery>) {
        let thread = Thread { [self] in run(inbox) }
        thread.name = "opstop-scrape"
        thread.start()
    }

    /// Wakes the thread if it waits for its next scrape; a scrape under way ends first (bounded by its timeout).
    package func stop() { stopped.stop() }

    private func run(_ inbox: Inbox<ScrapeDelivery>) {
        var schedule = ScrapeSchedule(intervalNanos: intervalNanos, startNanos: MonotonicTime.nanos())
        var attempts = 0
        while !stopped.wait(untilMonotonic: schedule.nextAttemptNanos) {
            let started = MonotonicTime.nanos()
            let wall = MonotonicTime.wallNanos()
            let outcome = scraper.scrape()
            if stopped.isStopped { return }
            inbox.put(ScrapeDelivery(source: url, timeNanos: wall, outcome: outcome))
            switch outcome {
            case .scraped: schedule.succeeded(startedAt: started, endedAt: MonotonicTime.nanos())
            case .failed: schedule.failed(endedAt: MonotonicTime.nanos())
            }
            attempts += 1
            if let limit, attempts >= limit { return }
        }
    }
}
