import OpsModel

/// How one source is doing, for the header.
package struct SourceStatus: Sendable, Hashable {
    package enum Health: Sendable, Hashable {
        case starting
        /// Reading; new data is shown as it arrives.
        case live
        /// Read to its end (a pipe closed, a replay finished).
        case finished
        /// Waiting for the file to appear, or for it to become readable again; says why.
        case waiting(String)
        /// No data can come from it; says why.
        case failed(String)
    }

    package var name: String
    package var health: Health
    package var stats: IngestStats
    package var bytesRead: Int
    /// Events skipped for being older than the start window (`--from`).
    package var skippedOld: Int
    /// A short live summary for the header (a receiver's request and span counts); empty for files.
    package var note: String = ""
    /// While a file read from its start catches up with what it held at start: that size in
    /// bytes (`bytesRead` says how far it got); nil once caught up, or when not catching up.
    package var loadingTotal: Int?

    package init(
        name: String, health: Health = .starting, stats: IngestStats = IngestStats(), bytesRead: Int = 0,
        skippedOld: Int = 0
    ) {
        self.name = name
        self.health = health
        self.stats = stats
        self.bytesRead = bytesRead
        self.skippedOld = skippedOld
    }
}
