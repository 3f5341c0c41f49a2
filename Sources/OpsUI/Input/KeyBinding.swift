/// Keys that trigger an action, with the help text shown for them.
package struct KeyBinding<Action: Sendable & Hashable>: Sendable, Hashable {
    package var keys: [Key]
    package var action: Action
    package var help: String
    /// How the keys are shown (`↑/k`); the keys joined with `/` when nil.
    package var keyLabel: String?
    /// Shown in the status bar's hints, not only in the help overlay.
    package var isHint: Bool

    package init(_ keys: [Key], _ action: Action, help: String, keyLabel: String? = nil, isHint: Bool = false) {
        self.keys = keys
        self.action = action
        self.help = help
        self.keyLabel = keyLabel
        self.isHint = isHint
    }

    package var helpLine: KeyHelp {
        KeyHelp(keys: keyLabel ?? keys.map(\.description).joined(separator: "/"), description: help)
    }
}
