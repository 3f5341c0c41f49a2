import Foundation
import OpsEngine
import Synchronization

/// Scrapes one URL on its own thread every interval (backing off while it fails), delivering
/// each outcome into an inbox of its own (``Inbox/scrapeOutcomes(capacity:)``). The screen's thread
/// never waits on the network.
package final class ScrapeSource: Sendable {
    package let url: String
    private let scraper: HTTPScraper
    private let intervalNanos: Int64
    private let stopped = Atomic<Bool>(false)
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

    package func stop() { stopped.store(true, ordering: .relaxed) }

    /// Waits until `deadline` (monotonic) or until stopped, in short naps so stop is prompt.
    private func sleep(until deadline: Int64) {
        while !stopped.load(ordering: .relaxed) {
            let left = deadline - Self.monotonicNanos()
            if left <= 0 { return }
            usleep(UInt32(Swift.min(left / 1000, 50_000)))
        }
    }

    private func run(_ inbox: Inbox<ScrapeDelivery>) {
        var schedule = ScrapeSchedule(intervalNanos: intervalNanos, startNanos: Self.monotonicNanos())
        var attempts = 0
        while !stopped.load(ordering: .relaxed) {
            sleep(until: schedule.nextAttemptNanos)
            if stopped.load(ordering: .relaxed) { return }
            let started = Self.monotonicNanos()
            let wall = Self.wallNanos()
            let outcome = scraper.scrape()
            if stopped.load(ordering: .relaxed) { return }
            inbox.put(ScrapeDelivery(source: url, timeNanos: wall, outcome: outcome))
            switch outcome {
            case .scraped: schedule.succeeded(startedAt: started, endedAt: Self.monotonicNanos())
            case .failed: schedule.failed(endedAt: Self.monotonicNanos())
            }
            attempts += 1
            if let limit, attempts >= limit { return }
        }
    }

    static func monotonicNanos() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
    }

    static func wallNanos() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
    }
}
