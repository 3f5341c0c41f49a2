/// Where the user is, for key bindings: each scope has its own bindings.
package enum KeyScope: String, CaseIterable, Sendable, Hashable {
    case global
    case dashboard
    case list
    case trace
    case span
    case filterPrompt = "filter_prompt"
    case help

    /// Whether global bindings apply here too. Not in the filter prompt, where `q` is a letter.
    package var inheritsGlobal: Bool {
        self != .global && self != .filterPrompt
    }
}
