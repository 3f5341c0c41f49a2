import OpsModel
import OpsEngine
import OpsUI

/// One frame of the screen rendered to text with the live screen's renderer.
struct SnapshotFrame {
    var store: MetricsStore
    var sources: [SourceLine]
    var window: TimeWindow
    var screen: String
    var ascii: Bool
    /// Figures to show instead of the store's (a metrics source's, with the store's traces).
    var figures: MetricsSnapshot?

    var route: Route {
        if screen == "traces" { return .traceList(TraceQuery()) }
        if screen.hasPrefix("trace:") { return .trace(TraceID(String(screen.dropFirst("trace:".count)))) }
        return .dashboard
    }

    func render(width: Int, height: Int) -> String {
        let size = TerminalSize(width: width, height: height)
        let state = AppState(route: route, window: window, size: size)
        let snapshot = figures ?? store.snapshot(window: window)
        let recent = store.traces.newestSummaries(limit: 200)
        let input = DashboardInput(
            snapshot: snapshot, sources: sources, mode: .snapshot, focus: nil, recentTraces: recent)
        var list = TraceListResult.empty
        if case .traceList(let query) = route {
            list = TraceListModel().run(
                query, sort: .time, window: window, now: snapshot.asOfNanos, traces: store.traces,
                breakers: store.breakers, exemplars: snapshot.latency.exemplars)
        }
        let trace = route.traceID.flatMap { store.traces[$0] }
        let screenInput = ScreenInput(
            mode: .snapshot, list: list, trace: trace, clock: ClockText.time(nanos: snapshot.asOfNanos),
            redacted: snapshot.redacted)
        let context: RenderContext = ascii ? .ascii : .unicode
        var buffer = ScreenBuffer(width: width, height: height)
        ScreenRenderer.render(state, input: screenInput, into: &buffer, context: context) { buffer, area in
            DashboardView.render(input, model: DashboardModel(input), into: &buffer, area: area, context: context)
        }
        return buffer.lines.map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed.removeLast() }
            return String(trimmed)
        }.joined(separator: "\n") + "\n"
    }
}
