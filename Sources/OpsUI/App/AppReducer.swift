import OpsModel
import OpsEngine

/// The one update function: applies an action to the state and returns the effects for the runtime.
///
/// Synchronous and pure: it reads only the state, the action and the ``ReduceContext``.
package enum AppReducer {
    package static func reduce(_ state: inout AppState, _ action: AppAction, context: ReduceContext) -> [AppEffect] {
        let effects = apply(action, to: &state, context: context)
        // A list left, or a question asked afresh, is computed again when next shown.
        if effects.contains(.refreshNow) || state.route.scope != .list { state.display.traceListQuestion = nil }
        return effects
    }

    private static func apply(_ action: AppAction, to state: inout AppState, context: ReduceContext) -> [AppEffect] {
        switch action {
        case .quit:
            return [.quit]
        case .toggleHelp:
            state.isHelpVisible.toggle()
            state.helpScroll = 0
            return []
        case .focusNextPanel, .focusPreviousPanel:
            return cycleFocus(&state, forward: action == .focusNextPanel, context: context)
        case .moveUp, .moveDown, .moveToTop, .moveToBottom, .pageUp, .pageDown:
            return move(&state, action, context: context)
        case .drillDown:
            return drillDown(&state, context: context)
        case .back:
            return back(&state, context: context)
        case .openFilter:
            state.isHelpVisible = false
            state.filterPrompt = FilterPrompt(text: currentFilterText(state))
            return []
        case .nextMatch, .previousMatch:
            return jumpToMatch(&state, forward: action == .nextMatch, context: context)
        case .togglePause:
            state.isDisplayPaused.toggle()
            state.display.freeze = state.isDisplayPaused ? .awaitingFigures : .live
            if state.isDisplayPaused {
                post(StatusMessage("display paused; data keeps flowing in (p resumes)"), to: &state, context: context)
                return []
            }
            post(StatusMessage("display resumed"), to: &state, context: context)
            return [.refreshNow]
        case .cycleTheme:
            state.themeIndex = (state.themeIndex.clampedAdd(1)) % max(1, context.themeCount)
            return []
        case .selectWindow(let window):
            guard window != state.window else { return [] }
            state.window = window
            state.list = .top
            if state.isDisplayPaused { state.display.freeze = .awaitingFigures }
            return [.refreshNow]
        case .cycleSort:
            return cycleSort(&state)
        case .copyTraceID:
            guard let id = currentTraceID(state, context: context) else { return nothing(&state, context: context) }
            post(StatusMessage("copied trace id \(id) to the clipboard"), to: &state, context: context)
            // What is pasted later must not carry escapes either: the screen's sanitiser, not the raw id.
            return [.copyToClipboard(TerminalText.sanitize(id.description))]
        case .writeTrace:
            guard let id = currentTraceID(state, context: context) else { return nothing(&state, context: context) }
            return [.writeTrace(id)]
        case .refresh:
            return [.refreshNow]
        case .replay(let command):
            guard context.isReplaying else { return [] }
            // The replay moves: the screen follows it even while the display is paused.
            state.display.freeze = .live
            return [.replay(command)]
        case .promptInsert, .promptBackspace, .promptDelete, .promptLeft, .promptRight, .promptHome, .promptEnd,
            .promptClearToStart, .promptApply, .promptCancel:
            return editPrompt(&state, action, context: context)
        case .resized(let size):
            state.size = size
            clampPositions(&state, context: context)
            return []
        case .ticked:
            state.tick = state.tick.clampedAdd(1)
            if state.message != nil, state.tick >= state.messageExpiresAt { state.message = nil }
            return []
        case .messagePosted(let message):
            post(message, to: &state, context: context)
            return []
        case .figuresComputed, .figuresFrozen, .traceListComputed, .alertsObserved:
            return takeDisplayEvent(action, into: &state, context: context)
        }
    }

    static func post(_ message: StatusMessage, to state: inout AppState, context: ReduceContext) {
        state.message = message
        state.messageExpiresAt = state.tick.clampedAdd(max(1, context.messageLifetimeTicks))
    }

    /// A key that had nothing to act on: ring the bell.
    static func nothing(_ state: inout AppState, context: ReduceContext) -> [AppEffect] {
        [.bell]
    }

    private static func cycleFocus(_ state: inout AppState, forward: Bool, context: ReduceContext) -> [AppEffect] {
        guard state.route == .dashboard else { return [] }
        let area = ScreenLayout.areas(state.size, promptOpen: state.filterPrompt != nil).content
        let panels = DashboardLayout.focusOrder(area: area, panels: context.panels)
        guard !panels.isEmpty else { return [] }
        // A panel that left the screen (no more data, a smaller terminal) keeps its place in the order.
        let all = PanelID.allCases
        let current = all.firstIndex(of: state.focus) ?? 0
        let ahead = forward
            ? panels.first { (all.firstIndex(of: $0) ?? 0) > current } ?? panels.first
            : panels.last { (all.firstIndex(of: $0) ?? 0) < current } ?? panels.last
        if let ahead { state.focus = ahead }
        return []
    }

    private static func cycleSort(_ state: inout AppState) -> [AppEffect] {
        switch state.route {
        case .dashboard:
            state.dashboardSort = state.dashboardSort.next(in: TraceSort.dashboardCycle)
        case .traceList(let query):
            state.listSort = state.listSort.next(in: query.sortCycle)
            state.list = .top
        case .trace, .span:
            return []
        }
        return [.refreshNow]
    }

    /// The trace `y` and `w` act on: the one shown, or the selected row's.
    static func currentTraceID(_ state: AppState, context: ReduceContext) -> TraceID? {
        switch state.route {
        case .trace(let id), .span(let id, _):
            return id
        case .traceList:
            let rows = context.list.rows
            guard rows.indices.contains(state.list.selected) else { return nil }
            return rows[state.list.selected].traceID
        case .dashboard:
            let row = state.panelSelection[state.focus] ?? 0
            guard row < context.panels.rowCount(state.focus),
                case .trace(let id) = context.panels.drillTarget(state.focus, row: row)
            else { return nil }
            return id
        }
    }

    /// The filter text `/` starts from: the list's filter or the trace's search.
    private static func currentFilterText(_ state: AppState) -> String {
        switch state.route {
        case .traceList(let query): return query.filter.text
        case .trace, .span: return state.traceSearch?.text ?? ""
        case .dashboard: return ""
        }
    }
}
