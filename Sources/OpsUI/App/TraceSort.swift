/// The order of a trace list; `s` cycles through the cases its list offers, in order.
package enum TraceSort: String, Sendable, Hashable, CaseIterable {
    /// Newest first.
    case time
    /// Slowest first (for a latency drill-down: by the duration of that component's span).
    case latency
    /// Most expensive first.
    case cost
    /// Most failed spans first, then newest.
    case errors
    /// Lowest score of a quality drill-down's metric first, then newest; only a quality list offers it.
    case score

    package var label: String { rawValue }

    /// The orders the dashboard's traces panel cycles through (it has no metric to score by).
    package static let dashboardCycle: [TraceSort] = [.time, .latency, .cost, .errors]

    /// The order after this one in `cycle` (the first when this one is not in it).
    package func next(in cycle: [TraceSort]) -> TraceSort {
        guard let index = cycle.firstIndex(of: self) else { return cycle.first ?? self }
        return cycle[(index + 1) % cycle.count]
    }
}
