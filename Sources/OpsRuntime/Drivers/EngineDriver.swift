import OpsModel
import OpsEngine
import OpsUI

/// What feeds the screen's engine: live sources, a replay, or the demo generator.
package protocol EngineDriver {
    var store: MetricsStore { get }
    var sources: [SourceLine] { get }
    var mode: ClockMode { get }
    /// Changes whenever events were taken in or the clock jumped (not when time merely passes).
    var dataVersion: Int { get }
    /// Takes in what arrived and moves the clock to `wallNanos`; true when figures changed.
    mutating func pump(wallNanos: Int64, monotonicNanos: Int64) -> Bool
    /// True while events wait to be taken in (a log being loaded): the loop pumps again at once,
    /// between frames, instead of waiting for the next one.
    var hasBacklog: Bool { get }
    mutating func handle(_ command: ReplayCommand, monotonicNanos: Int64)
    /// Stops source threads.
    func stop()
    /// Puts the store's figures in place for the frame about to read them, once a frame rather than
    /// after every pump.
    mutating func prepareToDraw()
    /// The figures the screen shows for `window`: the store's, or a metrics source's merged in.
    func snapshot(window: TimeWindow) -> MetricsSnapshot
    /// `Enter` on a dashboard row (or `Esc` on the dashboard, `target` nil): a driver that narrows its own figures
    /// instead of opening a trace list returns the message to show; nil lets the screen drill as usual.
    mutating func drill(into target: DrillTarget?) -> String?
}

extension EngineDriver {
    package var hasBacklog: Bool { false }

    package mutating func prepareToDraw() {}

    package func snapshot(window: TimeWindow) -> MetricsSnapshot { store.snapshot(window: window) }

    package mutating func drill(into target: DrillTarget?) -> String? { nil }
}
