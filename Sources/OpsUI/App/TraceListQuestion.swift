import OpsModel

/// What a computed trace list answers: the list's route, its sort and the window.
package struct TraceListQuestion: Sendable, Hashable {
    package var route: Route
    package var sort: TraceSort
    package var window: TimeWindow

    package init(route: Route, sort: TraceSort, window: TimeWindow) {
        self.route = route
        self.sort = sort
        self.window = window
    }
}
