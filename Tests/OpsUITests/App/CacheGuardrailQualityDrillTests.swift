import OpsModel
import OpsEngine
import Testing

@testable import OpsUI

/// Enter on the cache, guardrails and quality panels opens the traces behind the row.
struct CacheGuardrailQualityDrillTests {
    let store = GuardedTraceFixtures.store()

    func ids(_ origin: DrillTarget, sort: TraceSort? = nil, filter: String = "") throws -> [String] {
        let query = TraceQuery(origin: origin, filter: try FilterParser.parse(filter).get())
        return TraceListModel().run(query, sort: sort ?? query.defaultSort, traces: store.traces).rows.map(\.traceID.description)
    }

    @Test func cacheRowsListHitsAndMisses() throws {
        #expect(try ids(.cache(hit: true)) == ["t-hit"])
        #expect(try ids(.cache(hit: false)) == ["t-miss"])
    }

    @Test func guardrailRowsListBlockedAndFlaggedTracesByGuardrailReasonAndUser() throws {
        #expect(try ids(.guardrail(.all)) == ["t-limit", "t-pii", "t-jail"])
        // A pass is not a hit of its guardrail.
        #expect(try ids(.guardrail(.guardrail("jailbreak"))) == ["t-jail"])
        #expect(try ids(.guardrail(.reason("email address"))) == ["t-pii"])
        // The user is the guardrail span's own (as the engine counts top users), not its trace root's.
        #expect(try ids(.guardrail(.user("u_666"))) == ["t-limit"])
        #expect(try ids(.guardrail(.user("u_3"))).isEmpty)
    }

    @Test func qualityRowListsTheMetricsTracesLowestScoreFirst() throws {
        let query = TraceQuery(origin: .quality(metric: "faithfulness"))
        #expect(query.defaultSort == .score)
        let result = TraceListModel().run(query, sort: query.defaultSort, traces: store.traces)
        // Each trace by its lowest score: t-miss 0.62, t-pii 0.81, t-hit 0.95.
        #expect(result.rows.map(\.traceID.description) == ["t-miss", "t-pii", "t-hit"])
        #expect(result.sort.label == "score")
        #expect(result.title == "Lowest-scored traces · faithfulness")
        // `s` to time: newest first, labelled as such.
        let byTime = TraceListModel().run(query, sort: .time, traces: store.traces)
        #expect(byTime.rows.map(\.traceID.description) == ["t-pii", "t-miss", "t-hit"])
        #expect(byTime.sort.label == "time")
        #expect(result.scores == [0.62, 0.81, 0.95])
        #expect(TraceListModel().run(TraceQuery(origin: .cache(hit: true)), sort: .time, traces: store.traces).scores.isEmpty)
        let lines = render(TraceListView(result: result, position: .top, window: .fiveMinutes), width: 80, height: 7)
        expectSnapshot(lines, named: "issue13-quality-list-80x7")
        // A label-only metric still lists its traces.
        #expect(try ids(.quality(metric: "answer_relevancy")) == ["t-pii"])
    }

