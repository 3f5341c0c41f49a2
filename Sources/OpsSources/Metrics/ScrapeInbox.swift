import OpsCore
import Synchronization

/// Where scrape threads leave their outcomes for the screen's thread (or a report) to take in.
public final class ScrapeInbox: Sendable {
    public struct Delivery: Sendable {
        public var source: String
        /// Wall time the attempt started.
        public var timeNanos: Int64
        public var outcome: ScrapeOutcome
    }

    private let state = Mutex<[Delivery]>([])

    public init() {}

    public func deliver(_ delivery: Delivery) {
        state.withLock { $0.append(delivery) }
    }

    public func drain() -> [Delivery] {
        state.withLock { deliveries in
            let taken = deliveries
            deliveries = []
            return taken
        }
    }
}
