/// A semantic colour: widgets ask for a role, and a ``Theme`` decides what it looks like.
///
/// The raw value is the key used in theme files (`status_bar`, `key_hint`, …).
package enum ColorRole: String, CaseIterable, Sendable, Hashable {
    case text
    case muted
    case accent
    case ok
    case warning
    case critical
    case selection
    case border
    case title
    case header
    case graph
    case statusBar = "status_bar"
    case keyHint = "key_hint"
}
