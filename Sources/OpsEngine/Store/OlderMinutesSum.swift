/// A sum over a minute ring's buckets other than the newest, made once and reused.
///
/// Alerts evaluate every few seconds of event time over several minutes (the alert window, the last
/// hour's burn); only the newest minute usually changes between two evaluations, so the older ones
/// are summed again only when the newest minute or the ring's head moves, the window's length
/// changes, or a change lands in an older minute. The buckets are added in the same order as a fresh
/// sum, so the figures are identical.
struct OlderMinutesSum<Sum: Sendable>: Sendable {
    /// The newest minute the sum leaves out, the ring's head and the window's length in minutes it
    /// was made for; `sum` is nil when there is none.
    private var newest: Int64 = .min
    private var head: Int64 = .min
    private var count = 0
    /// Where the newest minute starts: a change before this changes an older minute.
    private var newestStartNanos: Int64 = .min
    private var sum: Sum?

    init() {}

    /// The sum, when it was made for these minutes and none of them has changed since.
    func older(newest: Int64, head: Int64, count: Int) -> Sum? {
        self.newest == newest && self.head == head && self.count == count ? sum : nil
    }

    mutating func keep(_ sum: Sum, newest: Int64, head: Int64, count: Int, newestStartNanos: Int64) {
        (self.newest, self.head, self.count, self.newestStartNanos, self.sum) = (newest, head, count, newestStartNanos, sum)
    }

    /// Forgets the sum when a change to the minute bucket holding `nanos` changed a minute it covers.
    mutating func noteChange(at nanos: Int64) {
        if nanos < newestStartNanos { self = OlderMinutesSum() }
    }
}
