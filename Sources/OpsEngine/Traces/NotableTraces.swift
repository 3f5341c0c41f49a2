import OpsModel

/// The slowest, the most expensive and the most recent failed traces of a stretch of time.
///
/// Each bucket keeps a few, so a drill-down from any window finds the traces behind its figures.
/// The lists hold what they are ranked by, not whole summaries: a root span arrives for most
/// traces while the second it ends in has room, and copying a summary (its name, models, tools
/// and user) into three lists per root cost `opstop snapshot` 6 % of its instructions. The trace
/// store answers a listed trace's summary for as long as it keeps the trace.
package struct NotableTraces: Sendable {
    /// A trace as the lists rank it; the figures agree with its ``TraceSummary``.
    package struct Trace: Sendable, Hashable {
        package var traceID: TraceID
        package var startNanos: Int64
        package var durationNanos: Int64
        package var costUSD: Double
        package var isFailed: Bool

        package init(traceID: TraceID, startNanos: Int64, durationNanos: Int64, costUSD: Double, isFailed: Bool) {
            self.traceID = traceID
            self.startNanos = startNanos
            self.durationNanos = durationNanos
            self.costUSD = costUSD
            self.isFailed = isFailed
        }

        package init(_ summary: TraceSummary) {
            self.init(
                traceID: summary.traceID, startNanos: summary.startNanos, durationNanos: summary.durationNanos,
                costUSD: summary.costUSD, isFailed: summary.isFailed)
        }
    }

    package private(set) var slowest: [Trace] = []
    package private(set) var costliest: [Trace] = []
    /// Newest last.
    package private(set) var failed: [Trace] = []
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

    package mutating func consider(_ trace: Trace) {
        Self.keepTop(&slowest, trace, limit: limit) { $0.durationNanos > $1.durationNanos }
        if trace.costUSD > 0 {
            Self.keepTop(&costliest, trace, limit: limit) { $0.costUSD > $1.costUSD }
        }
        if trace.isFailed {
            // A trace is listed once at most: the first match is the only one.
            if let listed = failed.firstIndex(where: { $0.traceID == trace.traceID }) { failed.remove(at: listed) }
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

    private static func keepTop(_ list: inout [Trace], _ trace: Trace, limit: Int, by isBefore: (Trace, Trace) -> Bool) {
        if let existing = list.firstIndex(where: { $0.traceID == trace.traceID }) {
            list.remove(at: existing)
        } else if list.count >= limit, let last = list.last, !isBefore(trace, last) {
            return
        }
        // Appended, then moved up past every trace it ranks before: the list is in rank order, so it
        // lands where `insert` at the first such trace would put it, without the generic insertion.
        list.append(trace)
        var position = list.count - 1
        while position > 0 && isBefore(list[position], list[position - 1]) {
            list.swapAt(position, position - 1)
            position -= 1
        }
        if list.count > limit { list.removeLast(list.count - limit) }
    }
}
