/// Keys that trigger an action, with the help text shown for them.
public struct KeyBinding<Action: Sendable & Hashable>: Sendable, Hashable {
    public var keys: [Key]
    public var action: Action
    public var help: String
    /// How the keys are shown (`↑/k`); the keys joined with `/` when nil.
    public var keyLabel: String?
    /// Shown in the status bar's hints, not only in the help overlay.
    public var isHint: Bool

    public init(_ keys: [Key], _ action: Action, help: String, keyLabel: String? = nil, isHint: Bool = false) {
        self.keys = keys
        self.action = action
        self.help = help
        self.keyLabel = keyLabel
        self.isHint = isHint
    }

    public var helpLine: KeyHelp {
        KeyHelp(keys: keyLabel ?? keys.map(\.description).joined(separator: "/"), description: help)
    }
}
