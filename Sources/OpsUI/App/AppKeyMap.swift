import OpsModel

/// The key map of opstop: dispatch, the help overlay and the status-bar hints all come from it.
///
/// `G` means "bottom" everywhere except on the dashboard while replaying, where it moves the
/// replay to its end (the replay spec's meaning); a dashboard panel's last row is one `PgDn` or
/// `End` away.
package enum AppKeyMap {
    package static let standard = KeyMap<AppAction>([
        .global: global,
        .dashboard: movement(endsHelp: "first / last row (replay: G jumps to the end)") + dashboard,
        .list: movement(endsHelp: "first / last row") + list,
        .trace: movement(endsHelp: "first / last span") + trace,
        .span: scrolling + span,
        .filterPrompt: prompt,
        .help: help,
    ])

    /// The action for a key in the current scope; in the filter prompt, unbound printable keys type.
    package static func action(for key: Key, in state: AppState, map: KeyMap<AppAction> = standard) -> AppAction? {
        let scope = state.keyScope
        if let action = map.lookup(key, in: scope) { return action }
        if scope == .filterPrompt, case .char(let character) = key { return .promptInsert(character) }
        return nil
    }

    /// Help lines for a scope (its own, then the global ones it inherits), without the replay
    /// keys unless replaying, and with bindings that share a label and text shown once.
    package static func helpLines(for scope: KeyScope, replaying: Bool, map: KeyMap<AppAction> = standard) -> [KeyHelp] {
        var bindings = map.bindings[scope] ?? []
        if scope.inheritsGlobal {
            let own = Set(bindings.flatMap(\.keys))
            bindings += (map.bindings[.global] ?? []).filter { own.isDisjoint(with: $0.keys) }
        }
        var seen: Set<KeyHelp> = []
        return bindings.compactMap { binding in
            if case .replay = binding.action, !replaying { return nil }
            let line = binding.helpLine
            return seen.insert(line).inserted ? line : nil
        }
    }

    // MARK: scopes

    private static let global: [KeyBinding<AppAction>] = [
        KeyBinding([.char("q"), .ctrl("c")], .quit, help: "quit", isHint: true),
        KeyBinding([.char("?")], .toggleHelp, help: "help", isHint: true),
        KeyBinding([.char("/")], .openFilter, help: "filter", isHint: true),
        KeyBinding([.escape, .backspace], .back, help: "back", keyLabel: "Esc/Bksp"),
        KeyBinding([.char("p")], .togglePause, help: "pause the display (data keeps flowing)"),
        KeyBinding([.char("t")], .cycleTheme, help: "next theme"),
    ] + windows + [
        KeyBinding([.ctrl("l")], .refresh, help: "refresh now"),
        KeyBinding([.char(" ")], .replay(.togglePause), help: "replay: pause/resume"),
        KeyBinding([.char("+"), .char("=")], .replay(.faster), help: "replay: faster/slower", keyLabel: "+/-"),
        KeyBinding([.char("-")], .replay(.slower), help: "replay: faster/slower", keyLabel: "+/-"),
        KeyBinding([.char(".")], .replay(.step), help: "replay: step one second while paused"),
        KeyBinding([.char("[")], .replay(.seek(seconds: -60)), help: "replay: seek −/+ 1 minute", keyLabel: "[/]"),
        KeyBinding([.char("]")], .replay(.seek(seconds: 60)), help: "replay: seek −/+ 1 minute", keyLabel: "[/]"),
        KeyBinding([.char("{")], .replay(.seek(seconds: -600)), help: "replay: seek −/+ 10 minutes", keyLabel: "{/}"),
        KeyBinding([.char("}")], .replay(.seek(seconds: 600)), help: "replay: seek −/+ 10 minutes", keyLabel: "{/}"),
        KeyBinding([.char("0")], .replay(.toStart), help: "replay: back to the start"),
    ]

    private static let windows: [KeyBinding<AppAction>] = TimeWindow.allCases.enumerated().map { index, window in
        KeyBinding(
            [.char(Character(String(index + 1)))], .selectWindow(window), help: "window 1m 5m 15m 1h all",
            keyLabel: "1-5")
    }

    /// Up and down, the ends and paging; pairs share one help line.
    private static func movement(endsHelp: String, moveHelp: String = "move") -> [KeyBinding<AppAction>] {
        [
            KeyBinding([.up, .char("k")], .moveUp, help: moveHelp, keyLabel: "↑↓ j k"),
            KeyBinding([.down, .char("j")], .moveDown, help: moveHelp, keyLabel: "↑↓ j k"),
            KeyBinding([.char("g"), .home], .moveToTop, help: endsHelp, keyLabel: "g G"),
            KeyBinding([.char("G"), .end], .moveToBottom, help: endsHelp, keyLabel: "g G"),
            KeyBinding([.pageUp], .pageUp, help: "page up / down", keyLabel: "PgUp PgDn"),
            KeyBinding([.pageDown], .pageDown, help: "page up / down", keyLabel: "PgUp PgDn"),
        ]
    }

    private static let dashboard: [KeyBinding<AppAction>] = [
        KeyBinding([.tab], .focusNextPanel, help: "next panel", isHint: true),
        KeyBinding([.backTab], .focusPreviousPanel, help: "previous panel"),
        KeyBinding([.enter], .drillDown, help: "open traces", isHint: true),
        KeyBinding([.char("s")], .cycleSort, help: "sort traces: time, latency, cost, errors"),
        KeyBinding([.char("y")], .copyTraceID, help: "copy trace id (traces panel)"),
        KeyBinding([.char("w")], .writeTrace, help: "write trace JSON (traces panel)"),
    ]

    private static let list: [KeyBinding<AppAction>] = [
        KeyBinding([.enter], .drillDown, help: "open trace", isHint: true),
        KeyBinding([.escape, .backspace], .back, help: "back", keyLabel: "Esc/Bksp", isHint: true),
        KeyBinding([.char("n")], .nextMatch, help: "next / previous match", keyLabel: "n N"),
        KeyBinding([.char("N")], .previousMatch, help: "next / previous match", keyLabel: "n N"),
        KeyBinding([.char("s")], .cycleSort, help: "sort: time, latency, cost, errors, score (quality lists)"),
        KeyBinding([.char("y")], .copyTraceID, help: "copy trace id"),
        KeyBinding([.char("w")], .writeTrace, help: "write trace JSON"),
    ]

    private static let trace: [KeyBinding<AppAction>] = [
        KeyBinding([.enter], .drillDown, help: "open span", isHint: true),
        KeyBinding([.escape, .backspace], .back, help: "back", keyLabel: "Esc/Bksp", isHint: true),
        KeyBinding([.char("n")], .nextMatch, help: "next / previous matching span", keyLabel: "n N"),
        KeyBinding([.char("N")], .previousMatch, help: "next / previous matching span", keyLabel: "n N"),
        KeyBinding([.char("y")], .copyTraceID, help: "copy trace id", isHint: true),
        KeyBinding([.char("w")], .writeTrace, help: "write trace JSON", isHint: true),
    ]

    private static let scrolling: [KeyBinding<AppAction>] = movement(endsHelp: "top / bottom", moveHelp: "scroll")

    private static let span: [KeyBinding<AppAction>] = [
        KeyBinding([.escape, .backspace], .back, help: "back", keyLabel: "Esc/Bksp", isHint: true),
        KeyBinding([.char("y")], .copyTraceID, help: "copy trace id", isHint: true),
        KeyBinding([.char("w")], .writeTrace, help: "write trace JSON", isHint: true),
    ]

    private static let prompt: [KeyBinding<AppAction>] = [
        KeyBinding([.enter], .promptApply, help: "apply", isHint: true),
        KeyBinding([.escape], .promptCancel, help: "cancel", isHint: true),
        KeyBinding([.left], .promptLeft, help: "cursor left"),
        KeyBinding([.right], .promptRight, help: "cursor right"),
        KeyBinding([.home, .ctrl("a")], .promptHome, help: "start of line"),
        KeyBinding([.end, .ctrl("e")], .promptEnd, help: "end of line"),
        KeyBinding([.backspace], .promptBackspace, help: "delete before the cursor"),
        KeyBinding([.delete, .ctrl("d")], .promptDelete, help: "delete under the cursor"),
        KeyBinding([.ctrl("u")], .promptClearToStart, help: "delete to the start of the line"),
        KeyBinding([.ctrl("c")], .quit, help: "quit"),
    ]

    private static let help: [KeyBinding<AppAction>] = [
        KeyBinding([.char("?"), .escape], .toggleHelp, help: "close help", keyLabel: "? Esc", isHint: true),
        KeyBinding([.up, .char("k")], .moveUp, help: "scroll", keyLabel: "↑↓ j k"),
        KeyBinding([.down, .char("j")], .moveDown, help: "scroll", keyLabel: "↑↓ j k"),
    ]
}
