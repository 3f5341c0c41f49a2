/// The order of a trace list; `s` cycles through the cases in order.
package enum TraceSort: String, Sendable, Hashable, CaseIterable {
    /// Newest first.
    case time
    /// Slowest first (for a latency drill-down: by the duration of that component's span); a
    /// quality drill-down's own measure takes this place: lowest score first, labelled `score`
    /// (see ``TraceQuery/sortLabel(_:)``).
    case latency
    /// Most expensive first.
    case cost
    /// Most failed spans first, then newest.
    case errors

    package var label: String { rawValue }

    package var next: TraceSort {
        let all = Self.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + 1) % all.count]
    }
}
