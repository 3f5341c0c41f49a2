extension AppKeyMap {
    /// The key reference as Markdown tables, one per screen, generated from the key map
    /// (docs/keys.md is this text; a test keeps the two equal).
    package static func markdown(map: KeyMap<AppAction> = standard) -> String {
        var text = "# Keys\n\nGenerated from the key map (`Sources/OpsUI/App/AppKeyMap.swift`); `?` shows the same list on each screen.\n"
        let titles: [KeyScope: String] = [
            .global: "Everywhere (replay keys only while replaying)", .dashboard: "Dashboard", .list: "Trace list",
            .trace: "Trace view", .span: "Span detail", .filterPrompt: "Filter prompt (other printable keys type)",
            .help: "Help overlay",
        ]
        for scope in KeyScope.allCases {
            let lines = scope == .global
                ? helpLines(for: .global, replaying: true, map: map)
                : ownHelpLines(for: scope, map: map)
            guard !lines.isEmpty else { continue }
            text += "\n## \(titles[scope] ?? scope.rawValue)\n\n| keys | action |\n| --- | --- |\n"
            for line in lines {
                text += "| `\(line.keys.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|"))` | \(line.description) |\n"
            }
        }
        return text + filterMarkdown()
    }

    /// The `/` filter keys as a Markdown table, from ``FilterParser/reference``.
    static func filterMarkdown() -> String {
        var text = "\n## Filters\n\nTyped after `/`: `key:value` conditions (all must hold; a key repeated accepts any of its "
            + "values) and free text (part of a name, model, tool or trace id; double quotes keep spaces).\n\n"
            + "| filter | keeps traces where |\n| --- | --- |\n"
        for key in FilterParser.reference {
            text += "| `\(key.example)` | \(key.help) |\n"
        }
        return text
    }

    /// Help lines of a scope's own bindings, without the global ones it inherits.
    static func ownHelpLines(for scope: KeyScope, map: KeyMap<AppAction>) -> [KeyHelp] {
        let global = Set(helpLines(for: .global, replaying: true, map: map))
        return helpLines(for: scope, replaying: true, map: map).filter { !global.contains($0) }
    }
}
