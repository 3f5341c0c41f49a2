/// Where the runtime reads the time: the machine's clocks (``WallClock``) or a clock a test moves
/// (``TestClock``). Nothing in the runtime reads the time any other way.
package protocol RuntimeClock {
    /// Unix time in nanoseconds: the live engine's clock.
    func nowNanos() -> Int64
    /// A monotonic reading in nanoseconds: for pacing frames, ticks and replays.
    func monotonicNanos() -> Int64
}
