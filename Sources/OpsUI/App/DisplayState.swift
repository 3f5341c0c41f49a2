/// What the screen shows besides navigation: the figures (live or frozen), the trace list's rows
/// and which alerts flash. Changed only by ``AppReducer``; times are monotonic nanoseconds from
/// the runtime's clock.
package struct DisplayState: Sendable, Hashable {
    /// Whether the screen shows live figures or the ones frozen by `p`.
    package enum Freeze: Sendable, Hashable {
        case live
        /// Paused (or the window changed while paused): the runtime freezes fresh figures next.
        case awaitingFigures
        case frozen(ScreenFigures)
    }

    /// How long an alert that starts firing flashes.
    package static let alertFlashNanos: Int64 = 2_000_000_000
    /// How long live figures are reused while no data arrives (windows slide with time).
    package static let figuresLifetimeNanos: Int64 = 5_000_000_000
    /// How often an open trace list is recomputed while its question stays the same.
    package static let traceListLifetimeNanos: Int64 = 1_000_000_000

    package var freeze = Freeze.live
    /// The latest live figures, reused while they answer the question asked.
    package var latest: ScreenFigures?
    /// The rows of the open trace list.
    package var traceList = TraceListResult.empty
    /// What ``traceList`` answers; nil when it must be computed afresh.
    package var traceListQuestion: TraceListQuestion?
    package var traceListComputedAt: Int64 = .min
    /// Alerts firing at the last look.
    package var firingAlerts: Set<String> = []
    /// When each newly firing alert stops flashing.
    package var alertFlashUntil: [String: Int64] = [:]

    package init() {}

    /// The frozen figures while paused.
    package var frozen: ScreenFigures? {
        if case .frozen(let figures) = freeze { return figures }
        return nil
    }

    /// The latest live figures when they still answer `question` at `now`.
    package func figures(answering question: FiguresQuestion, at now: Int64) -> ScreenFigures? {
        guard let latest, latest.question == question, now - latest.computedAt < Self.figuresLifetimeNanos else {
            return nil
        }
        return latest
    }

    /// Whether the trace list must be computed for `question` at `now`: the question changed, or
    /// a second went by while the display is live.
    package func traceListIsDue(_ question: TraceListQuestion, at now: Int64, paused: Bool) -> Bool {
        question != traceListQuestion || (now - traceListComputedAt > Self.traceListLifetimeNanos && !paused)
    }

    /// Alerts whose row flashes now.
    package var flashingAlerts: Set<String> { Set(alertFlashUntil.keys) }
}
