import OpsModel
import Testing

@testable import OpsEngine

/// The notable lists rank traces by the figures their summaries state, and a record gives those
/// figures (``TraceRecord/notable``) without building its summary.
struct NotableTracesTests {
    static func trace(_ id: String, start: Int64 = 0, duration: Int64, cost: Double = 0, failed: Bool = false)
        -> NotableTraces.Trace
    {
        NotableTraces.Trace(traceID: TraceID(id), startNanos: start, durationNanos: duration, costUSD: cost, isFailed: failed)
    }

    @Test func listsKeepTheSlowestTheCostliestAndTheNewestFailed() {
        var lists = NotableTraces(limit: 2, failedLimit: 2)
        lists.consider(Self.trace("a", duration: 30, cost: 0.2))
        lists.consider(Self.trace("b", duration: 10, failed: true))
        lists.consider(Self.trace("c", duration: 50, cost: 0.1, failed: true))
        lists.consider(Self.trace("d", duration: 20, cost: 0.3, failed: true))
        #expect(lists.slowest.map(\.traceID) == [TraceID("c"), TraceID("a")])
        // b cost nothing: never among the costliest.
        #expect(lists.costliest.map(\.traceID) == [TraceID("d"), TraceID("a")])
        #expect(lists.failed.map(\.traceID) == [TraceID("c"), TraceID("d")])
        // A trace seen again replaces its figures, even when they rank lower now.
        lists.consider(Self.trace("c", duration: 5, cost: 0.1, failed: true))
        #expect(lists.slowest.map(\.durationNanos) == [30, 5])
        #expect(lists.failed.map(\.traceID) == [TraceID("d"), TraceID("c")])
    }

    @Test func mergingKeepsTheFailedInTimeOrder() {
        var early = NotableTraces(limit: 3, failedLimit: 3)
        early.consider(Self.trace("x", start: 100, duration: 1, failed: true))
        var late = NotableTraces(limit: 3, failedLimit: 3)
        late.consider(Self.trace("y", start: 300, duration: 2, failed: true))
        late.consider(Self.trace("z", start: 200, duration: 3, failed: true))
        early.merge(late)
        #expect(early.failed.map(\.startNanos) == [100, 200, 300])
        #expect(early.slowest.map(\.traceID) == [TraceID("z"), TraceID("y"), TraceID("x")])
    }

    static func span(
        _ id: String, parent: String? = nil, start: Int64, end: Int64, status: SpanStatus = .ok
    ) -> Span {
        Span(
            traceID: TraceID("t"), spanID: SpanID(id), parentID: parent.map { SpanID($0) }, name: "step \(id)",
            component: .llm, status: status, startNanos: start, endNanos: end, requestModel: "m-\(id)")
    }

    /// One root, several roots (attempts of one request), no root: the figures of `summary` each time.
    @Test(arguments: [
        [
            NotableTracesTests.span("r", start: 100, end: 900),
            NotableTracesTests.span("a", parent: "r", start: 50, end: 1_200, status: .error),
        ],
        [
            NotableTracesTests.span("r1", start: 100, end: 400),
            NotableTracesTests.span("r2", start: 500, end: 1_500, status: .error),
        ],
        [
            NotableTracesTests.span("a", parent: "gone", start: 300, end: 700),
            NotableTracesTests.span("b", parent: "gone", start: 200, end: 600),
        ],
    ])
    func aRecordRanksAsItsSummaryStates(spans: [Span]) {
        var record = TraceRecord(traceID: TraceID("t"))
        for (index, span) in spans.enumerated() {
            record.append(span, costUSD: 0.1 * Double(index + 1), countsUsage: index != 1, errorCategory: nil)
        }
        let summary = record.summary
        #expect(record.notable == NotableTraces.Trace(summary))
    }

    @Test func notableFiguresByHand() {
        var record = TraceRecord(traceID: TraceID("t"))
        record.append(Self.span("r1", start: 100, end: 400), costUSD: 0.25, countsUsage: true, errorCategory: nil)
        record.append(
            Self.span("r2", start: 500, end: 1_500, status: .error), costUSD: 0.5, countsUsage: false, errorCategory: nil)
        record.append(Self.span("c", parent: "r2", start: 600, end: 700), costUSD: 0.125, countsUsage: true, errorCategory: nil)
        // Two roots: from the first start (100) to the last end (1 500); r2's cost does not count.
        #expect(record.notable == Self.trace("t", start: 100, duration: 1_400, cost: 0.375, failed: true))
    }
}
