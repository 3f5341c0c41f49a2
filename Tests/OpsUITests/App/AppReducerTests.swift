import OpsModel
import Testing

@testable import OpsUI
import OpsEngine

struct AppReducerTests {
    let store = TraceFixtures.store()
    let panels = StubPanels(rows: [
        .cost: [.model("gpt-4o"), .model("gpt-4o-mini")],
        .errors: [.errorCategory(.system), .errorCategory(.transient), .errorType("RateLimitError")],
        .traces: [.trace(TraceID("t-answer"))],
    ])

    /// The context the runtime would build for the state as it stands.
    func context(_ state: AppState, replaying: Bool = false) -> ReduceContext {
        var list = TraceListResult.empty
        if case .traceList(let query) = state.route {
            list = TraceListModel().run(query, sort: state.listSort, traces: store.traces)
        }
        let trace = state.route.traceID.flatMap { store.traces[$0] }
        return ReduceContext(panels: panels, isReplaying: replaying, list: list, trace: trace, themeCount: 5)
    }

    @discardableResult
    func send(_ state: inout AppState, _ actions: AppAction..., replaying: Bool = false) -> [AppEffect] {
        var effects: [AppEffect] = []
        for action in actions {
            effects += AppReducer.reduce(&state, action, context: context(state, replaying: replaying))
        }
        return effects
    }

    @Test func tabCyclesFocusThroughThePanelsBothWays() {
        var state = AppState()
        #expect(state.focus == .cost)
        send(&state, .focusNextPanel, .focusNextPanel)
        #expect(state.focus == .errors)
        send(&state, .focusPreviousPanel, .focusPreviousPanel, .focusPreviousPanel)
        #expect(state.focus == .traces)
        send(&state, .focusNextPanel)
        #expect(state.focus == .cost)
    }

    @Test func panelSelectionIsClampedToItsRows() {
        var state = AppState()
        state.focus = .errors
        send(&state, .moveDown, .moveDown, .moveDown, .moveDown)
        #expect(state.panelSelection[.errors] == 2)
        send(&state, .moveToTop)
        #expect(state.panelSelection[.errors] == 0)
        send(&state, .moveUp)
        #expect(state.panelSelection[.errors] == 0)
        send(&state, .moveToBottom)
        #expect(state.panelSelection[.errors] == 2)
        state.focus = .alerts
        send(&state, .moveDown, .pageDown)
        #expect(state.panelSelection[.alerts] == 0)
    }

    @Test func enterOnAnErrorRowOpensItsFailedTracesThenATraceThenASpan() {
        var state = AppState()
        state.focus = .errors
        send(&state, .moveDown, .drillDown)
        #expect(state.route == .traceList(TraceQuery(origin: .errorCategory(.transient))))
        #expect(context(state).list.rows.map(\.traceID) == [TraceID("t-refund")])
        send(&state, .drillDown)
        #expect(state.route == .trace(TraceID("t-refund")))
        send(&state, .moveDown, .drillDown)
        #expect(state.route == .span(TraceID("t-refund"), SpanID("r1")))
        #expect(state.routes.count == 4)
        send(&state, .back)
        #expect(state.route == .trace(TraceID("t-refund")))
        #expect(state.traceView.selected == 1)
        send(&state, .back, .back)
        #expect(state.route == .dashboard)
        send(&state, .back)
        #expect(state.route == .dashboard)
    }

    @Test func enterOnATracesPanelRowOpensTheTraceDirectly() {
        var state = AppState()
        state.focus = .traces
        send(&state, .drillDown)
        #expect(state.route == .trace(TraceID("t-answer")))
        #expect(state.routes == [.dashboard, .trace(TraceID("t-answer"))])
    }

    @Test func enterOnAnEmptyPanelRingsTheBell() {
        var state = AppState()
        state.focus = .alerts
        #expect(send(&state, .drillDown) == [.bell])
        #expect(state.route == .dashboard)
    }

    @Test func aModelDrillStartsSortedByCostAndSCycles() {
        var state = AppState()
        send(&state, .drillDown)
        #expect(state.listSort == .cost)
        #expect(send(&state, .cycleSort) == [.refreshNow])
        #expect(state.listSort == .errors)
        send(&state, .cycleSort)
        #expect(state.listSort == .time)
        send(&state, .back, .cycleSort)
        #expect(state.dashboardSort == .latency)
    }

