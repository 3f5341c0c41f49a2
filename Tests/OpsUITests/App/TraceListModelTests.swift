import OpsModel
import OpsEngine
import Testing

@testable import OpsUI

struct TraceListModelTests {
    let store = TraceFixtures.store()
    let model = TraceListModel()

    private func ids(_ result: TraceListResult) -> [String] {
        result.rows.map(\.traceID.description)
    }

    @Test func allTracesNewestFirst() {
        let result = model.run(TraceQuery(), sort: .time, traces: store.traces)
        #expect(ids(result) == ["t-orphan", "t-lookup", "t-refund", "t-answer"])
        #expect(result.title == "Traces")
        #expect(result.matched == 4)
    }

    @Test func errorCategoryDrillListsTheFailedTracesOfThatKind() {
        let transient = model.run(TraceQuery(origin: .errorCategory(.transient)), sort: .time, traces: store.traces)
        #expect(ids(transient) == ["t-refund"])
        #expect(transient.title == "Failed traces · transient errors")
        let system = model.run(TraceQuery(origin: .errorType("ToolTimeout")), sort: .time, traces: store.traces)
        #expect(ids(system) == ["t-lookup"])
    }

    @Test func modelDrillMatchesAnySpanOfTheTrace() {
        let result = model.run(TraceQuery(origin: .model("gpt-4o")), sort: .cost, traces: store.traces)
        #expect(ids(result) == ["t-answer"])
        #expect(TraceQuery(origin: .model("gpt-4o")).defaultSort == .cost)
    }

    @Test func latencyDrillSortsByTheComponentsSlowestSpan() {
        let query = TraceQuery(origin: .latency(.tool))
        #expect(query.defaultSort == .latency)
        let result = model.run(query, sort: .latency, traces: store.traces)
        // lookup_order took 5s in t-lookup and 0.3s in t-answer.
        #expect(ids(result) == ["t-lookup", "t-answer"])
        let llm = model.run(TraceQuery(origin: .latency(.llm)), sort: .latency, traces: store.traces)
        #expect(ids(llm) == ["t-refund", "t-answer", "t-orphan"])
    }

    @Test func breakerDrillNamesTheTransitionsInTheTitle() {
        var store = TraceFixtures.store()
        store.ingest(.breaker(BreakerEvent(timeNanos: TraceFixtures.at(24), target: "lookup_order", state: .open)))
        store.ingest(.breaker(BreakerEvent(timeNanos: TraceFixtures.at(54), target: "lookup_order", state: .halfOpen)))
        let result = model.run(
            TraceQuery(origin: .breaker("lookup_order")), sort: .time, traces: store.traces, breakers: store.breakers)
        #expect(ids(result) == ["t-lookup"])
        #expect(result.title == "Failures of lookup_order around transitions at 12:00:24, 12:00:54")
    }

    @Test func alertDrillUsesItsOwnWindow() {
        let query = TraceQuery(origin: .alert(id: "error-rate", from: TraceFixtures.at(5), to: TraceFixtures.at(21)))
        let result = model.run(query, sort: .time, window: .oneMinute, now: TraceFixtures.at(3600), traces: store.traces)
        #expect(ids(result) == ["t-lookup", "t-refund"])
    }

    @Test func windowNarrowsToRecentStarts() {
        let result = model.run(TraceQuery(), sort: .time, window: .oneMinute, now: TraceFixtures.at(75), traces: store.traces)
        #expect(ids(result) == ["t-orphan", "t-lookup"])
    }

    @Test func filterNarrowsTheDrill() throws {
        let filter = try FilterParser.parse("user:u42 status:error").get()
        let result = model.run(TraceQuery(filter: filter), sort: .time, traces: store.traces)
        #expect(ids(result) == ["t-lookup"])
        #expect(result.title == "Traces / user:u42 status:error")
        let text = try FilterParser.parse("REFUND").get()
        #expect(ids(model.run(TraceQuery(filter: text), sort: .time, traces: store.traces)) == ["t-refund"])
        let slow = try FilterParser.parse("min:3s").get()
        #expect(ids(model.run(TraceQuery(filter: slow), sort: .latency, traces: store.traces)) == ["t-lookup", "t-refund"])
    }

    @Test func sortsByCostAndErrors() {
        let cost = model.run(TraceQuery(), sort: .cost, traces: store.traces)
        #expect(ids(cost) == ["t-answer", "t-orphan", "t-refund", "t-lookup"])
        let errors = model.run(TraceQuery(), sort: .errors, traces: store.traces)
        #expect(ids(errors) == ["t-lookup", "t-refund", "t-orphan", "t-answer"])
    }

    @Test func limitCapsRowsButCountsEveryMatch() {
        var store = MetricsStore()
        for index in 0..<50 {
            store.ingest(.span(TraceFixtures.span("bulk-\(index)", "s", name: "job", from: Double(index), to: Double(index) + 0.5)))
        }
        let result = TraceListModel(limit: 10).run(TraceQuery(), sort: .time, traces: store.traces)
        #expect(result.rows.count == 10)
        #expect(result.matched == 50)
        #expect(result.isTruncated)
        #expect(result.rows.first?.traceID == TraceID("bulk-49"))
        let slowest = TraceListModel(limit: 10).run(TraceQuery(), sort: .latency, traces: store.traces)
        #expect(slowest.rows.count == 10)
    }
}
