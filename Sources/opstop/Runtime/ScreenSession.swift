import Foundation
import OpsModel
import OpsEngine
import OpsReport
import OpsUI

/// The live screen's loop: keys → actions → reducer → effects; data → engine; frames at most
/// every `refresh` and only when something changed. Everything here runs on one thread, the
/// only one that touches the terminal.
final class ScreenSession {
    private var driver: any EngineDriver
    private let backend: any TerminalBackend
    private var state: AppState
    private let themes: [Theme]
    private let renderContext: RenderContext
    private let refreshNanos: Int64
    private let ringBell: Bool
    private let traceDirectory: String
    private var buffer = ScreenBuffer(width: 0, height: 0)
    /// What the screen shows while the display is paused (`p`): data keeps flowing in underneath.
    private var frozen: (snapshot: MetricsSnapshot, recent: [TraceSummary])?
    private var list = TraceListResult.empty
    private var listKey: ListKey?
    private var listComputedAt: Int64 = .min
    private var firing: Set<String> = []
    private var flashUntil: [String: Int64] = [:]
    private var dirty = true
    /// The last computed figures, reused while no data arrives (an idle screen only moves its clock).
    private var cache: (key: SnapshotKey, snapshot: MetricsSnapshot, recent: [TraceSummary], at: Int64)?

    private struct SnapshotKey: Equatable {
        var version: Int
        var window: TimeWindow
        var sort: TraceSort
    }
    /// When the oldest key not yet answered by a frame arrived (for the key-latency benchmark).
    private var keyPendingSince: Int64?
    private var keyLatencies: [Int64] = []
    private let keyLatencyLog = ProcessInfo.processInfo.environment["OPSTOP_KEY_LATENCY_LOG"]

    private struct ListKey: Equatable {
        var route: Route
        var sort: TraceSort
        var window: TimeWindow
    }

    init(
        driver: any EngineDriver, backend: any TerminalBackend, themes: [Theme], ascii: Bool, refreshMillis: Int,
        bell: Bool, window: TimeWindow = .fiveMinutes, traceDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.driver = driver
        self.backend = backend
        self.themes = themes.isEmpty ? [Theme.default] : themes
        renderContext = ascii ? .ascii : .unicode
        refreshNanos = Int64(Swift.max(100, refreshMillis)) * 1_000_000
        ringBell = bell
        self.traceDirectory = traceDirectory
        state = AppState(window: window, themeIndex: 0, size: backend.size)
    }

    /// Runs until the user quits or the terminal goes away; returns the exit status.
    func run() -> Int32 {
        defer {
            driver.stop()
            backend.restore()
            writeKeyLatencies()
        }
        var nextFrame: Int64 = 0
        var nextTick: Int64 = 0
        while true {
            let now = WallClock.monotonicNanos()
            // Sleep in the terminal until a key, the next due frame (when there is something to
            // draw) or the next tick: never spin when nothing changed.
            let due = dirty ? Swift.min(nextFrame, nextTick) : nextTick
            let wait = Swift.max(1_000_000, Swift.min(due - now, 100_000_000))
            let key: Key?
            do {
                key = try backend.readKey(timeout: .nanoseconds(wait))
            } catch let error {
                switch error {
                case .inputClosed: return 0
                case let .terminated(signal): return 128 + signal
                default: return 1
                }
            }
            if let key {
                let received = WallClock.monotonicNanos()
                let wasDirty = dirty
                dirty = false
                if let status = handle(key) { return status }
                if dirty && keyPendingSince == nil { keyPendingSince = received }
                dirty = dirty || wasDirty
            }
            if driver.pump(wallNanos: WallClock.nowNanos(), monotonicNanos: WallClock.monotonicNanos()) {
                if !state.isDisplayPaused { dirty = true }
            }
            let after = WallClock.monotonicNanos()
            if after >= nextTick {
                if let status = dispatch(.ticked) { return status }
                nextTick = after + 100_000_000
            }
            if dirty && (after >= nextFrame || keyPendingSince != nil) {
                draw()
                if let since = keyPendingSince {
                    keyLatencies.append(WallClock.monotonicNanos() - since)
                    keyPendingSince = nil
                }
                dirty = false
                nextFrame = after + refreshNanos
            }
        }
    }

