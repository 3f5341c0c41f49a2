import OpsEngine
import OpsModel
import Testing

@testable import OpsUI

/// What the screen shows (figures, frozen figures, the trace list, flashing alerts) is state the
/// reducer changes from what the runtime computed.
struct DisplayStateReducerTests {
    let second: Int64 = 1_000_000_000

    func figures(version: Int, window: TimeWindow = .fiveMinutes, at now: Int64) -> ScreenFigures {
        let snapshot = MetricsStore(configuration: EngineConfiguration()).snapshot(window: window)
        return ScreenFigures(
            snapshot: snapshot, recent: [],
            question: FiguresQuestion(dataVersion: version, window: window, sort: .time),
            computedAt: now)
    }

    @discardableResult
    func send(_ state: inout AppState, _ action: AppAction, bell: Bool = false) -> [AppEffect] {
        AppReducer.reduce(&state, action, context: ReduceContext(ringsBellOnNewAlert: bell))
    }

    @Test func pausingAsksForFiguresToFreezeAndResumingShowsLiveOnesAgain() {
        var state = AppState()
        send(&state, .togglePause)
        #expect(state.display.freeze == .awaitingFigures)
        let frozen = figures(version: 1, at: 5 * second)
        send(&state, .figuresFrozen(frozen))
        #expect(state.display.frozen == frozen)
        send(&state, .figuresComputed(figures(version: 2, at: 6 * second)))
        #expect(state.display.frozen == frozen, "new live figures replaced the frozen ones")
        send(&state, .selectWindow(.oneHour))
        #expect(state.display.freeze == .awaitingFigures, "a new window while paused must freeze that window's figures")
        send(&state, .togglePause)
        #expect(state.display.freeze == .live)
    }

    @Test func figuresToFreezeArrivingAfterResumingAreIgnored() {
        var state = AppState()
        send(&state, .figuresFrozen(figures(version: 1, at: 0)))
        #expect(state.display.freeze == .live)
    }

    @Test func aReplayCommandShowsLiveFiguresEvenWhilePaused() {
        var state = AppState()
        send(&state, .togglePause)
        send(&state, .figuresFrozen(figures(version: 1, at: 0)))
        _ = AppReducer.reduce(&state, .replay(.step), context: ReduceContext(isReplaying: true))
        #expect(state.display.freeze == .live)
        #expect(state.isDisplayPaused)
    }

    @Test func liveFiguresAreReusedForTheSameQuestionForFiveSeconds() {
        var state = AppState()
        let computed = figures(version: 3, at: 10 * second)
        send(&state, .figuresComputed(computed))
        let question = computed.question
        #expect(state.display.figures(answering: question, at: 14 * second) == computed)
        #expect(state.display.figures(answering: question, at: 15 * second) == nil)
        var other = question
        other.dataVersion = 4
        #expect(state.display.figures(answering: other, at: 11 * second) == nil)
    }

    @Test func theTraceListIsDueWhenItsQuestionChangesOrASecondWentByWhileLive() {
        var state = AppState()
        let query = TraceQuery(origin: .errorCategory(.system))
        let question = TraceListQuestion(route: .traceList(query), sort: .time, window: .fiveMinutes)
        #expect(state.display.traceListIsDue(question, at: 0, paused: false))
        _ = AppReducer.reduce(
            &state, .drillDown,
            context: ReduceContext(panels: StubPanels(rows: [.cost: [.errorCategory(.system)]])))
        #expect(state.route == .traceList(query))
        send(&state, .traceListComputed(.empty, question: question, atNanos: 10 * second))
        #expect(!state.display.traceListIsDue(question, at: 11 * second, paused: false))
        #expect(state.display.traceListIsDue(question, at: 11 * second + 1, paused: false))
        #expect(!state.display.traceListIsDue(question, at: 20 * second, paused: true))
        var sorted = question
        sorted.sort = .latency
        #expect(state.display.traceListIsDue(sorted, at: 10 * second, paused: true))
        // Asking afresh (`r`) and leaving the list both forget the answer.
        send(&state, .refresh)
        #expect(state.display.traceListQuestion == nil)
        send(&state, .traceListComputed(.empty, question: question, atNanos: 12 * second))
        send(&state, .back)
        #expect(state.route == .dashboard)
        #expect(state.display.traceListQuestion == nil)
    }

    @Test func anAlertThatStartsFiringFlashesForTwoSecondsAndRingsOnceWithTheBell() {
        var state = AppState()
        #expect(send(&state, .alertsObserved(firing: ["budget"], atNanos: 10 * second), bell: true) == [.bell])
        #expect(state.display.flashingAlerts == ["budget"])
        #expect(send(&state, .alertsObserved(firing: ["budget"], atNanos: 11 * second), bell: true).isEmpty)
        #expect(state.display.flashingAlerts == ["budget"])
        send(&state, .alertsObserved(firing: ["budget", "error_rate"], atNanos: 12 * second))
        #expect(state.display.flashingAlerts == ["error_rate"], "budget flashed past its two seconds")
        send(&state, .alertsObserved(firing: [], atNanos: 13 * second))
        #expect(state.display.firingAlerts.isEmpty)
        send(&state, .alertsObserved(firing: ["budget"], atNanos: 15 * second))
        #expect(state.display.flashingAlerts == ["budget"], "an alert firing again flashes again")
    }
}
