import OpsModel

/// One scrape pushed to the OTLP receiver (`/v1/metrics`) and where it came from.
package struct MetricsDelivery: Sendable, Hashable {
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

extension Inbox where Item == MetricsDelivery {
    /// Scrapes pushed to the receiver: ``InboxPolicy/refuse`` once `capacity` wait, and the
    /// receiver answers 503 with `Retry-After` (the sender retries).
    package static func pushedMetrics(capacity: Int = 1_000) -> Inbox {
        Inbox(capacity: capacity, policy: .refuse)
    }
}
