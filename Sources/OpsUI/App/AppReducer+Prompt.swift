import OpsEngine


extension AppReducer {
    static func editPrompt(_ state: inout AppState, _ action: AppAction, context: ReduceContext) -> [AppEffect] {
        guard var prompt = state.filterPrompt else { return [] }
        switch action {
        case .promptInsert(let character):
            guard TerminalText.displayWidth(of: character) > 0, !character.isNewline else { return [] }
            prompt.input.insert(character)
        case .promptBackspace: prompt.input.backspace()
        case .promptDelete: prompt.input.delete()
        case .promptLeft: prompt.input.moveLeft()
        case .promptRight: prompt.input.moveRight()
        case .promptHome: prompt.input.moveHome()
        case .promptEnd: prompt.input.moveEnd()
        case .promptClearToStart: prompt.input.clearToStart()
        case .promptCancel:
            state.filterPrompt = nil
            return []
        case .promptApply:
            switch FilterParser.parse(prompt.input.text) {
            case .failure(let error):
                prompt.error = error
                // The prompt line shows why; it stays open for a fix.
                state.filterPrompt = prompt
                return [.bell]
            case .success(let filter):
                state.filterPrompt = nil
                return apply(filter, to: &state, context: context)
            }
        default:
            return []
        }
        prompt.error = nil
        state.filterPrompt = prompt
        return []
    }

    /// Applies a filter where it was typed: a new list from the dashboard, the list's rows in a
    /// list, a search among the spans in a trace.
    private static func apply(_ filter: TraceFilter, to state: inout AppState, context: ReduceContext) -> [AppEffect] {
        switch state.route {
        case .dashboard:
            guard !filter.isEmpty else { return [] }
            open(.traceList(TraceQuery(filter: filter)), in: &state)
            return [.refreshNow]
        case .traceList(var query):
            query.filter = filter
            state.replaceTop(with: .traceList(query))
            state.list = .top
            return [.refreshNow]
        case .trace, .span:
            if case .span = state.route { _ = state.pop() }
            state.traceSearch = filter.isEmpty ? nil : filter
            guard !filter.isEmpty else { return [] }
            let matches = spanMatches(filter, context: context)
            guard let first = matches.first(where: { $0 >= state.traceView.selected }) ?? matches.first else {
                post(StatusMessage("no span matches '\(filter.text)'", kind: .error), to: &state, context: context)
                return [.bell]
            }
            state.traceView.select(first, count: traceRowCount(context), visible: ScreenLayout.traceRows(state.size))
            post(StatusMessage("\(matches.count) matching spans (n/N next/previous)"), to: &state, context: context)
            return []
        }
    }

    /// `n`/`N`: the next or previous row matching the filter, wrapping around.
    static func jumpToMatch(_ state: inout AppState, forward: Bool, context: ReduceContext) -> [AppEffect] {
        switch state.route {
        case .traceList(let query):
            let count = context.list.rows.count
            guard !query.filter.isEmpty, count > 0 else {
                post(StatusMessage("no filter to match; press / to set one"), to: &state, context: context)
                return [.bell]
            }
            // Every row of a filtered list matches: step through them, wrapping.
            let next = (state.list.selected + (forward ? 1 : count - 1)) % count
            state.list.select(next, count: count, visible: ScreenLayout.listRows(state.size))
            return []
        case .trace:
            guard let search = state.traceSearch else {
                post(StatusMessage("no search; press / to find spans"), to: &state, context: context)
                return [.bell]
            }
            let matches = spanMatches(search, context: context)
            let current = state.traceView.selected
            let target =
                forward
                ? matches.first(where: { $0 > current }) ?? matches.first
                : matches.last(where: { $0 < current }) ?? matches.last
            guard let target else {
                post(StatusMessage("no span matches '\(search.text)'", kind: .error), to: &state, context: context)
                return [.bell]
            }
            state.traceView.select(target, count: traceRowCount(context), visible: ScreenLayout.traceRows(state.size))
            return []
        case .dashboard, .span:
            return []
        }
    }

    /// Rows of the trace view (in display order) whose span matches.
    static func spanMatches(_ filter: TraceFilter, context: ReduceContext) -> [Int] {
        guard let record = context.trace else { return [] }
        return TraceTree(record).rows.enumerated().compactMap { index, row in
            filter.matches(record.entries[row.entryIndex], evaluations: record.evaluations) ? index : nil
        }
    }
}
