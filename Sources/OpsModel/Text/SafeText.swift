/// Untrusted text made safe for a terminal: the one sanitising path for everything opstop shows
/// or prints (the screen, text `report`, `snapshot`, error messages, the clipboard).
///
/// Log lines and spans received over the network are untrusted: an escape sequence copied to a
/// terminal would be executed (`ESC [2J` clears the screen, OSC 52 writes the clipboard), and
/// invisible characters reorder or shift what is shown. Sanitizing makes every such character
/// visible instead:
///
/// | input | shown as |
/// | --- | --- |
/// | C0 controls U+0000–U+001F (ESC, BEL, NUL, …) | the Control Pictures `␛`, `␇`, `␀`, … (U+2400 + code) |
/// | DEL U+007F | `␡` |
/// | C1 controls U+0080–U+009F (8-bit CSI, OSC, …) | U+FFFD `�` |
/// | format characters (general category Cf): bidi embeddings, overrides, isolates and marks U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C; zero-width space, joiners U+200B–U+200D, word joiner U+2060, BOM U+FEFF, soft hyphen, tags | U+FFFD `�` |
/// | tab | one space |
/// | LF, CRLF, U+2028, U+2029 | `⏎` (``Newlines/symbol``) or a space (``Newlines/space``) |
/// | lone CR | `␍` |
/// | a combining mark with nothing to attach to | attached to `◌` |
///
/// So `"\u{1b}[2J"` is shown as `␛[2J`, and every character of the original is still accounted for.
/// Format characters are replaced rather than passed on because terminals disagree on their width
/// (a zero-width joiner between emoji is one glyph in one terminal and two in the next), so a row
/// with one in it would shift.
package enum SafeText {
    /// What a line break in single-line text becomes.
    package enum Newlines: Sendable, Hashable {
        case symbol
        case space
    }

    /// Replaces everything a terminal would interpret (see the table above). Idempotent.
    package static func sanitize(_ untrusted: String, newlines: Newlines = .symbol) -> String {
        if isPrintableASCII(untrusted) { return untrusted }
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
            default:
                out.append(isFormatCharacter(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        if let first = out.first, isCombiningMark(first) {
            out.insert("\u{25CC}", at: out.startIndex)
        }
        return String(out)
    }

    /// Whether every character of `text` is printable ASCII (U+0020-U+007E).
    package static func isPrintableASCII(_ text: String) -> Bool {
        // Reading the bytes in place is several times cheaper than through the UTF-8 view's iterator.
        text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(isPrintableASCII(byte:)) }
            ?? text.utf8.allSatisfy(isPrintableASCII(byte:))
    }

    private static func isPrintableASCII(byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }

    /// Sanitizes each line of `text` on its own, keeping its line breaks: for whole messages and
    /// reports, where a line break is meant.
    package static func sanitizeLines(_ text: String) -> String {
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A }) { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { sanitize(String($0)) }.joined(separator: "\n")
    }

    /// Whether the scalar is an invisible format character (general category Cf): bidi controls,
    /// zero-width spaces and joiners, the BOM, tags. Only a few blocks hold them, so most
    /// scalars are answered without looking up Unicode properties.
    package static func isFormatCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x00AD, 0x0600...0x070F, 0x0890...0x08E2, 0x180E, 0x200B...0x206F, 0xFEFF, 0xFFF9...0xFFFB, 0x1_0000...:
            return scalar.properties.generalCategory == .format
        default:
            return false
        }
    }

    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
