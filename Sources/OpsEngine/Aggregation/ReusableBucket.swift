/// A bucket that a ``TimeRing`` can empty in place when it reuses its slot, keeping the
/// storage it grew (arrays of per-series figures, small histogram lists) for the next one.
package protocol ReusableBucket {
    /// Makes the bucket equal to a fresh one, keeping capacity where it can.
    mutating func reset()
}
