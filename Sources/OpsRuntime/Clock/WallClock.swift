import Glibc

/// The machine's clocks, read only here: the engine works in the time it is given.
package struct WallClock: RuntimeClock, Sendable {
    package init() {}

    package func nowNanos() -> Int64 { Self.nowNanos() }

    package func monotonicNanos() -> Int64 { Self.monotonicNanos() }

    /// Unix time in nanoseconds.
    package static func nowNanos() -> Int64 { read(CLOCK_REALTIME) }

    /// A monotonic reading in nanoseconds, for pacing frames and replays.
    package static func monotonicNanos() -> Int64 { read(CLOCK_MONOTONIC) }

    private static func read(_ clock: clockid_t) -> Int64 {
        var spec = timespec()
        clock_gettime(clock, &spec)
        return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
    }
}
