import OpsModel
import Synchronization

/// Where a metrics receiver leaves scrapes for the thread that feeds the metric panels.
///
/// Bounded: `offer` refuses (and the receiver answers 503) while `capacity` scrapes wait.
package final class MetricsInbox: Sendable {
    /// One scrape and where it came from.
    package struct Delivery: Sendable, Hashable {
        /// The source's name, as in its status line (`otlp 127.0.0.1:4318`).
        package var source: String
        /// `job` or `job/instance` of the resource that sent it.
        package var target: String
        package var scrape: Scrape
        /// When it arrived, in unix nanos.
        package var receivedNanos: Int64

        package init(source: String, target: String, scrape: Scrape, receivedNanos: Int64) {
            self.source = source
            self.target = target
            self.scrape = scrape
            self.receivedNanos = receivedNanos
        }
    }

    private let waiting = Mutex<[Delivery]>([])
    package let capacity: Int

    package init(capacity: Int = 1_000) {
        self.capacity = capacity
    }

    /// Adds the scrapes of one request unless the inbox is full; never waits.
    package func offer(_ deliveries: [Delivery]) -> Bool {
        waiting.withLock { list in
            guard list.count < capacity else { return false }
            list.append(contentsOf: deliveries)
            return true
        }
    }

    package var isFull: Bool { waiting.withLock { $0.count >= capacity } }

    /// Takes every waiting scrape, oldest first.
    package func drain() -> [Delivery] {
        waiting.withLock { list in
            let taken = list
            list = []
            return taken
        }
    }
}
