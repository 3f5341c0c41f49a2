/// Text that is safe to show on a terminal, with its display width.
///
/// Log lines are untrusted: an escape sequence copied into a cell would be executed by the
/// terminal (`ESC [2J` clears the screen, OSC 52 writes the clipboard). Sanitizing makes every
/// such character visible instead:
///
/// | input | shown as |
/// | --- | --- |
/// | C0 controls U+0000–U+001F (ESC, BEL, NUL, …) | the Control Pictures `␛`, `␇`, `␀`, … (U+2400 + code) |
/// | DEL U+007F | `␡` |
/// | C1 controls U+0080–U+009F (8-bit CSI, OSC, …) | U+FFFD `�` |
/// | tab | one space |
/// | LF, CRLF, U+2028, U+2029 | `⏎` (``NewlinePolicy/symbol``) or a space (``NewlinePolicy/space``) |
/// | lone CR | `␍` |
/// | bidi embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069 | removed |
/// | a combining mark with nothing to attach to | attached to `◌` |
///
/// So `"\u{1b}[2J"` is shown as `␛[2J`, and every byte of the original is still accounted for.
package struct TerminalText: Sendable, Hashable {
    /// What a line break in single-line text becomes.
    package enum NewlinePolicy: Sendable, Hashable {
        case symbol
        case space
    }

    package let string: String
    /// Columns the text occupies (see ``TerminalText/displayWidth(of:)-swift.type.method``).
    package let width: Int

    package init(_ untrusted: String, newlines: NewlinePolicy = .symbol) {
        let clean = Self.sanitize(untrusted, newlines: newlines)
        self.string = clean
        self.width = Self.displayWidth(of: clean)
    }

    /// Replaces everything a terminal would interpret (see the table above). Idempotent.
    package static func sanitize(_ untrusted: String, newlines: NewlinePolicy = .symbol) -> String {
        if untrusted.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return untrusted }
        let newline: Unicode.Scalar = newlines == .symbol ? "\u{23CE}" : " "
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in untrusted.unicodeScalars {
            let value = scalar.value
            defer { previousWasCR = value == 0x0D }
            switch value {
            case 0x09:
                out.append(" ")
            case 0x0A, 0x2028, 0x2029:
                if previousWasCR, value == 0x0A { out.removeLast() }
                out.append(newline)
            case 0x0D:
                out.append("\u{240D}")
            case 0x00...0x1F:
                out.append(Unicode.Scalar(0x2400 + value) ?? "\u{FFFD}")
            case 0x7F:
                out.append("\u{2421}")
            case 0x80...0x9F:
                out.append("\u{FFFD}")
            case 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                out.append(scalar)
            }
        }
        if let first = out.first, isCombiningMark(first) {
            out.insert("\u{25CC}", at: out.startIndex)
        }
        return String(out)
    }

    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
