import OpsEngine
import OpsModel

/// The few figures of a trace a list filters and sorts by, computed without allocating
/// (``TraceRecord/summary`` is built only for the rows shown).
struct TraceFacts {
    var startNanos: Int64
    var durationNanos: Int64
    var costUSD: Double
    var failedSpans: Int

    /// Same rules as `TraceRecord.summary`: the root's times when there is a root, else the spans' extent.
    init(_ record: TraceRecord) {
        var start = Int64.max
        var end = Int64.min
        var cost = 0.0
        var failed = 0
        var rootStart: Int64?
        var rootDuration: Int64?
        for entry in record.entries {
            let span = entry.span
            start = Swift.min(start, span.startNanos)
            end = Swift.max(end, span.endNanos)
            if entry.countsUsage { cost += entry.costUSD }
            if span.isError { failed += 1 }
            if rootStart == nil, span.isRoot {
                rootStart = span.startNanos
                rootDuration = span.durationNanos
            }
        }
        startNanos = rootStart ?? (start == .max ? 0 : start)
        durationNanos = rootDuration ?? Swift.max(0, end &- start)
        costUSD = cost
        failedSpans = failed
    }
}