    @Test func listSelectionClampsAndPages() {
        var state = AppState()
        send(&state, .openFilter, .promptApply)
        #expect(state.route == .dashboard, "an empty filter on the dashboard opens nothing")
        state.filterPrompt = FilterPrompt(text: "status:error")
        send(&state, .promptApply)
        #expect(context(state).list.rows.count == 2)
        send(&state, .pageDown)
        #expect(state.list.selected == 1)
        send(&state, .moveDown)
        #expect(state.list.selected == 1)
        send(&state, .moveToTop)
        #expect(state.list.selected == 0)
    }

    @Test func filterPromptEditsAppliesAndCancels() {
        var state = AppState()
        send(&state, .drillDown)
        send(&state, .openFilter)
        #expect(state.keyScope == .filterPrompt)
        for character in "user:u7x" { send(&state, .promptInsert(character)) }
        send(&state, .promptBackspace, .promptLeft, .promptLeft, .promptHome, .promptDelete, .promptEnd)
        #expect(state.filterPrompt?.input.text == "ser:u7")
        send(&state, .promptHome, .promptInsert("u"), .promptEnd)
        send(&state, .promptLeft, .promptClearToStart)
        #expect(state.filterPrompt?.input.text == "7")
        #expect(state.filterPrompt?.input.cursor == 0)
        send(&state, .promptCancel)
        #expect(state.filterPrompt == nil)
        guard case .traceList(let untouched) = state.route else { return }
        #expect(untouched.filter.isEmpty)

        send(&state, .openFilter)
        for character in "min:1s" { send(&state, .promptInsert(character)) }
        #expect(send(&state, .promptApply) == [.refreshNow])
        guard case .traceList(let query) = state.route else {
            Issue.record("not a list: \(state.route)")
            return
        }
        #expect(query.origin == .model("gpt-4o"))
        #expect(query.filter.minDurationNanos == 1_000_000_000)
        send(&state, .openFilter)
        #expect(state.filterPrompt?.input.text == "min:1s", "the prompt reopens with the filter in force")
    }

    @Test func aBadFilterKeepsThePromptOpenWithTheReason() {
        var state = AppState()
        send(&state, .openFilter)
        for character in "modle:gpt-4o" { send(&state, .promptInsert(character)) }
        #expect(send(&state, .promptApply) == [.bell])
        #expect(state.filterPrompt?.error?.message == "unknown filter 'modle:'; did you mean 'model:'?")
        send(&state, .promptInsert(" "))
        #expect(state.filterPrompt?.error == nil)
    }

    @Test func searchInATraceJumpsBetweenMatchingSpans() {
        var state = AppState()
        state.focus = .traces
        send(&state, .drillDown)
        state.filterPrompt = FilterPrompt(text: "model:gpt-4o")
        send(&state, .promptApply)
        // Rows: answer_question, chat gpt-4o (a1), lookup_order, chat gpt-4o (a3).
        #expect(state.traceView.selected == 1)
        send(&state, .nextMatch)
        #expect(state.traceView.selected == 3)
        send(&state, .nextMatch)
        #expect(state.traceView.selected == 1)
        send(&state, .previousMatch)
        #expect(state.traceView.selected == 3)
        state.filterPrompt = FilterPrompt(text: "tool:nothing")
        #expect(send(&state, .promptApply) == [.bell])
        #expect(state.message?.text == "no span matches 'tool:nothing'")
    }

    @Test func nInAFilteredListStepsThroughTheMatchesWrapping() {
        var state = AppState()
        state.filterPrompt = FilterPrompt(text: "status:error")
        send(&state, .promptApply)
        send(&state, .nextMatch)
        #expect(state.list.selected == 1)
        send(&state, .nextMatch)
        #expect(state.list.selected == 0)
        send(&state, .previousMatch)
        #expect(state.list.selected == 1)
    }

    @Test func windowKeysPauseAndThemeCycle() {
        var state = AppState()
        #expect(send(&state, .selectWindow(.oneHour)) == [.refreshNow])
        #expect(state.window == .oneHour)
        #expect(send(&state, .selectWindow(.oneHour)).isEmpty)
        #expect(send(&state, .togglePause).isEmpty)
        #expect(state.isDisplayPaused)
        #expect(send(&state, .togglePause) == [.refreshNow])
        #expect(!state.isDisplayPaused)
        send(&state, .cycleTheme, .cycleTheme, .cycleTheme, .cycleTheme)
        #expect(state.themeIndex == 4)
        send(&state, .cycleTheme)
        #expect(state.themeIndex == 0)
    }

