import OpsCore

/// Everything the screen remembers between frames; changed only by ``AppReducer``.
public struct AppState: Sendable, Hashable {
    /// The navigation stack; never empty, the dashboard at the bottom.
    public private(set) var routes: [Route] = [.dashboard]
    public var focus: PanelID = .cost
    /// The selected row in each dashboard panel.
    public var panelSelection: [PanelID: Int] = [:]
    /// The trace list's selection and scroll (one list at most is on the stack).
    public var list = ListPosition.top
    public var listSort: TraceSort = .time
    /// The sort of the dashboard's traces panel.
    public var dashboardSort: TraceSort = .time
    /// The trace view's selected span row and scroll.
    public var traceView = ListPosition.top
    /// The trace view's `/` search; its matches are what `n`/`N` step through.
    public var traceSearch: TraceFilter?
    /// Lines scrolled in the span detail.
    public var spanScroll = 0
    public var window: TimeWindow = .fiveMinutes
    /// The display is frozen (`p`); data keeps flowing into the store.
    public var isDisplayPaused = false
    public var themeIndex = 0
    public var isHelpVisible = false
    public var helpScroll = 0
    /// The open `/` prompt, nil when closed.
    public var filterPrompt: FilterPrompt?
    public var message: StatusMessage?
    /// The tick after which ``message`` is cleared.
    public var messageExpiresAt = 0
    /// Frames ticked so far.
    public var tick = 0
    public var size = TerminalSize(width: 80, height: 24)

    public init(window: TimeWindow = .fiveMinutes, themeIndex: Int = 0, size: TerminalSize = TerminalSize(width: 80, height: 24)) {
        self.window = window
        self.themeIndex = themeIndex
        self.size = size
    }

    /// The screen on top of the stack.
    public var route: Route { routes.last ?? .dashboard }

    /// The key-map scope in effect: the help overlay and the prompt take keys before the screen.
    public var keyScope: KeyScope {
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
