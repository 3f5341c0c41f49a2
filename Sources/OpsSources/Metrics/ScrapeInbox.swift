import Synchronization

/// Where scrape threads leave their outcomes for the screen's thread (or a report) to take in.
package final class ScrapeInbox: Sendable {
    package struct Delivery: Sendable {
        package var source: String
        /// Wall time the attempt started.
        package var timeNanos: Int64
        package var outcome: ScrapeOutcome
    }

    private let state = Mutex<[Delivery]>([])

    package init() {}

    package func deliver(_ delivery: Delivery) {
        state.withLock { $0.append(delivery) }
    }

    package func drain() -> [Delivery] {
        state.withLock { deliveries in
            let taken = deliveries
            deliveries = []
            return taken
        }
    }
}
