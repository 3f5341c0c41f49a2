import OpsEngine
import OpsModel

/// The figures a frame shows: a snapshot for a window and the newest traces, with the question
/// they answer and when (on the monotonic clock) they were computed.
package struct ScreenFigures: Sendable {
    package var snapshot: MetricsSnapshot
    /// The newest traces, sorted as the traces panel asks.
    package var recent: [TraceSummary]
    package var question: FiguresQuestion
    package var computedAt: Int64

    package init(snapshot: MetricsSnapshot, recent: [TraceSummary], question: FiguresQuestion, computedAt: Int64) {
        self.snapshot = snapshot
        self.recent = recent
        self.question = question
        self.computedAt = computedAt
    }
}

/// What figures answer: the data as of a version, over a window, with the traces panel's sort.
package struct FiguresQuestion: Sendable, Hashable {
    package var dataVersion: Int
    package var window: TimeWindow
    package var sort: TraceSort

    package init(dataVersion: Int, window: TimeWindow, sort: TraceSort) {
        self.dataVersion = dataVersion
        self.window = window
        self.sort = sort
    }
}

/// A snapshot is not comparable field by field: figures are the same when they answer the same
/// question at the same moment with the same traces.
extension ScreenFigures: Hashable {
    package static func == (lhs: ScreenFigures, rhs: ScreenFigures) -> Bool {
        lhs.question == rhs.question && lhs.computedAt == rhs.computedAt
            && lhs.snapshot.asOfNanos == rhs.snapshot.asOfNanos && lhs.recent == rhs.recent
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(question)
        hasher.combine(computedAt)
        hasher.combine(snapshot.asOfNanos)
    }
}
