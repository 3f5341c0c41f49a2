import OpsEngine

extension ReplaySession {
    /// The store as it was after the first `appliedCount` entries, straight from the start.
    struct Checkpoint: Sendable {
        var appliedCount: Int
        var unreadableLines: Int
        var store: MetricsStore
    }

    /// The `appliedCount` of each checkpoint kept so far, ascending.
    package var checkpointPositions: [Int] { checkpoints.map(\.appliedCount) }
}
