import Foundation
import OpsEngine
import OpsModel
import OpsReport
import OpsUI

/// What a frame shows: figures, the trace list and the trace, computed from the driver when the
/// display state says they are due, then drawn.
extension ScreenLoop {
    /// The frozen figures while paused, else the live ones.
    func shownFigures() -> ScreenFigures {
        state.display.frozen ?? liveFigures()
    }

    /// Figures recomputed when data arrived or the question changed, else at most every five
    /// seconds (windows slide with time); the clock always moves.
    private func liveFigures() -> ScreenFigures {
        let now = clock.monotonicNanos()
        let question = FiguresQuestion(dataVersion: driver.dataVersion, window: state.window, sort: state.dashboardSort)
        if var figures = state.display.figures(answering: question, at: now) {
            figures.snapshot.asOfNanos = driver.store.now
            return figures
        }
        let fresh = freshFigures(at: now)
        record(.figuresComputed(fresh))
        return fresh
    }

    func freshFigures(at now: Int64) -> ScreenFigures {
        let question = FiguresQuestion(dataVersion: driver.dataVersion, window: state.window, sort: state.dashboardSort)
        return ScreenFigures(
            snapshot: driver.snapshot(window: state.window), recent: recentTraces(limit: 200), question: question,
            computedAt: now)
    }

    /// The newest traces, sorted as the traces panel asks.
    private func recentTraces(limit: Int) -> [TraceSummary] {
        let summaries = driver.store.traces.newestSummaries(limit: limit)
        switch state.dashboardSort {
        case .time, .score: return summaries
        case .latency: return summaries.sorted { $0.durationNanos > $1.durationNanos }
        case .cost: return summaries.sorted { $0.costUSD > $1.costUSD }
        case .errors: return summaries.filter(\.isFailed) + summaries.filter { !$0.isFailed }
        }
    }

    func currentTrace() -> TraceRecord? {
        state.route.traceID.flatMap { driver.store.traces[$0] }
    }

    func dashboardInput(_ figures: ScreenFigures) -> DashboardInput {
        let firing = Set(figures.snapshot.alerts.filter { $0.state == .firing }.map(\.id))
        record(.alertsObserved(firing: firing, atNanos: clock.monotonicNanos()))
        return DashboardInput(
            snapshot: figures.snapshot, sources: driver.sources, mode: state.isDisplayPaused ? .paused : driver.mode,
            focus: state.focus, selection: state.panelSelection, flashingAlerts: state.display.flashingAlerts,
            recentTraces: figures.recent, traceSortLabel: state.dashboardSort.label)
    }

    /// Computes the open trace list when its question changed, else at most once a second.
    func refreshList(snapshot: MetricsSnapshot) {
        guard case .traceList(let query) = state.route else { return }
        let question = TraceListQuestion(route: state.route, sort: state.listSort, window: state.window)
        let now = clock.monotonicNanos()
        guard state.display.traceListIsDue(question, at: now, paused: state.isDisplayPaused) else { return }
        let list = TraceListModel().run(
            query, sort: state.listSort, window: state.window, now: snapshot.asOfNanos, traces: driver.store.traces,
            breakers: driver.store.breakers, exemplars: snapshot.latency.exemplars)
        record(.traceListComputed(list, question: question, atNanos: now))
    }

    func draw() {
        driver.prepareToDraw()
        let size = backend.size
        if buffer.width != size.width || buffer.height != size.height {
            buffer = ScreenBuffer(width: size.width, height: size.height)
        } else {
            buffer.clear()
        }
        let input = dashboardInput(shownFigures())
        refreshList(snapshot: input.snapshot)
        let screen = ScreenInput(
            mode: input.mode, list: state.display.traceList, trace: currentTrace(),
            clock: ClockText.time(nanos: input.snapshot.asOfNanos), redacted: input.snapshot.redacted)
        let context = renderContext
        ScreenRenderer.render(state, input: screen, into: &buffer, context: context) { buffer, area in
            DashboardView.render(input, model: DashboardModel(input), into: &buffer, area: area, context: context)
        }
        backend.draw(buffer, theme: themes[state.themeIndex % themes.count])
    }

    func writeTrace(_ id: TraceID) -> StatusMessage {
        guard let record = driver.store.traces[id] else {
            return StatusMessage("trace \(id) is no longer in memory (raise [traces] max)", kind: .error)
        }
        let safeName = String(
            id.description.unicodeScalars.prefix(64).map { scalar -> Character in
                CharacterSet.alphanumerics.contains(scalar) || scalar == "-" ? Character(scalar) : "_"
            })
        let path = traceDirectory + "/opstop-trace-\(safeName).json"
        do {
            try Data((TraceExport.json(record) + "\n").utf8).write(to: URL(fileURLWithPath: path))
            return StatusMessage("wrote trace to \(path)")
        } catch {
            return StatusMessage("cannot write \(path): \(error.localizedDescription)", kind: .error)
        }
    }
}
