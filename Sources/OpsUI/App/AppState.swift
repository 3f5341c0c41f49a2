import OpsModel

/// Everything the screen remembers between frames; changed only by ``AppReducer``.
package struct AppState: Sendable, Hashable {
    /// The navigation stack; never empty, the dashboard at the bottom.
    package private(set) var routes: [Route] = [.dashboard]
    package var focus: PanelID = .cost
    /// The selected row in each dashboard panel.
    package var panelSelection: [PanelID: Int] = [:]
    /// The trace list's selection and scroll (one list at most is on the stack).
    package var list = ListPosition.top
    package var listSort: TraceSort = .time
    /// The sort of the dashboard's traces panel.
    package var dashboardSort: TraceSort = .time
    /// The trace view's selected span row and scroll.
    package var traceView = ListPosition.top
    /// The trace view's `/` search; its matches are what `n`/`N` step through.
    package var traceSearch: TraceFilter?
    /// Lines scrolled in the span detail.
    package var spanScroll = 0
    package var window: TimeWindow = .fiveMinutes
    /// The display is frozen (`p`); data keeps flowing into the store.
    package var isDisplayPaused = false
    package var themeIndex = 0
    package var isHelpVisible = false
    package var helpScroll = 0
    /// The open `/` prompt, nil when closed.
    package var filterPrompt: FilterPrompt?
    package var message: StatusMessage?
    /// The tick after which ``message`` is cleared.
    package var messageExpiresAt = 0
    /// Frames ticked so far.
    package var tick = 0
    package var size = TerminalSize(width: 80, height: 24)
    /// The figures, trace list and alert flashes on screen.
    package var display = DisplayState()

    package init(window: TimeWindow = .fiveMinutes, themeIndex: Int = 0, size: TerminalSize = TerminalSize(width: 80, height: 24)) {
        self.window = window
        self.themeIndex = themeIndex
        self.size = size
    }

    /// The screen on top of the stack.
    package var route: Route { routes.last ?? .dashboard }

    /// The key-map scope in effect: the help overlay and the prompt take keys before the screen.
    package var keyScope: KeyScope {
        if isHelpVisible { return .help }
        if filterPrompt != nil { return .filterPrompt }
        return route.scope
    }

    mutating func push(_ route: Route) {
        routes.append(route)
    }

    /// Pops the top screen; false on the dashboard.
    mutating func pop() -> Bool {
        guard routes.count > 1 else { return false }
        routes.removeLast()
        return true
    }

    mutating func replaceTop(with route: Route) {
        guard routes.count > 1 else { return }
        routes[routes.count - 1] = route
    }
}
