/// The slowest, the most expensive and the most recent failed traces of a stretch of time.
///
/// Each bucket keeps a few, so a drill-down from any window finds the traces behind its figures.
package struct NotableTraces: Sendable {
    package private(set) var slowest: [TraceSummary] = []
    package private(set) var costliest: [TraceSummary] = []
    /// Newest last.
    package private(set) var failed: [TraceSummary] = []
    package let limit: Int
    package let failedLimit: Int

    package init(limit: Int, failedLimit: Int) {
        self.limit = limit
        self.failedLimit = failedLimit
    }

    /// Forgets every trace, keeping the lists' storage.
    package mutating func reset() {
        slowest.removeAll(keepingCapacity: true)
        costliest.removeAll(keepingCapacity: true)
        failed.removeAll(keepingCapacity: true)
    }

    package mutating func consider(_ trace: TraceSummary) {
        Self.keepTop(&slowest, trace, limit: limit) { $0.durationNanos > $1.durationNanos }
        if trace.costUSD > 0 {
            Self.keepTop(&costliest, trace, limit: limit) { $0.costUSD > $1.costUSD }
        }
        if trace.isFailed {
            failed.removeAll { $0.traceID == trace.traceID }
            failed.append(trace)
            if failed.count > failedLimit { failed.removeFirst(failed.count - failedLimit) }
        }
    }

    package mutating func merge(_ other: NotableTraces) {
        for trace in other.slowest { Self.keepTop(&slowest, trace, limit: limit) { $0.durationNanos > $1.durationNanos } }
        for trace in other.costliest { Self.keepTop(&costliest, trace, limit: limit) { $0.costUSD > $1.costUSD } }
        for trace in other.failed {
            failed.removeAll { $0.traceID == trace.traceID }
            failed.append(trace)
        }
        failed.sort { $0.startNanos < $1.startNanos }
        if failed.count > failedLimit { failed.removeFirst(failed.count - failedLimit) }
    }

    private static func keepTop(
        _ list: inout [TraceSummary], _ trace: TraceSummary, limit: Int,
        by isBefore: (TraceSummary, TraceSummary) -> Bool
    ) {
        if let existing = list.firstIndex(where: { $0.traceID == trace.traceID }) {
            list.remove(at: existing)
        } else if list.count >= limit, let last = list.last, !isBefore(trace, last) {
            return
        }
        let position = list.firstIndex { isBefore(trace, $0) } ?? list.endIndex
        list.insert(trace, at: position)
        if list.count > limit { list.removeLast(list.count - limit) }
    }
}
