import OpsSources

/// A clock that moves only when told: both readings advance together.
package final class TestClock: RuntimeClock {
    package private(set) var wallNanos: Int64
    package private(set) var monotonic: Int64

    package init(wallNanos: Int64, monotonicNanos: Int64 = 1_000_000_000_000) {
        self.wallNanos = wallNanos
        monotonic = monotonicNanos
    }

    package func nowNanos() -> Int64 { wallNanos }

    package func monotonicNanos() -> Int64 { monotonic }

    package func advance(by duration: Duration) {
        let nanos = duration.nanoseconds
        wallNanos += nanos
        monotonic += nanos
    }
}
