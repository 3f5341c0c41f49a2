import OpsModel
import OpsEngine

/// Composes a frame: the current screen's content, the `/` prompt, the status bar, and the
/// help overlay on top.
package enum ScreenRenderer {
    /// Renders into the whole of `buffer`; the dashboard draws itself into the area it is given.
    package static func render(
        _ state: AppState, input: ScreenInput, into buffer: inout ScreenBuffer, context: RenderContext = .unicode,
        keyMap: KeyMap<AppAction> = AppKeyMap.standard, dashboard: (inout ScreenBuffer, Rect) -> Void
    ) {
        let size = TerminalSize(width: buffer.width, height: buffer.height)
        guard size.width > 0, size.height > 0 else { return }
        let areas = ScreenLayout.areas(size, promptOpen: state.filterPrompt != nil)
        switch state.route {
        case .dashboard:
            dashboard(&buffer, areas.content)
        case .traceList:
            TraceListView(result: input.list, position: state.list, window: windowShown(state))
                .render(in: areas.content, buffer: &buffer, context: context)
        case .trace(let id):
            TraceView(traceID: id, record: input.trace, position: state.traceView, search: state.traceSearch)
                .render(in: areas.content, buffer: &buffer, context: context)
        case .span(let traceID, let spanID):
            SpanDetailView(
                traceID: traceID, spanID: spanID, entry: input.trace?.entry(for: spanID), scroll: state.spanScroll,
                evaluations: input.trace?.evaluations ?? []
            ).render(in: areas.content, buffer: &buffer, context: context)
        }
        if let prompt = state.filterPrompt {
            FilterPromptLine(prompt: prompt).render(in: areas.prompt, buffer: &buffer, context: context)
        }
        AppStatusBar(state: state, mode: input.mode, clock: input.clock, keyMap: keyMap, redacted: input.redacted)
            .render(in: areas.statusBar, buffer: &buffer, context: context)
        if state.isHelpVisible {
            let lines = AppKeyMap.helpLines(for: state.route.scope, replaying: input.isReplaying, map: keyMap)
            HelpOverlay(title: "Keys · " + screenName(state.route), lines: lines, scroll: state.helpScroll)
                .render(in: buffer.area, buffer: &buffer, context: context)
        }
    }

    private static func windowShown(_ state: AppState) -> TimeWindow? {
        guard case .traceList(let query) = state.route, query.usesWindow else { return nil }
        return state.window
    }

    static func screenName(_ route: Route) -> String {
        switch route {
        case .dashboard: return "dashboard"
        case .traceList: return "trace list"
        case .trace: return "trace"
        case .span: return "span"
        }
    }
}

