import OpsSources

/// The machine's clocks, read only here: the engine works in the time it is given.
package struct WallClock: RuntimeClock, Sendable {
    package init() {}

    package func nowNanos() -> Int64 { Self.nowNanos() }

    package func monotonicNanos() -> Int64 { Self.monotonicNanos() }

    /// Unix time in nanoseconds.
    package static func nowNanos() -> Int64 { MonotonicTime.wallNanos() }

    /// A monotonic reading in nanoseconds, for pacing frames and replays.
    package static func monotonicNanos() -> Int64 { MonotonicTime.nanos() }
}
