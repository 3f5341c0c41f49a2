import OpsFormats
import OpsEngine
import OpsSources

/// OTLP metrics, pushed to the receiver or read from files, kept as one history per sending
/// process so each one's counters and resets are its own.
extension ScrapeStore {
    package mutating func ingest(_ push: MetricsDelivery) {
        ingest(push.scrape, from: "\(push.source) \(push.target)", atNanos: push.receivedNanos)
    }

    /// A `resourceMetrics` line, at its newest data point's time (else `fallbackNanos`).
    package mutating func ingest(_ line: MetricsLine, fallbackNanos: Int64) {
        ingest(line.scrape, from: "file \(line.target)", atNanos: line.timeNanos ?? fallbackNanos)
    }
}
