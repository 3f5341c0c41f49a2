import OpsModel
import OpsEngine

/// Runs a ``TraceQuery`` over the trace store and returns the rows of a list.
///
/// Pure: one pass over the store (newest first), figures computed only for matching traces.
package struct TraceListModel: Sendable {
    /// At most this many rows.
    package var limit: Int
    /// For a breaker: failures this close to one of its transitions.
    package var breakerMarginNanos: Int64

    package init(limit: Int = 500, breakerMarginNanos: Int64 = 120 * TimeWindow.nanosPerSecond) {
        self.limit = Swift.max(1, limit)
        self.breakerMarginNanos = breakerMarginNanos
    }

    /// The rows for `query`, in `sort` order.
    ///
    /// - Parameters:
    ///   - window: narrows to traces started in the window ending at `now` (unless the query
    ///     brings its own span of time).
    ///   - breakers: the transitions a breaker drill-down is centred on; without them, all of its failures.
    package func run(
        _ query: TraceQuery, sort: TraceSort, window: TimeWindow = .all, now: Int64 = .max,
        traces: TraceStore, breakers: BreakerBoard? = nil, exemplars: [LatencyExemplars] = []
    ) -> TraceListResult {
        if case .exemplars(let kind, let name, let percentile) = query.origin {
            let rows = exemplarRows(exemplars.first { $0.kind == kind && $0.name == name }, percentile: percentile, traces: traces)
            let sorted = sort == .time ? rows.sorted { $0.startNanos > $1.startNanos } : rows
            return TraceListResult(
                rows: Array(sorted.prefix(limit)), title: title(query, transitions: []), matched: rows.count, sort: sort)
        }
        var transitions: [Int64] = []
        if case .breaker(let target) = query.origin, let status = breakers?.status(of: target) {
            transitions = status.transitions.map(\.timeNanos)
        }
        let since: Int64? = query.usesWindow ? window.nanos.map { now &- $0 } : nil
        var matches: [Candidate] = []
        var matched = 0
        let stopEarly = sort == .time && query.defaultSort == .time
        for id in traces.newestFirst {
            guard let record = traces[id] else { continue }
            let facts = TraceFacts(record)
            if let since, facts.startNanos < since { continue }
            guard let key = originKey(query.origin, record: record, facts: facts, transitions: transitions),
                query.filter.matches(record, durationNanos: facts.durationNanos, isFailed: facts.failedSpans > 0)
            else { continue }
            matched += 1
            if stopEarly && matches.count >= limit { continue }
            var candidate = Candidate(id: id, facts: facts, key: key)
            if case .quality(let metric) = query.origin { candidate.score = Self.lowestScore(of: metric, in: record) }
            matches.append(candidate)
        }
        let ordered = Self.sorted(matches, by: sort)
        var rows: [TraceSummary] = []
        var scores: [Double?] = []
        for candidate in ordered.prefix(limit) {
            guard let summary = traces[candidate.id]?.summary else { continue }
            rows.append(summary)
            if case .quality = query.origin { scores.append(candidate.score.isFinite ? candidate.score : nil) }
        }
        return TraceListResult(
            rows: rows, title: title(query, transitions: transitions), matched: matched, sort: sort, scores: scores)
    }

    /// A trace the exemplar names: its summary when a log or OTLP source has it, else a row that
    /// says so (no spans; opening it explains).
    func exemplarRows(_ set: LatencyExemplars?, percentile: Double, traces: TraceStore) -> [TraceSummary] {
        guard let set else { return [] }
        var seen: Set<String> = []
        return set.atOrAbove(percentile: percentile).compactMap { exemplar in
            guard seen.insert(exemplar.traceID).inserted else { return nil }
            let id = TraceID(exemplar.traceID)
            if let summary = traces[id]?.summary { return summary }
            return TraceSummary(
                traceID: id, name: Self.notLoaded, startNanos: exemplar.timeNanos ?? 0,
                durationNanos: Int64((exemplar.valueMs * 1_000_000).rounded()), spanCount: 0)
        }
    }

    /// The name of an exemplar trace no loaded log has.
    package static let notLoaded = "trace not in any loaded log"

    struct Candidate {
        var id: TraceID
        var facts: TraceFacts
        /// The latency sort key.
        var key: Int64
        /// The score sort key: the trace's lowest score of a quality drill-down's metric (infinity, last, for others).
        var score = Double.infinity
    }

    /// The lowest score of `metric` among the trace's evaluations; infinity when it has only labels.
    static func lowestScore(of metric: String, in record: TraceRecord) -> Double {
        var lowest = Double.infinity
        for evaluation in record.evaluations where TraceFilter.equalIgnoringCase(evaluation.name, metric) {
            if let score = evaluation.score, score.isFinite { lowest = Swift.min(lowest, score) }
        }
        return lowest
    }

    /// Whether the trace belongs to the origin and, if so, its latency sort key (the duration
    /// of the component's slowest span for a latency drill-down, else the trace's).
    func originKey(_ origin: DrillTarget?, record: TraceRecord, facts: TraceFacts, transitions: [Int64]) -> Int64? {
        let entries = record.entries
        switch origin {
        case .none:
            return facts.durationNanos
        case .model(let model):
            let uses = entries.contains { TraceFilter.matchesModel($0.span, [model]) }
            return uses ? facts.durationNanos : nil
        case .errorCategory(let category):
            return entries.contains { $0.span.isError && $0.errorCategory == category } ? facts.durationNanos : nil
        case .errorType(let type):
            let has = entries.contains { $0.span.isError && TraceFilter.matchesAny($0.span.error?.type, [type]) }
            return has ? facts.durationNanos : nil
        case .breaker(let target):
            let failing = entries.contains { entry in
                entry.span.isError && (TraceFilter.matchesAny(entry.span.tool, [target])
                    || TraceFilter.matchesModel(entry.span, [target]))
            }
            guard failing else { return nil }
            guard !transitions.isEmpty else { return facts.durationNanos }
            let start = facts.startNanos
            let end = start &+ facts.durationNanos
            let near = transitions.contains { $0 >= start &- breakerMarginNanos && $0 <= end &+ breakerMarginNanos }
            return near ? facts.durationNanos : nil
        case .alert(_, let from, let to):
            return facts.startNanos >= from && facts.startNanos <= to ? facts.durationNanos : nil
        case .latency(let component):
            if component == .query {
                return entries.contains { $0.span.isRoot } ? facts.durationNanos : nil
            }
            var slowest: Int64?
            for entry in entries where entry.span.component == component {
                slowest = Swift.max(slowest ?? 0, entry.span.durationNanos)
            }
            return slowest
        case .trace(let id):
            return record.traceID == id ? facts.durationNanos : nil
        case .cache(let hit):
            return entries.contains { $0.span.cache?.hit == hit } ? facts.durationNanos : nil
        case .guardrail(let drill):
            // The user is the guardrail span's own, as the engine counts top users.
            let hit = entries.contains { drill.matches($0.span.guardrail, userID: $0.span.userID) }
            return hit ? facts.durationNanos : nil
        case .quality(let metric):
            let scored = record.evaluations.contains { TraceFilter.equalIgnoringCase($0.name, metric) }
            return scored ? facts.durationNanos : nil
        case .exemplars:
            return nil
        }
    }

    static func sorted(_ rows: [Candidate], by sort: TraceSort) -> [Candidate] {
        let newer: (Candidate, Candidate) -> Bool = { $0.facts.startNanos > $1.facts.startNanos }
        switch sort {
        case .time:
            return rows.sorted(by: newer)
        case .latency:
            return rows.sorted { $0.key != $1.key ? $0.key > $1.key : newer($0, $1) }
        case .cost:
            return rows.sorted { $0.facts.costUSD != $1.facts.costUSD ? $0.facts.costUSD > $1.facts.costUSD : newer($0, $1) }
        case .errors:
            return rows.sorted {
                $0.facts.failedSpans != $1.facts.failedSpans ? $0.facts.failedSpans > $1.facts.failedSpans : newer($0, $1)
            }
        case .score:
            return rows.sorted { $0.score != $1.score ? $0.score < $1.score : newer($0, $1) }
        }
    }

    /// The list's title; a breaker's names the transitions (at most three, newest last).
    func title(_ query: TraceQuery, transitions: [Int64]) -> String {
        var text = query.originSummary
        if case .breaker = query.origin, !transitions.isEmpty {
            let shown = transitions.suffix(3).map { ClockText.time(nanos: $0) }
            text += " around transitions at " + shown.joined(separator: ", ") + (transitions.count > 3 ? ", …" : "")
        }
        if !query.filter.text.isEmpty { text += " / " + query.filter.text }
        return text
    }
}
