import OpsEngine

extension ReplaySession {
    /// The store as it was after the first `appliedCount` entries, straight from the start, and
    /// where the reading of the file was.
    struct Checkpoint: Sendable {
        var appliedCount: Int
        var unreadableLines: Int
        var store: MetricsStore
        var openedBlocks: Int
        /// The entries not yet applied then.
        var pending: [ReplayIndex.Entry]
        /// The time of the last entry applied: the checkpoint serves any time from it on.
        var lastAppliedNanos: Int64
    }

    /// The `appliedCount` of each checkpoint kept so far, ascending.
    package var checkpointPositions: [Int] { checkpoints.map(\.appliedCount) }

    /// Keeps a copy of the store here, unless one exists.
    ///
    /// The copy holds every event up to here; its alerts were evaluated at the times the clock
    /// was advanced to on the way, which for a frame-by-frame replay are the frames' times.
    mutating func keepCheckpoint() {
        guard let lastAppliedNanos, !checkpoints.contains(where: { $0.appliedCount == appliedCount }) else { return }
        checkpoints.append(Checkpoint(
            appliedCount: appliedCount, unreadableLines: unreadableLines, store: store, openedBlocks: openedBlocks,
            pending: Array(pending[pendingStart...]), lastAppliedNanos: lastAppliedNanos))
        checkpoints.sort { $0.appliedCount < $1.appliedCount }
    }
}
