import OpsModel
extension AppState {
    /// A state opened on `route` (over the dashboard), as `opstop snapshot --screen` asks.
    package init(route: Route, window: TimeWindow, size: TerminalSize) {
        self.init(window: window, size: size)
        if route != .dashboard { push(route) }
    }
}
