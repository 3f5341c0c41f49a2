import Dispatch
import Foundation
import OpsEngine
import OpsRuntime
import OpsSources
import Synchronization

/// Scrapes URLs at a fixed interval for a while, for the commands that end (`report`, `snapshot`).
enum TimedScrapes {
    /// Scrapes every URL at time 0, every `interval` after, and once more at `duration`; the
    /// store holds every outcome. Targets are scraped in parallel; each attempt has `timeout`.
    /// `wait` sleeps until a monotonic time; when it says it was cut short (Ctrl-C), the targets
    /// are scraped once more at once, with at most a second each, and the collection ends there.
    static func collect(
        _ urls: [URL], duration: Double, interval: Double, timeout: Double, configuration: EngineConfiguration,
        wait: (_ untilMonotonic: Int64) -> Bool = { StopSignal().wait(untilMonotonic: $0) }
    ) -> ScrapeStore {
        var store = ScrapeStore(configuration: configuration)
        let start = MonotonicTime.nanos()
        for url in urls { store.register(url.absoluteString, atNanos: WallClock.nowNanos()) }
        let scrapers = urls.map { HTTPScraper(url: $0, timeoutSeconds: timeout) }
        var offsets: [Double] = []
        var next = 0.0
        while next < duration - 1e-9 {
            offsets.append(next)
            next += interval
        }
        offsets.append(Swift.max(duration, 0))
        let end = start + Int64(Swift.max(duration, 0) * 1e9)
        for (position, offset) in offsets.enumerated() {
            let due = start + Int64(offset * 1e9)
            let cutShort = wait(due)
            // A slow target made this round late: skip to the next one that is not yet due.
            if !cutShort, position + 1 < offsets.count, MonotonicTime.nanos() >= start + Int64(offsets[position + 1] * 1e9) {
                continue
            }
            // Each scrape ends by the end of the period (the last one gets a second), so a slow or
            // hanging target cannot stretch `report --for 10s` to three timeouts.
            let left = cutShort ? 0 : Double(end - MonotonicTime.nanos()) / 1e9
            let deadline = Swift.min(timeout, Swift.max(1, left))
            let wall = WallClock.nowNanos()
            let outcomes = Outcomes(count: scrapers.count)
            DispatchQueue.concurrentPerform(iterations: scrapers.count) { index in
                outcomes.set(index, scrapers[index].scrape(timeoutSeconds: deadline))
            }
            for (index, outcome) in outcomes.all.enumerated() {
                let source = urls[index].absoluteString
                switch outcome {
                case .scraped(let scrape, _): store.ingest(scrape, from: source, atNanos: wall)
                case .failed(let reason): store.recordFailure(of: source, reason: reason, atNanos: wall)
                case nil: store.recordFailure(of: source, reason: "no outcome", atNanos: wall)
                }
            }
            if cutShort { break }
        }
        return store
    }
}

/// Results written by concurrent scrapes, one slot each.
private final class Outcomes: Sendable {
    private let slots: Mutex<[ScrapeOutcome?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    func set(_ index: Int, _ outcome: ScrapeOutcome) {
        slots.withLock { $0[index] = outcome }
    }

    var all: [ScrapeOutcome?] { slots.withLock { $0 } }
}
