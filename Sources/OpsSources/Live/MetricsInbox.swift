import OpsCore
import Synchronization

/// Where a metrics receiver leaves scrapes for the thread that feeds the metric panels.
///
/// Bounded: `offer` refuses (and the receiver answers 503) while `capacity` scrapes wait.
public final class MetricsInbox: Sendable {
    /// One scrape and where it came from.
    public struct Delivery: Sendable, Hashable {
        /// The source's name, as in its status line (`otlp 127.0.0.1:4318`).
        public var source: String
        /// `job` or `job/instance` of the resource that sent it.
        public var target: String
        public var scrape: Scrape
        /// When it arrived, in unix nanos.
        public var receivedNanos: Int64

        public init(source: String, target: String, scrape: Scrape, receivedNanos: Int64) {
            self.source = source
            self.target = target
            self.scrape = scrape
            self.receivedNanos = receivedNanos
        }
    }

    private let waiting = Mutex<[Delivery]>([])
    public let capacity: Int

    public init(capacity: Int = 1_000) {
        self.capacity = capacity
    }

    /// Adds the scrapes of one request unless the inbox is full; never waits.
    public func offer(_ deliveries: [Delivery]) -> Bool {
        waiting.withLock { list in
            guard list.count < capacity else { return false }
            list.append(contentsOf: deliveries)
            return true
        }
    }

    public var isFull: Bool { waiting.withLock { $0.count >= capacity } }

    /// Takes every waiting scrape, oldest first.
    public func drain() -> [Delivery] {
        waiting.withLock { list in
            let taken = list
            list = []
            return taken
        }
    }
}
