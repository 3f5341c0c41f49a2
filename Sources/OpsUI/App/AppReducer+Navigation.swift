import OpsEngine
import OpsModel


extension AppReducer {
    static func move(_ state: inout AppState, _ action: AppAction, context: ReduceContext) -> [AppEffect] {
        if state.isHelpVisible {
            let limit = HelpOverlay.maxScroll(state: state, replaying: context.isReplaying)
            state.helpScroll = min(max(0, state.helpScroll.clampedAdd(delta(action, page: 5, current: state.helpScroll))), limit)
            return []
        }
        switch state.route {
        case .dashboard:
            if action == .moveToBottom && context.isReplaying { return [.replay(.toEnd)] }
            let count = context.panels.rowCount(state.focus)
            let current = state.panelSelection[state.focus] ?? 0
            var position = ListPosition(selected: current)
            position.select(current.clampedAdd(delta(action, page: 10, current: current)), count: count, visible: count)
            state.panelSelection[state.focus] = position.selected
        case .traceList:
            let count = context.list.rows.count
            let visible = ScreenLayout.listRows(state.size)
            state.list.clamp(count: count, visible: visible)
            state.list.move(by: delta(action, page: max(1, visible - 1), current: state.list.selected), count: count, visible: visible)
        case .trace:
            let count = traceRowCount(context)
            let visible = ScreenLayout.traceRows(state.size)
            state.traceView.clamp(count: count, visible: visible)
            state.traceView.move(
                by: delta(action, page: max(1, visible - 1), current: state.traceView.selected), count: count,
                visible: visible)
        case .span:
            let visible = ScreenLayout.spanLines(state.size)
            let limit = max(0, spanLineCount(state, context: context) - visible)
            let wanted = state.spanScroll.clampedAdd(delta(action, page: max(1, visible - 1), current: state.spanScroll))
            state.spanScroll = min(max(0, wanted), limit)
        }
        return []
    }

    /// How far an action moves from `current`: one row, a page, or to either end.
    private static func delta(_ action: AppAction, page: Int, current: Int) -> Int {
        switch action {
        case .moveUp: return -1
        case .moveDown: return 1
        case .pageUp: return -page
        case .pageDown: return page
        case .moveToTop: return -current
        case .moveToBottom: return Int.max - max(0, current)
        default: return 0
        }
    }

    static func drillDown(_ state: inout AppState, context: ReduceContext) -> [AppEffect] {
        switch state.route {
        case .dashboard:
            let row = state.panelSelection[state.focus] ?? 0
            guard row < context.panels.rowCount(state.focus),
                let target = context.panels.drillTarget(state.focus, row: row)
            else { return nothing(&state, context: context) }
            open(Route(drill: target), in: &state)
        case .traceList:
            let rows = context.list.rows
            guard rows.indices.contains(state.list.selected) else { return nothing(&state, context: context) }
            let row = rows[state.list.selected]
            if row.spanCount == 0, row.name == TraceListModel.notLoaded {
                post(StatusMessage("trace \(row.traceID) is not in any loaded log", kind: .error), to: &state, context: context)
                return []
            }
            open(.trace(row.traceID), in: &state)
        case .trace(let traceID):
            guard let record = context.trace else { return nothing(&state, context: context) }
            let rows = TraceTree(record).rows
            guard rows.indices.contains(state.traceView.selected) else { return nothing(&state, context: context) }
            let entry = record.entries[rows[state.traceView.selected].entryIndex]
            open(.span(traceID, entry.span.spanID), in: &state)
        case .span:
            return []
        }
        return []
    }

    /// Pushes a screen, starting it at its top.
    static func open(_ route: Route, in state: inout AppState) {
        switch route {
        case .dashboard:
            return
        case .traceList(let query):
            state.list = .top
            state.listSort = query.defaultSort
        case .trace:
            state.traceView = .top
            state.traceSearch = nil
        case .span:
            state.spanScroll = 0
        }
        state.push(route)
    }

    static func back(_ state: inout AppState, context: ReduceContext) -> [AppEffect] {
        if state.isHelpVisible {
            state.isHelpVisible = false
            return []
        }
        guard state.pop() else {
            state.message = nil
            return []
        }
        clampPositions(&state, context: context)
        return []
    }

    /// Keeps selections within the rows there are (after a resize or a change of data).
    static func clampPositions(_ state: inout AppState, context: ReduceContext) {
        switch state.route {
        case .traceList:
            state.list.clamp(count: context.list.rows.count, visible: ScreenLayout.listRows(state.size))
        case .trace:
            state.traceView.clamp(count: traceRowCount(context), visible: ScreenLayout.traceRows(state.size))
        case .span:
            let limit = max(0, spanLineCount(state, context: context) - ScreenLayout.spanLines(state.size))
            state.spanScroll = min(state.spanScroll, limit)
        case .dashboard:
            break
        }
    }

    static func traceRowCount(_ context: ReduceContext) -> Int {
        context.trace.map { TraceTree($0).rows.count } ?? 0
    }

    static func spanLineCount(_ state: AppState, context: ReduceContext) -> Int {
        guard case .span(_, let spanID) = state.route, let trace = context.trace, let entry = trace.entry(for: spanID) else {
            return 0
        }
        return SpanDetailView.lines(for: entry, evaluations: trace.evaluations, width: ScreenLayout.spanTextWidth(state.size))
            .count
    }
}
