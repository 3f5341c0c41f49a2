/// One scrape attempt's outcome, on its way from a scrape thread to the screen's thread.
package struct ScrapeDelivery: Sendable {
    /// The target's URL, as in its status line.
    package var source: String
    /// Wall time the attempt started.
    package var timeNanos: Int64
    package var outcome: ScrapeOutcome

    package init(source: String, timeNanos: Int64, outcome: ScrapeOutcome) {
        self.source = source
        self.timeNanos = timeNanos
        self.outcome = outcome
    }
}

extension Inbox where Item == ScrapeDelivery {
    /// One target's outcomes: ``InboxPolicy/dropOldest``, keeping the newest `capacity`.
    ///
    /// Counters are cumulative, so a dropped scrape only widens the gap between two points, and
    /// the screen wants the newest figures. One inbox per target, so a target scraped every 100 ms
    /// cannot push out the only outcome of one scraped every minute.
    package static func scrapeOutcomes(capacity: Int = 16) -> Inbox {
        Inbox(capacity: capacity, policy: .dropOldest)
    }
}
