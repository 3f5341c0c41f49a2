/// A run of whole lines of a replayed log, cut at line boundaries, and the native events in it:
/// replay reads the block again, and only then holds its events' entries, once its clock
/// reaches the earliest of them. Other tools' records are indexed apart.
package struct ReplayBlock: Sendable, Hashable {
    /// Where the block's bytes start in the file, and how many there are.
    package var offset: Int64
    package var byteCount: Int
    /// The number of the block's first line (1-based).
    package var firstLineNumber: Int
    /// Native events in the block.
    package var events: Int
    package var earliestNanos: Int64
    package var latestNanos: Int64
    /// The events' times summed (wrapping): reading the block again must give the same events.
    package var timeChecksum: Int64

    /// The summary of a block's entries; nil without entries.
    init?(offset: Int64, byteCount: Int, firstLineNumber: Int, entries: [ReplayIndex.Entry]) {
        guard let first = entries.first else { return nil }
        self.offset = offset
        self.byteCount = byteCount
        self.firstLineNumber = firstLineNumber
        events = entries.count
        earliestNanos = first.timeNanos
        latestNanos = first.timeNanos
        timeChecksum = 0
        for entry in entries {
            earliestNanos = Swift.min(earliestNanos, entry.timeNanos)
            latestNanos = Swift.max(latestNanos, entry.timeNanos)
            timeChecksum &+= entry.timeNanos
        }
    }

    /// Whether `entries`, read again, are the events this block was indexed with.
    func matches(_ entries: [ReplayIndex.Entry]) -> Bool {
        ReplayBlock(offset: offset, byteCount: byteCount, firstLineNumber: firstLineNumber, entries: entries) == self
    }
}