    /// Applies a key; a status when the session should end.
    private func handle(_ key: Key) -> Int32? {
        if key == .resize {
            return dispatch(.resized(backend.size))
        }
        guard let action = AppKeyMap.action(for: key, in: state) else { return nil }
        return dispatch(action)
    }

    private func dispatch(_ action: AppAction) -> Int32? {
        let context: ReduceContext
        if action == .ticked {
            // Ticks only age messages: no need to build the screen's model ten times a second.
            context = ReduceContext(isReplaying: isReplaying, themeCount: themes.count)
        } else {
            let snapshot = currentSnapshot()
            let input = dashboardInput(snapshot)
            refreshList(snapshot: snapshot)
            context = ReduceContext(
                panels: DashboardModel(input), isReplaying: isReplaying, list: list, trace: currentTrace(),
                themeCount: themes.count)
        }
        let before = state
        let effects = AppReducer.reduce(&state, action, context: context)
        if let message = fleetDrill(action, before: before) {
            // The driver narrowed its figures: stay on the dashboard and say so.
            state = before
            dirty = true
            return dispatch(.messagePosted(StatusMessage(message)))
        }
        if state.isDisplayPaused && !before.isDisplayPaused { frozen = freshFigures() }
        if !state.isDisplayPaused { frozen = nil }
        if state.isDisplayPaused && state.window != before.window {
            frozen = freshFigures()
        }
        var unticked = state
        unticked.tick = before.tick
        if unticked != before || !effects.isEmpty { dirty = true }
        for effect in effects {
            if let status = perform(effect) { return status }
        }
        return nil
    }

    /// A drill the driver takes over (a Prometheus fleet narrows its queries to a model or an instance).
    private func fleetDrill(_ action: AppAction, before: AppState) -> String? {
        if case .traceList(let query) = state.route, state.route != before.route, let origin = query.origin {
            return driver.drill(into: origin)
        }
        if action == .back, before.route == .dashboard, !before.isHelpVisible, before.filterPrompt == nil {
            return driver.drill(into: nil)
        }
        return nil
    }

    private func perform(_ effect: AppEffect) -> Int32? {
        switch effect {
        case .quit:
            return 0
        case let .copyToClipboard(text):
            // Nothing is printed: the terminal copies the text if it allows OSC 52.
            backend.writeOSC52(text)
        case let .writeTrace(id):
            _ = dispatch(.messagePosted(writeTrace(id)))
        case .bell:
            backend.bell()
        case let .replay(command):
            driver.handle(command, monotonicNanos: WallClock.monotonicNanos())
            frozen = nil
            dirty = true
        case .refreshNow:
            listKey = nil
            dirty = true
        }
        return nil
    }

    private var isReplaying: Bool {
        if case .replay = driver.mode { return true }
        return false
    }

    private func currentSnapshot() -> MetricsSnapshot {
        if let frozen { return frozen.snapshot }
        return cachedFigures().snapshot
    }

    /// Figures for the screen: recomputed when data arrived or the question changed, else at
    /// most every five seconds (windows slide with time); the clock always moves.
    private func freshFigures() -> (snapshot: MetricsSnapshot, recent: [TraceSummary]) {
        (driver.snapshot(window: state.window), recentTraces(limit: 200))
    }

    private func cachedFigures() -> (snapshot: MetricsSnapshot, recent: [TraceSummary]) {
        let key = SnapshotKey(version: driver.dataVersion, window: state.window, sort: state.dashboardSort)
        let now = WallClock.monotonicNanos()
        if var cache, cache.key == key, now - cache.at < 5_000_000_000 {
            cache.snapshot.asOfNanos = driver.store.now
            return (cache.snapshot, cache.recent)
        }
        let fresh = freshFigures()
        cache = (key, fresh.snapshot, fresh.recent, now)
        return fresh
    }

