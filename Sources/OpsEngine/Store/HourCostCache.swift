/// The cost of the last hour's minute buckets other than the newest, summed once and reused.
///
/// The `budget_projected` alert reads the last hour's burn at every evaluation (every few seconds of
/// event time); as with ``AlertWindowCache``, only the newest minute usually changes between two, so
/// the older minutes are summed again only when the newest minute or the ring's head moves or a
/// change lands in an older minute. They are added in the same order as a fresh sum: the same figure.
struct HourCostCache: Sendable {
    /// The newest minute the sum leaves out and the ring's head it was made for; `newest` is `.min`
    /// when there is no sum.
    private(set) var newest: Int64 = .min
    private(set) var head: Int64 = .min
    /// Where the newest minute starts: a change before this changes an older minute.
    private(set) var newestStartNanos: Int64 = .min
    private(set) var olderUSD: Double = 0

    init() {}

    init(newest: Int64, head: Int64, newestStartNanos: Int64, olderUSD: Double) {
        self.newest = newest
        self.head = head
        self.newestStartNanos = newestStartNanos
        self.olderUSD = olderUSD
    }

    func holds(newest: Int64, head: Int64) -> Bool {
        self.newest != .min && self.newest == newest && self.head == head
    }

    /// Forgets the sum when a change to a minute bucket at `nanos` changed a minute it covers.
    mutating func noteChange(at nanos: Int64) {
        if nanos < newestStartNanos { self = HourCostCache() }
    }
}
