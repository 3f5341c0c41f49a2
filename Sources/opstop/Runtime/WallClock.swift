import Glibc

/// The machine's clocks, read only here: the engine works in the time it is given.
enum WallClock {
    /// Unix time in nanoseconds.
    static func nowNanos() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
    }

    /// A monotonic reading in nanoseconds, for pacing frames and replays.
    static func monotonicNanos() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
    }
}
