import Foundation
import OpsEngine
import OpsModel
import OpsUI

/// The live screen's loop: keys → actions → reducer → effects; data → engine; frames at most
/// every `refresh` and only when something changed. Everything here runs on one thread, the
/// only one that touches the terminal.
///
/// What the screen shows lives in ``AppState`` (its ``DisplayState``); the loop computes figures
/// and lists from the driver when the state says they are due and hands them to the reducer.
/// Time comes from the injected ``RuntimeClock``, so a test drives the loop with a ``TestClock``
/// and an in-memory backend, one ``step()`` at a time.
package final class ScreenLoop {
    var driver: any EngineDriver
    let backend: any TerminalBackend
    let clock: any RuntimeClock
    package private(set) var state: AppState
    let themes: [Theme]
    let renderContext: RenderContext
    let refreshNanos: Int64
    let ringBell: Bool
    let traceDirectory: String
    var buffer = ScreenBuffer(width: 0, height: 0)
    var dirty = true
    private var nextFrame: Int64 = 0
    /// Whether the last frame drawn said `loading` (a log catching up, a replay being indexed).
    private var drewLoading = false
    private var nextTick: Int64 = 0
    /// When a key or data last arrived (monotonic nanos): after ``quietAfter`` without either, the
    /// loop looks for them once a second (when the header clock moves) instead of ten times.
    private var lastActivity: Int64 = 0
    /// How often the loop looks for keys and data, ticks and may draw, while anything happens.
    static let activeInterval: Int64 = 100_000_000
    /// At most four frames a second while a source says `loading`: a frame costs the engine's thread
    /// about 10 ms at 200×60, a tenth of a load at ten frames a second. Keys still draw at once, and
    /// so does the first frame after the load (its header no longer says `loading`).
    static let loadingFrameInterval: Int64 = 250_000_000
    static let quietAfter: Int64 = 3_000_000_000
    /// When the oldest key not yet answered by a frame arrived (for the key-latency benchmark).
    private var keyPendingSince: Int64?
    private var keyLatencies: [Int64] = []
    private let keyLatencyLog: String?
    private let loadTimeLog: LoadTimeLog?
    /// When the first frame was drawn (noted only with a load-time log).
    private var firstFrameNanos: Int64?
    private var loadTimeWritten = false

    /// `keyLatencyLog`: a file to write how long each key took to reach the screen (µs per line);
    /// `loadTimeLog`: where to write when the first frame and the first loaded frame were drawn.
    package init(
        driver: any EngineDriver, backend: any TerminalBackend, clock: any RuntimeClock = WallClock(),
        themes: [Theme], ascii: Bool, refreshMillis: Int, bell: Bool, window: TimeWindow = .fiveMinutes,
        traceDirectory: String = FileManager.default.currentDirectoryPath, keyLatencyLog: String? = nil,
        loadTimeLog: LoadTimeLog? = nil
    ) {
        self.driver = driver
        self.backend = backend
        self.clock = clock
        self.themes = themes.isEmpty ? [Theme.default] : themes
        renderContext = ascii ? .ascii : .unicode
        refreshNanos = Int64(Swift.max(100, refreshMillis)) * 1_000_000
        ringBell = bell
        self.traceDirectory = traceDirectory
        self.keyLatencyLog = keyLatencyLog
        self.loadTimeLog = loadTimeLog
        state = AppState(window: window, themeIndex: 0, size: backend.size)
        // The first seconds count as busy: sources report and data comes right after start.
        lastActivity = clock.monotonicNanos()
    }

    /// Runs until the user quits or the terminal goes away; returns the exit status.
    package func run() -> Int32 {
        defer {
            driver.stop()
            backend.restore()
            writeKeyLatencies()
        }
        while true {
            if let status = step() { return status }
        }
    }

    /// One pass: waits in the terminal for a key until the next due frame or tick (never spinning
    /// when nothing changed), takes in data, ticks and draws when due; a status when the session ends.
    package func step() -> Int32? {
        let now = clock.monotonicNanos()
        let ticking = needsTicks
        // A message just posted ages from now, even if the last tick was set a second away.
        if ticking { nextTick = Swift.min(nextTick, now + Self.activeInterval) }
        let due = dirty ? Swift.min(nextFrame, nextTick) : nextTick
        // While a log loads, only look for a key and go on taking events in: frames still come
        // at their rate, and the load is not held to one pump of events per frame.
        let wait = driver.hasBacklog ? 0 : Swift.max(1_000_000, Swift.min(due - now, lookInterval(now, ticking)))
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
            let received = clock.monotonicNanos()
            lastActivity = received
            let wasDirty = dirty
            dirty = false
            if let status = handle(key) { return status }
            if dirty && keyPendingSince == nil { keyPendingSince = received }
            dirty = dirty || wasDirty
        }
        let version = driver.dataVersion
        let sources = driver.sources
        if driver.pump(wallNanos: clock.nowNanos(), monotonicNanos: clock.monotonicNanos()) {
            if !state.isDisplayPaused { dirty = true }
        }
        let after = clock.monotonicNanos()
        if driver.dataVersion != version || driver.sources != sources { lastActivity = after }
        if after >= nextTick {
            if let status = dispatch(.ticked) { return status }
            // Ticks only age messages and flashes: with neither on screen, none is due (a message
            // posted later brings them back at the start of the next step).
            nextTick = needsTicks ? after + Self.activeInterval : .max
        }
        let loading = driver.sources.contains { $0.loading != nil }
        if dirty && (after >= nextFrame || keyPendingSince != nil || (drewLoading && !loading)) {
            draw()
            noteLoadTime(loading: loading)
            if let since = keyPendingSince {
                keyLatencies.append(clock.monotonicNanos() - since)
                keyPendingSince = nil
            }
            dirty = false
            nextFrame = after + (loading ? Swift.max(refreshNanos, Self.loadingFrameInterval) : refreshNanos)
            drewLoading = loading
        }
        return nil
    }

    /// Something on screen ages with ticks: a message, an alert's flash.
    private var needsTicks: Bool {
        state.message != nil || !state.display.flashingAlerts.isEmpty
    }

    /// How long the loop may wait for a key: a tenth of a second while anything happens, else
    /// until the header clock's next second (a first event after a quiet spell shows within it).
    private func lookInterval(_ now: Int64, _ ticking: Bool) -> Int64 {
        guard !ticking, now - lastActivity >= Self.quietAfter else { return Self.activeInterval }
        let second: Int64 = 1_000_000_000
        let wall = clock.nowNanos()
        return second - ((wall % second) + second) % second + 1_000_000
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
            let input = dashboardInput(shownFigures())
            refreshList(snapshot: input.snapshot)
            context = ReduceContext(
                panels: DashboardModel(input), isReplaying: isReplaying, list: state.display.traceList,
                trace: currentTrace(), themeCount: themes.count)
        }
        let before = state
        let effects = AppReducer.reduce(&state, action, context: context)
        if let message = fleetDrill(action, before: before) {
            // The driver narrowed its figures: stay on the dashboard and say so.
            state = before
            dirty = true
            return dispatch(.messagePosted(StatusMessage(message)))
        }
        if state.display.freeze == .awaitingFigures {
            record(.figuresFrozen(freshFigures(at: clock.monotonicNanos())))
        }
        var unticked = state
        unticked.tick = before.tick
        if unticked != before || !effects.isEmpty { dirty = true }
        for effect in effects {
            if let status = perform(effect) { return status }
        }
        return nil
    }

    /// Hands the reducer what the loop computed for the screen; rings the bell when it says so.
    func record(_ event: AppAction) {
        let context = ReduceContext(isReplaying: isReplaying, themeCount: themes.count, ringsBellOnNewAlert: ringBell)
        for effect in AppReducer.reduce(&state, event, context: context) where effect == .bell {
            backend.bell()
        }
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
            driver.handle(command, monotonicNanos: clock.monotonicNanos())
            dirty = true
        case .refreshNow:
            dirty = true
        }
        return nil
    }

    var isReplaying: Bool {
        if case .replay = driver.mode { return true }
        return false
    }

    /// With a load-time log, notes the first frame, and writes the log at the first frame drawn
    /// once nothing loads.
    private func noteLoadTime(loading: Bool) {
        guard let loadTimeLog, !loadTimeWritten else { return }
        let now = clock.monotonicNanos()
        let first = firstFrameNanos ?? now
        firstFrameNanos = first
        guard !loading else { return }
        loadTimeLog.write(firstFrameNanos: first, loadedNanos: now)
        loadTimeWritten = true
    }

    /// With a key-latency log, writes how long each key took to reach the screen (µs per line).
    private func writeKeyLatencies() {
        guard let path = keyLatencyLog else { return }
        let text = keyLatencies.map { String($0 / 1000) }.joined(separator: "\n") + "\n"
        try? Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
