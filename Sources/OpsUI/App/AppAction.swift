import OpsModel

/// What can change the app's state: user intents (verbs) and events (named for what happened).
package enum AppAction: Sendable, Hashable {
    // MARK: intents
    case quit
    case toggleHelp
    case focusNextPanel
    case focusPreviousPanel
    case moveUp
    case moveDown
    case moveToTop
    /// The last row; on the dashboard while replaying, the replay's end (see the key map).
    case moveToBottom
    case pageUp
    case pageDown
    case drillDown
    case back
    case openFilter
    case nextMatch
    case previousMatch
    case togglePause
    case cycleTheme
    case selectWindow(TimeWindow)
    case cycleSort
    case copyTraceID
    case writeTrace
    case refresh
    /// Only acted on while replaying.
    case replay(ReplayCommand)

    // MARK: prompt editing
    case promptInsert(Character)
    case promptBackspace
    case promptDelete
    case promptLeft
    case promptRight
    case promptHome
    case promptEnd
    case promptClearToStart
    case promptApply
    case promptCancel

    // MARK: events
    case resized(TerminalSize)
    /// A frame went by.
    case ticked
    /// The runtime has something to say (a trace written, a copy done, a write that failed).
    case messagePosted(StatusMessage)
    /// The runtime computed live figures.
    case figuresComputed(ScreenFigures)
    /// The runtime computed the figures to freeze (asked for by ``DisplayState/Freeze/awaitingFigures``).
    case figuresFrozen(ScreenFigures)
    /// The runtime computed the open trace list's rows.
    case traceListComputed(TraceListResult, question: TraceListQuestion, atNanos: Int64)
    /// The alerts firing in the figures about to be shown, at `atNanos` on the monotonic clock.
    case alertsObserved(firing: Set<String>, atNanos: Int64)
}