    @Test func replayKeysActOnlyWhenReplaying() {
        var state = AppState()
        #expect(send(&state, .replay(.togglePause)).isEmpty)
        #expect(send(&state, .replay(.seek(seconds: -60))).isEmpty)
        #expect(send(&state, .replay(.togglePause), replaying: true) == [.replay(.togglePause)])
        #expect(send(&state, .replay(.seek(seconds: 600)), replaying: true) == [.replay(.seek(seconds: 600))])
        #expect(send(&state, .replay(.step), replaying: true) == [.replay(.step)])
    }

    @Test func capitalGJumpsTheReplayToTheEndOnlyOnTheDashboard() {
        var state = AppState()
        state.focus = .errors
        #expect(send(&state, .moveToBottom, replaying: true) == [.replay(.toEnd)])
        #expect(state.panelSelection[.errors] == nil)
        #expect(send(&state, .moveToBottom).isEmpty)
        #expect(state.panelSelection[.errors] == 2)
        state.filterPrompt = FilterPrompt(text: "status:error")
        send(&state, .promptApply)
        #expect(send(&state, .moveToBottom, replaying: true).isEmpty, "in a list G is the last row, replay or not")
        #expect(state.list.selected == 1)
    }

    @Test func yCopiesAndWWritesTheTraceInView() {
        var state = AppState()
        #expect(send(&state, .copyTraceID) == [.bell])
        state.focus = .traces
        #expect(send(&state, .copyTraceID) == [.copyToClipboard("t-answer")])
        #expect(state.message?.text == "copied trace id t-answer to the clipboard")
        send(&state, .focusNextPanel, .focusPreviousPanel, .drillDown, .moveDown, .drillDown)
        #expect(send(&state, .writeTrace) == [.writeTrace(TraceID("t-answer"))])
        send(&state, .messagePosted(StatusMessage("wrote trace to /tmp/opstop-trace-t-answer.json")))
        #expect(state.message?.text == "wrote trace to /tmp/opstop-trace-t-answer.json")
    }

    @Test func messagesExpireAfterTheirTicks() {
        var state = AppState()
        let context = ReduceContext(messageLifetimeTicks: 3)
        _ = AppReducer.reduce(&state, .messagePosted(StatusMessage("hello")), context: context)
        for _ in 0..<2 { _ = AppReducer.reduce(&state, .ticked, context: context) }
        #expect(state.message?.text == "hello")
        _ = AppReducer.reduce(&state, .ticked, context: context)
        #expect(state.message == nil)
    }

    @Test func helpTogglesAndTakesEscapeFirst() {
        var state = AppState()
        send(&state, .drillDown, .toggleHelp)
        #expect(state.keyScope == .help)
        send(&state, .back)
        #expect(!state.isHelpVisible)
        #expect(state.route == .traceList(TraceQuery(origin: .model("gpt-4o"))))
        send(&state, .toggleHelp, .openFilter)
        #expect(!state.isHelpVisible)
        #expect(state.keyScope == .filterPrompt)
    }

    @Test func spanDetailScrollsWithinItsLines() {
        var state = AppState(size: TerminalSize(width: 60, height: 12))
        state.focus = .traces
        send(&state, .drillDown, .moveDown, .drillDown)
        send(&state, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
        let entry = store.traces[TraceID("t-answer")]?.entry(for: SpanID("a1"))
        let total = entry.map { SpanDetailView.lines(for: $0, width: 56).count } ?? 0
        #expect(total > 11)
        #expect(state.spanScroll == total - ScreenLayout.spanLines(state.size))
        send(&state, .moveToTop)
        #expect(state.spanScroll == 0)
    }

    @Test func resizeKeepsTheSelectionInView() {
        var state = AppState()
        state.filterPrompt = FilterPrompt(text: "status:error")
        send(&state, .promptApply, .moveDown)
        send(&state, .resized(TerminalSize(width: 40, height: 5)))
        #expect(state.size == TerminalSize(width: 40, height: 5))
        #expect(state.list.selected == 1)
        #expect(state.list.offset == 1)
    }

    @Test func quitFromAnywhere() {
        var state = AppState()
        #expect(send(&state, .quit) == [.quit])
    }
}
