import OpsCore

/// How one source is doing, for the header.
public struct SourceStatus: Sendable, Hashable {
    public enum Health: Sendable, Hashable {
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

    public var name: String
    public var health: Health
    public var stats: IngestStats
    public var bytesRead: Int
    /// Events skipped for being older than the start window (`--from`).
    public var skippedOld: Int
    /// A short live summary for the header (a receiver's request and span counts); empty for files.
    public var note: String = ""

    public init(
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
