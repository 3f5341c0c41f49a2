extension AppReducer {
    /// What the runtime computed for the screen: figures, a trace list, the alerts firing.
    static func takeDisplayEvent(_ action: AppAction, into state: inout AppState, context: ReduceContext) -> [AppEffect]
    {
        switch action {
        case .figuresComputed(let figures):
            state.display.latest = figures
        case .figuresFrozen(let figures):
            guard state.isDisplayPaused else { return [] }
            state.display.freeze = .frozen(figures)
        case let .traceListComputed(list, question, now):
            state.display.traceList = list
            state.display.traceListQuestion = question
            state.display.traceListComputedAt = now
        case let .alertsObserved(firing, now):
            return observeAlerts(firing, at: now, in: &state, context: context)
        default:
            break
        }
        return []
    }

    /// Alerts that started firing flash for two seconds and, with `--bell`, ring once each.
    private static func observeAlerts(
        _ firing: Set<String>, at now: Int64, in state: inout AppState, context: ReduceContext
    ) -> [AppEffect] {
        let started = firing.subtracting(state.display.firingAlerts)
        let (until, overflow) = now.addingReportingOverflow(DisplayState.alertFlashNanos)
        for id in started { state.display.alertFlashUntil[id] = overflow ? .max : until }
        state.display.firingAlerts = firing
        state.display.alertFlashUntil = state.display.alertFlashUntil.filter { $0.value > now }
        return context.ringsBellOnNewAlert ? Array(repeating: .bell, count: started.count) : []
    }
}
