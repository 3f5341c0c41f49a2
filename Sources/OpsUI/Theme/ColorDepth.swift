/// How many colours a terminal can show, from its capabilities and `NO_COLOR`.
package enum ColorDepth: Sendable, Hashable, Comparable {
    case monochrome
    case ansi8
    case ansi16
    case xterm256
    case trueColor

    /// The depth for a terminal reporting `colors` colours (curses' `COLORS`); 88-colour
    /// terminals are treated as 16, since their palette is not xterm's.
    package init(colorCount colors: Int, noColor: Bool = false) {
        switch colors {
        case _ where noColor: self = .monochrome
        case 0x1000000...: self = .trueColor
        case 256...: self = .xterm256
        case 16...: self = .ansi16
        case 8...: self = .ansi8
        default: self = .monochrome
        }
    }
}