    @Test func scoreSortsLowestFirstAndOnlyAQualityListCyclesThroughIt() throws {
        let query = TraceQuery(origin: .quality(metric: "faithfulness"))
        // By score the lowest first; by latency the slowest first (t-miss 2 s, t-pii 1 s, t-hit 50 ms), as any list.
        let byScore = TraceListModel().run(query, sort: .score, traces: store.traces)
        #expect(byScore.rows.map(\.traceID.description) == ["t-miss", "t-pii", "t-hit"])
        #expect(byScore.scores == [0.62, 0.81, 0.95])
        let byLatency = TraceListModel().run(query, sort: .latency, traces: store.traces)
        #expect(byLatency.rows.map(\.traceID.description) == ["t-miss", "t-pii", "t-hit"])
        #expect(byLatency.sort.label == "latency")
        // A list without a metric ranks no trace by score: newest first.
        let cache = TraceListModel().run(TraceQuery(origin: .cache(hit: true)), sort: .score, traces: store.traces)
        #expect(cache.rows.map(\.traceID.description) == TraceListModel().run(
            TraceQuery(origin: .cache(hit: true)), sort: .time, traces: store.traces).rows.map(\.traceID.description))

        var state = AppState(size: TerminalSize(width: 120, height: 40))
        let context = ReduceContext(panels: StubPanels(rows: [.quality: [.quality(metric: "faithfulness")]]))
        state.focus = .quality
        _ = AppReducer.reduce(&state, .drillDown, context: context)
        var seen = [state.listSort]
        for _ in 0..<5 {
            #expect(AppReducer.reduce(&state, .cycleSort, context: context) == [.refreshNow])
            seen.append(state.listSort)
        }
        #expect(seen == [.score, .time, .latency, .cost, .errors, .score])
        _ = AppReducer.reduce(&state, .back, context: context)
        var dashboard: [TraceSort] = [state.dashboardSort]
        for _ in 0..<4 {
            _ = AppReducer.reduce(&state, .cycleSort, context: context)
            dashboard.append(state.dashboardSort)
        }
        #expect(dashboard == [.time, .latency, .cost, .errors, .time])
    }

    @Test func reducerOpensEachPanelsDrillFromItsRows() {
        let panels = StubPanels(rows: [
            .cache: [.cache(hit: true), .cache(hit: false)],
            .guardrails: [.guardrail(.guardrail("jailbreak")), .guardrail(.reason("email address"))],
            .quality: [.quality(metric: "faithfulness")],
        ])
        var state = AppState(size: TerminalSize(width: 120, height: 40))
        func send(_ actions: AppAction...) {
            for action in actions {
                var list = TraceListResult.empty
                if case .traceList(let query) = state.route {
                    list = TraceListModel().run(query, sort: state.listSort, traces: store.traces)
                }
                let trace = state.route.traceID.flatMap { store.traces[$0] }
                _ = AppReducer.reduce(&state, action, context: ReduceContext(panels: panels, list: list, trace: trace))
            }
        }
        state.focus = .cache
        send(.moveDown, .drillDown)
        #expect(state.route == .traceList(TraceQuery(origin: .cache(hit: false))))
        send(.drillDown)
        #expect(state.route == .trace(TraceID("t-miss")))
        send(.back, .back)
        state.focus = .guardrails
        send(.moveDown, .drillDown, .drillDown)
        #expect(state.route == .trace(TraceID("t-pii")))
        send(.back, .back)
        state.focus = .quality
        send(.drillDown)
        #expect(state.listSort == .score)
        send(.drillDown)
        #expect(state.route == .trace(TraceID("t-miss")), "the lowest-scored trace comes first")
        // Its LLM span carries the evaluator's explanation.
        send(.moveDown, .moveDown, .drillDown)
        #expect(state.route == .span(TraceID("t-miss"), SpanID("m2")))
    }

    @Test func tabVisitsOnlyThePanelsOnScreen() {
        let panels = StubPanels(rows: [.cache: [.cache(hit: true)], .quality: [.quality(metric: "faithfulness")]])
        func order(_ size: TerminalSize) -> [PanelID] {
            var state = AppState(size: size)
            var seen: [PanelID] = []
            for _ in 0..<9 {
                _ = AppReducer.reduce(&state, .focusNextPanel, context: ReduceContext(panels: panels))
                seen.append(state.focus)
            }
            return seen
        }
        #expect(order(TerminalSize(width: 120, height: 40)) == [
            .latency, .errors, .breakers, .alerts, .cache, .quality, .traces, .cost, .latency,
        ])
        // At 80×24 the optional panels have no place: Tab skips them.
        #expect(order(TerminalSize(width: 80, height: 24)) == [
            .latency, .errors, .breakers, .alerts, .traces, .cost, .latency, .errors, .breakers,
        ])
        var state = AppState(size: TerminalSize(width: 120, height: 40))
        state.focus = .cost
        _ = AppReducer.reduce(&state, .focusPreviousPanel, context: ReduceContext(panels: panels))
        #expect(state.focus == .traces)
        _ = AppReducer.reduce(&state, .focusPreviousPanel, context: ReduceContext(panels: panels))
        #expect(state.focus == .quality)
    }

    @Test func dashboardModelRowsAndTargetsFollowTheFigures() {
        let model = DashboardModel(CacheGuardrailQualityFixture.input())
        #expect(model.panelsWithData == [.cache, .guardrails, .quality])
        #expect(model.rowCount(.cache) == 2)
        #expect(model.drillTarget(.cache, row: 0) == .cache(hit: true))
        #expect(model.drillTarget(.cache, row: 1) == .cache(hit: false))
        // Three guardrails, two reasons, two users.
        #expect(model.rowCount(.guardrails) == 7)
        #expect(model.drillTarget(.guardrails, row: 0) == .guardrail(.guardrail("jailbreak")))
        #expect(model.drillTarget(.guardrails, row: 3) == .guardrail(.reason("prompt injection")))
        #expect(model.drillTarget(.guardrails, row: 5) == .guardrail(.user("u_666")))
        #expect(model.drillTarget(.quality, row: 1) == .quality(metric: "faithfulness"))
        #expect(model.drillTarget(.quality, row: 3) == nil)
    }

    @Test func aSourceThatCannotKnowTheFiguresHasNoPanels() {
        var input = CacheGuardrailQualityFixture.input()
        input.snapshot.coverage.subtract([.cache, .guardrails, .quality])
        let model = DashboardModel(input)
        #expect(model.panelsWithData.isEmpty)
        #expect(model.rowCount(.cache) == 0 && model.rowCount(.guardrails) == 0 && model.rowCount(.quality) == 0)
    }

    @Test func providerCachingAloneIsALineOfTheCostPanelNotAPanel() {
        let cache = CacheSummary(inputTokens: 1_000, cachedInputTokens: 250, providerCacheSavedUSD: 0.5)
        let input = CacheGuardrailQualityFixture.input(cache: cache, guardrails: GuardrailSummary(), quality: QualitySummary())
        let model = DashboardModel(input)
        #expect(model.panelsWithData.isEmpty)
        let full = DashboardFixture.render(input, width: 120, height: 40).lines
        #expect(!full.joined().contains("╭ Cache"))
        let cost = full.filter { $0.hasPrefix("│ prompt cache") }
        #expect(cost.count == 1 && cost[0].contains("prompt cache 25%  saved $0.500"))
        let compact = DashboardFixture.render(input, width: 60, height: 20).lines.joined(separator: "\n")
        #expect(compact.contains("cache    prompt cache 25% of input  saved $0.500"))
        // With the cache panel on screen, the cost panel leaves it to the panel.
        let both = DashboardFixture.render(CacheGuardrailQualityFixture.input(), width: 120, height: 40).lines
        #expect(both.filter { $0.contains("prompt cache") }.isEmpty)
        #expect(both.contains { $0.contains("│ provider cache 34%") })
    }
}
