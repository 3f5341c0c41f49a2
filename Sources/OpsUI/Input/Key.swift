/// A key press (or a resize), decoded by the backend.
package enum Key: Sendable, Hashable {
    /// A printable character, already shifted (`Q`, `?`, `中`).
    case char(Character)
    case enter
    case escape
    case backspace
    case delete
    case insert
    case tab
    case backTab
    case up
    case down
    case left
    case right
    case pageUp
    case pageDown
    case home
    case end
    /// Control plus a letter, lower-cased (`ctrl("c")`).
    case ctrl(Character)
    /// F1 is `function(1)`.
    case function(Int)
    /// The terminal changed size; not a key, but it arrives the same way.
    case resize
}

extension Key: CustomStringConvertible {
    /// How the key is written in help and hints: `q`, `Enter`, `↑`, `Ctrl-C`, `F5`, `Space`.
    package var description: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let character): return String(character)
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .ctrl(let character): return "Ctrl-" + String(character).uppercased()
        case .function(let number): return "F\(number)"
        case .resize: return "Resize"
        }
    }
}
