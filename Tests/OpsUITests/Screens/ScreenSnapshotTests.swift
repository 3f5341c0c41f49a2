import OpsModel
import Testing

@testable import OpsUI
import OpsEngine

/// Whole screens at 80×24 and 120×40, compared with the files under Snapshots/.
struct ScreenSnapshotTests {
    let store = TraceFixtures.store()

    /// A state on `route` with the positions a user would have reached.
    func state(_ routes: [Route], width: Int, height: Int) -> AppState {
        var state = AppState(window: .all, size: TerminalSize(width: width, height: height))
        for route in routes.dropFirst() { AppReducer.open(route, in: &state) }
        return state
    }

    func input(_ state: AppState, mode: ClockMode = .live) -> ScreenInput {
        var list = TraceListResult.empty
        if case .traceList(let query) = state.route {
            list = TraceListModel().run(query, sort: state.listSort, traces: store.traces, breakers: store.breakers)
        }
        return ScreenInput(
            mode: mode, list: list, trace: state.route.traceID.flatMap { store.traces[$0] }, clock: "12:00:31 UTC")
    }

    func screen(_ state: AppState, mode: ClockMode = .live, context: RenderContext = .unicode) -> [String] {
        var buffer = ScreenBuffer(width: state.size.width, height: state.size.height)
        ScreenRenderer.render(state, input: input(state, mode: mode), into: &buffer, context: context) { buffer, area in
            Block(title: "Dashboard").render(in: area, buffer: &buffer, context: context)
        }
        return buffer.lines
    }

    static let sizes = [(80, 24), (120, 40)]

    @Test(arguments: sizes) func traceList(width: Int, height: Int) {
        var state = state([.dashboard, .traceList(TraceQuery())], width: width, height: height)
        state.list.selected = 1
        expectSnapshot(screen(state), named: "trace-list-\(width)x\(height)")
    }

    @Test func emptyTraceList() {
        let filter = (try? FilterParser.parse("model:gpt-5").get()) ?? TraceFilter()
        let state = state([.dashboard, .traceList(TraceQuery(origin: .errorCategory(.user), filter: filter))], width: 80, height: 24)
        expectSnapshot(screen(state), named: "trace-list-empty-80x24")
    }

    @Test(arguments: sizes) func traceView(width: Int, height: Int) {
        var state = state([.dashboard, .trace(TraceID("t-answer"))], width: width, height: height)
        state.traceView.selected = 2
        expectSnapshot(screen(state), named: "trace-\(width)x\(height)")
    }

    @Test func failedTraceWithOrphansInASCII() {
        let state = state([.dashboard, .trace(TraceID("t-orphan"))], width: 80, height: 24)
        expectSnapshot(screen(state, context: .ascii), named: "trace-orphans-ascii-80x24")
    }

    @Test func evictedTrace() {
        let state = state([.dashboard, .trace(TraceID("gone"))], width: 80, height: 24)
        expectSnapshot(screen(state), named: "trace-evicted-80x24")
    }

    @Test(arguments: sizes) func spanDetail(width: Int, height: Int) {
        let state = state([.dashboard, .trace(TraceID("t-answer")), .span(TraceID("t-answer"), SpanID("a1"))], width: width, height: height)
        expectSnapshot(screen(state), named: "span-\(width)x\(height)")
    }

    @Test func failedSpanDetail() {
        let state = state([.dashboard, .trace(TraceID("t-refund")), .span(TraceID("t-refund"), SpanID("r1"))], width: 80, height: 24)
        expectSnapshot(screen(state), named: "span-failed-80x24")
    }

    @Test(arguments: sizes) func helpOverListInReplay(width: Int, height: Int) {
        var state = state([.dashboard, .traceList(TraceQuery())], width: width, height: height)
        state.isHelpVisible = true
        let mode = ClockMode.replay(speed: "4x", progress: 0.37, paused: false)
        expectSnapshot(screen(state, mode: mode), named: "help-list-replay-\(width)x\(height)")
    }

    @Test func filterPromptWithAnError() {
        var state = state([.dashboard, .traceList(TraceQuery(origin: .model("gpt-4o")))], width: 80, height: 24)
        state.filterPrompt = FilterPrompt(
            text: "modle:gpt-4o status:error",
            error: FilterError(token: "modle:gpt-4o", message: "unknown filter 'modle:'; did you mean 'model:'?"))
        expectSnapshot(screen(state), named: "prompt-error-80x24")
    }

    @Test func dashboardStatusBarWhilePaused() {
        var state = state([.dashboard], width: 80, height: 24)
        state.isDisplayPaused = true
        state.message = StatusMessage("wrote trace to /tmp/opstop-trace-t-answer.json")
        let lines = screen(state)
        #expect(lines[23] == " PAUSED all  Tab next panel      wrote trace to /tmp/opstop-trace-t-answer.json ")
    }

    @Test func neverCrashesAtAnySize() {
        let routes: [[Route]] = [
            [.dashboard],
            [.dashboard, .traceList(TraceQuery())],
            [.dashboard, .trace(TraceID("t-answer"))],
            [.dashboard, .trace(TraceID("t-answer")), .span(TraceID("t-answer"), SpanID("a1"))],
        ]
        for stack in routes {
            for (width, height) in [(0, 0), (1, 1), (2, 2), (5, 3), (10, 3), (20, 5), (33, 7)] {
                var state = state(stack, width: width, height: height)
                state.isHelpVisible = width > 5
                state.filterPrompt = FilterPrompt(text: "status:error 中文 ␛", error: FilterError(token: "x", message: "bad"))
                let lines = screen(state)
                #expect(lines.count == height)
                #expect(lines.allSatisfy { TerminalText.displayWidth(of: $0) == width })
            }
        }
    }
}
