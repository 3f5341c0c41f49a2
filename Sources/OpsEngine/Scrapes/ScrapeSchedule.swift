/// When to scrape a target next: every interval while it answers, backing off exponentially
/// (interval × 2, × 4, … up to ``maxBackoffNanos``) while it fails. Pure; the caller passes time.
package struct ScrapeSchedule: Sendable, Hashable {
    package static let maxBackoffNanos: Int64 = 30 * 1_000_000_000

    package let intervalNanos: Int64
    /// Failures in a row since the last good scrape.
    package private(set) var consecutiveFailures = 0
    /// When the next attempt is due (monotonic or wall time, as the caller uses).
    package private(set) var nextAttemptNanos: Int64

    package init(intervalNanos: Int64, startNanos: Int64) {
        self.intervalNanos = Swift.max(1, intervalNanos)
        nextAttemptNanos = startNanos
    }

    /// The wait after the latest outcome.
    package var currentDelayNanos: Int64 {
        guard consecutiveFailures > 0 else { return intervalNanos }
        var delay = intervalNanos
        for _ in 0..<consecutiveFailures {
            delay = Swift.min(delay * 2, Self.maxBackoffNanos)
            if delay >= Self.maxBackoffNanos { break }
        }
        return Swift.max(Swift.min(delay, Self.maxBackoffNanos), Swift.min(intervalNanos, Self.maxBackoffNanos))
    }

    /// A good scrape that started at `started`: the next is one interval after that start.
    package mutating func succeeded(startedAt started: Int64, endedAt ended: Int64) {
        consecutiveFailures = 0
        nextAttemptNanos = Swift.max(started + intervalNanos, ended)
    }

    /// A failed attempt ending at `ended`: wait the backed-off delay from then.
    package mutating func failed(endedAt ended: Int64) {
        consecutiveFailures += 1
        nextAttemptNanos = ended + currentDelayNanos
    }
}
