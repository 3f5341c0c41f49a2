/// How far a source is through the data that was already there when it started (a log read
/// from its start), for the header's `loading 43 % · 140 MB of 334 MB`.
package struct LoadProgress: Sendable, Hashable {
    /// Bytes read so far.
    package var readBytes: Int
    /// The size of what is being caught up with, as it was at the start.
    package var totalBytes: Int

    package init(readBytes: Int, totalBytes: Int) {
        self.readBytes = readBytes
        self.totalBytes = totalBytes
    }

    /// 0…1; a total of 0 counts as done.
    package var fraction: Double {
        guard totalBytes > 0 else { return 1 }
        return Swift.min(1, Double(Swift.max(0, readBytes)) / Double(totalBytes))
    }

    /// The sum over several sources loading at once.
    package static func combined(_ parts: [LoadProgress]) -> LoadProgress? {
        guard !parts.isEmpty else { return nil }
        return LoadProgress(
            readBytes: parts.reduce(0) { $0 + Swift.min($1.readBytes, $1.totalBytes) },
            totalBytes: parts.reduce(0) { $0 + $1.totalBytes })
    }
}
