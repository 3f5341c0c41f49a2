/// A colour as a terminal understands it.
package enum TerminalColor: Sendable, Hashable {
    /// The terminal's own default foreground or background.
    case `default`
    /// One of the 16 ANSI colours (0–7 normal, 8–15 bright), as the user's palette shows them.
    case ansi(UInt8)
    /// An xterm-256 palette index.
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    /// The names accepted for ``ansi(_:)`` colours, by index.
    package static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// The colour as written in a theme file: `default`, a name, `#rrggbb`, or an index.
    package var specString: String {
        switch self {
        case .default:
            return "default"
        case .ansi(let index):
            return Int(index) < Self.ansiNames.count ? Self.ansiNames[Int(index)] : String(index)
        case .indexed(let index):
            return String(index)
        case .rgb(let red, let green, let blue):
            return "#"
                + [red, green, blue].map { byte in
                    let hex = String(byte, radix: 16)
                    return hex.count == 1 ? "0" + hex : hex
                }.joined()
        }
    }
}