    private func currentTrace() -> TraceRecord? {
        state.route.traceID.flatMap { driver.store.traces[$0] }
    }

    private func dashboardInput(_ snapshot: MetricsSnapshot) -> DashboardInput {
        DashboardInput(
            snapshot: snapshot, sources: driver.sources, mode: state.isDisplayPaused ? .paused : driver.mode,
            focus: state.focus, selection: state.panelSelection, flashingAlerts: flashing(snapshot),
            recentTraces: frozen?.recent ?? cachedFigures().recent,
            traceSortLabel: state.dashboardSort.label)
    }

    /// The newest traces, sorted as the traces panel asks.
    private func recentTraces(limit: Int) -> [TraceSummary] {
        let summaries = driver.store.traces.newestSummaries(limit: limit)
        switch state.dashboardSort {
        case .time: return summaries
        case .latency: return summaries.sorted { $0.durationNanos > $1.durationNanos }
        case .cost: return summaries.sorted { $0.costUSD > $1.costUSD }
        case .errors: return summaries.filter(\.isFailed) + summaries.filter { !$0.isFailed }
        }
    }

    /// Alerts that started firing in the last two seconds flash (and ring the bell once with --bell).
    private func flashing(_ snapshot: MetricsSnapshot) -> Set<String> {
        let now = WallClock.monotonicNanos()
        let nowFiring = Set(snapshot.alerts.filter { $0.state == .firing }.map(\.id))
        for id in nowFiring.subtracting(firing) {
            flashUntil[id] = now + 2_000_000_000
            if ringBell { backend.bell() }
        }
        firing = nowFiring
        flashUntil = flashUntil.filter { $0.value > now }
        return Set(flashUntil.keys)
    }

    private func refreshList(snapshot: MetricsSnapshot) {
        guard case .traceList(let query) = state.route else {
            listKey = nil
            return
        }
        let key = ListKey(route: state.route, sort: state.listSort, window: state.window)
        let now = WallClock.monotonicNanos()
        // Recomputed when the question changes, else at most once a second.
        guard key != listKey || (now - listComputedAt > 1_000_000_000 && !state.isDisplayPaused) else { return }
        list = TraceListModel().run(
            query, sort: state.listSort, window: state.window, now: snapshot.asOfNanos, traces: driver.store.traces,
            breakers: driver.store.breakers, exemplars: snapshot.latency.exemplars)
        listKey = key
        listComputedAt = now
    }

    private func draw() {
        let size = backend.size
        if buffer.width != size.width || buffer.height != size.height {
            buffer = ScreenBuffer(width: size.width, height: size.height)
        } else {
            buffer.clear()
        }
        let snapshot = currentSnapshot()
        let input = dashboardInput(snapshot)
        refreshList(snapshot: snapshot)
        let screen = ScreenInput(
            mode: input.mode, list: list, trace: currentTrace(), clock: ClockText.time(nanos: snapshot.asOfNanos))
        let context = renderContext
        ScreenRenderer.render(state, input: screen, into: &buffer, context: context) { buffer, area in
            DashboardView.render(input, model: DashboardModel(input), into: &buffer, area: area, context: context)
        }
        backend.draw(buffer, theme: themes[state.themeIndex % themes.count])
    }

    /// With `OPSTOP_KEY_LATENCY_LOG=path`, writes how long each key took to reach the screen (µs per line).
    private func writeKeyLatencies() {
        guard let path = keyLatencyLog else { return }
        let text = keyLatencies.map { String($0 / 1000) }.joined(separator: "\n") + "\n"
        try? Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    private func writeTrace(_ id: TraceID) -> StatusMessage {
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
