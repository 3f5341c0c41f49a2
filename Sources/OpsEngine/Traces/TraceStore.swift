import DequeModule
import OpsModel

/// A bounded store of the most recently started traces, oldest evicted first.
///
/// Prompts and completions are the bulk of a trace's memory; beyond `maxContentBytes` the
/// content of the oldest traces is dropped while their figures stay. Spans are the rest of it:
/// beyond `maxSpans` across the traces kept, the oldest traces are evicted as beyond `capacity`.
package struct TraceStore: Sendable {
    package let capacity: Int
    package let maxContentBytes: Int
    /// Spans beyond this in one trace are counted but not kept (a runaway trace cannot eat memory).
    package let maxSpansPerTrace: Int
    /// At most this many spans are kept across the traces (a kept span costs about 480 bytes with
    /// its entry, a report's link about 110): 50 000 traces of 9 spans held 160 MB.
    package let maxSpans: Int
    /// Spans (or links) held across the traces kept.
    package private(set) var spanCount = 0
    /// Whether records keep whole spans (for the trace views) or only what figures need (for reports).
    package let keepsSpans: Bool
    /// The records, oldest first (the order they are evicted in).
    private var traces: TraceTable
    private var withContent: Deque<TraceID> = []
    /// Scores of traces with no span yet (an evaluation can arrive first), oldest trace first.
    private var pendingEvaluations: [TraceID: [Evaluation]] = [:]
    private var pendingOrder: Deque<TraceID> = []
    /// At most this many traces wait with scores for their first span.
    package static let maxPendingTraces = 1_000
    package private(set) var contentBytes = 0
    /// How many distinct traces have been seen (a trace evicted and seen again counts twice).
    package private(set) var tracesSeen = 0
    package private(set) var evicted = 0
    /// A record evicted and emptied: the next new trace takes it, so its storage serves again instead
    /// of being freed and allocated anew (once the store is full, each new trace evicts one).
    private var spare: TraceRecord?
    /// Spans of evicted traces, moved out for ``takeEvictedSpans()``; once ``maxEvictedSpans`` wait,
    /// an evicted trace's spans are freed at once.
    private var evictedSpans: [Event] = []
    /// At most this many evicted spans wait to be taken (``holdEvictedSpans(upTo:)``); 0, the
    /// default, frees every evicted span at once.
    package private(set) var maxEvictedSpans: Int

    package init(
        capacity: Int = 50_000, maxContentBytes: Int = 24 << 20, maxSpansPerTrace: Int = 2_000, keepsSpans: Bool = true,
        maxSpans: Int = TraceStore.defaultMaxSpans, maxEvictedSpans: Int = 0
    ) {
        self.keepsSpans = keepsSpans
        self.maxEvictedSpans = Swift.max(0, maxEvictedSpans)
        self.maxSpans = Swift.max(1, maxSpans)
        self.capacity = Swift.max(1, capacity)
        self.maxContentBytes = maxContentBytes
        self.maxSpansPerTrace = maxSpansPerTrace
        traces = TraceTable()
    }

    package static let defaultMaxSpans = 100_000

    /// A few blocks' worth: a reader that takes them after each block never sees them freed here.
    package static let defaultMaxEvictedSpans = 16_384
    static let evictedSpansReserved = 4_096
    static let prefetchedEvictions = 2

    /// From now on, keeps up to `limit` evicted spans for ``takeEvictedSpans()``: for a reader that
    /// takes them after each block (fewer are freed at once).
    package mutating func holdEvictedSpans(upTo limit: Int = TraceStore.defaultMaxEvictedSpans) {
        maxEvictedSpans = Swift.max(0, limit)
    }

    /// The spans of the traces evicted since the last call (up to ``maxEvictedSpans``), as span
    /// events: the store holds none of them any more. A reader hands them to a decoding worker with a
    /// spent block, so they are freed off the engine's thread, and a span the worker decodes is built
    /// in the box of one that nothing else holds, instead of a new one.
    package mutating func takeEvictedSpans() -> [Event] {
        guard !evictedSpans.isEmpty else { return [] }
        var taken: [Event] = []
        swap(&taken, &evictedSpans)
        return taken
    }

    package var count: Int { traces.count }
    package subscript(id: TraceID) -> TraceRecord? { traces.slot(of: id).map { traces[$0] } }

    /// Figures of the `limit` newest traces, newest first (the traces panel's rows).
    package func newestSummaries(limit: Int) -> [TraceSummary] {
        newestFirst.prefix(limit).compactMap { self[$0]?.summary }
    }

    /// Trace ids, newest first.
    package var newestFirst: NewestTraceIDs { traces.newestFirst }

    /// Applies `body` to the trace, creating it when new; evicts the oldest when full.
    mutating func update<Result>(_ id: TraceID, _ body: (inout TraceRecord) -> Result) -> Result {
        update(id, ()) { record, _ in body(&record) }
    }

    /// Applies `body` to the trace with `input` passed through, not captured: a closure that captures
    /// a span copies it (retaining each of its strings).
    mutating func update<Input, Result>(
        _ id: TraceID, _ input: borrowing Input, _ body: (inout TraceRecord, borrowing Input) -> Result
    ) -> Result {
        var before = (content: 0, spans: 0)
        var after = (content: 0, spans: 0)
        let slot: Int
        let created: Bool
        if let found = traces.slot(of: id) {
            slot = found
            created = false
        } else {
            // The oldest goes first, so a full ring's new record takes the slot it leaves.
            if traces.count >= capacity { evictOldest() }
            slot = traces.append(id, keepsSpans: keepsSpans, reusing: &spare)
            created = true
        }
        let result = traces.modify(slot, input) { record, input in
            Self.apply(body, input, to: &record, before: &before, after: &after)
        }
        spanCount += after.spans - before.spans
        if created {
            if !pendingEvaluations.isEmpty, let waiting = pendingEvaluations.removeValue(forKey: id) {
                traces.modify(slot) { record in for evaluation in waiting { record.attach(evaluation) } }
            }
            tracesSeen += 1
        }
        while spanCount > maxSpans && traces.count > 1 { evictOldest() }
        if after.content > before.content {
            if before.content == 0 { withContent.append(id) }
            contentBytes += after.content - before.content
            trimContent()
        }
        return result
    }

    private mutating func evictOldest() {
        guard var record = traces.removeOldest() else { return }
        evicted += 1
        // A full store evicts a trace for each new one: what the eviction two from now touches comes
        // into the cache meanwhile.
        traces.prefetchOldest(ahead: Self.prefetchedEvictions)
        contentBytes -= record.contentBytes
        spanCount -= record.spanCount
        if keepsSpans && evictedSpans.count < maxEvictedSpans {
            // Room for a few blocks' worth at once, instead of regrowing as each trace comes.
            if evictedSpans.capacity == 0 { evictedSpans.reserveCapacity(Self.evictedSpansReserved) }
            record.moveSpans(into: &evictedSpans)
        }
        guard spare == nil, record.isWorthReusing else { return }
        record.empty()
        spare = consume record
    }

    private static func apply<Input, Result>(
        _ body: (inout TraceRecord, borrowing Input) -> Result, _ input: borrowing Input, to record: inout TraceRecord,
        before: inout (content: Int, spans: Int), after: inout (content: Int, spans: Int)
    ) -> Result {
        before = (record.contentBytes, record.spanCount)
        let result = body(&record, input)
        after = (record.contentBytes, record.spanCount)
        return result
    }

    /// Keeps a score with the trace it names, for the trace views (a store without spans keeps none).
    /// A score that comes before its trace's first span waits for it.
    package mutating func attach(_ evaluation: Evaluation) {
        guard keepsSpans, let id = evaluation.traceID else { return }
        if let slot = traces.slot(of: id) {
            traces.modify(slot) { _ = $0.attach(evaluation) }
            return
        }
        if pendingEvaluations[id] == nil {
            if pendingOrder.count >= Self.maxPendingTraces, let oldest = pendingOrder.popFirst() {
                pendingEvaluations[oldest] = nil
            }
            pendingOrder.append(id)
        }
        if pendingEvaluations[id, default: []].count < TraceRecord.maxEvaluations {
            pendingEvaluations[id, default: []].append(evaluation)
        }
    }

    private mutating func trimContent() {
        while contentBytes > maxContentBytes, let oldest = withContent.popFirst() {
            guard let slot = traces.slot(of: oldest) else { continue }
            contentBytes -= traces.modify(slot) { $0.dropContent() }
        }
    }
}
