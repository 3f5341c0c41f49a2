import Glibc

/// The monotonic clock, for deadlines of timed waits that wall-clock jumps must not stretch.
package enum MonotonicTime {
    package static func nanos() -> Int64 { read(CLOCK_MONOTONIC) }

    /// Unix time in nanoseconds (the wall clock, which may jump).
    package static func wallNanos() -> Int64 { read(CLOCK_REALTIME) }

    private static func read(_ clock: clockid_t) -> Int64 {
        var spec = timespec()
        clock_gettime(clock, &spec)
        return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
    }
}

extension Duration {
    /// The whole nanoseconds of a duration, saturating at the ends of `Int64`.
    package var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (whole, overflowed) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        let (sum, overflowedAgain) = whole.addingReportingOverflow(attoseconds / 1_000_000_000)
        if overflowed || overflowedAgain { return seconds < 0 ? .min : .max }
        return sum
    }
}
