/// What a circuit breaker guards.
package enum TargetKind: String, Sendable, Hashable, CaseIterable {
    case tool
    case model
    case provider
    /// A breaker the log names without saying what it guards.
    case other

    /// Reads a breaker line's `target_type`; nil and unknown words are ``other``.
    package init(parsing text: String?) {
        switch text?.lowercased() {
        case "tool", "tools", "function": self = .tool
        case "model", "llm": self = .model
        case "provider", "vendor", "api": self = .provider
        default: self = .other
        }
    }
}
