import OpsModel

/// Text that is safe to show on a terminal, with its display width.
///
/// Sanitizing is ``SafeText/sanitize(_:newlines:)``, the one path every output of opstop takes:
/// escape sequences, C1 controls and invisible format characters become visible symbols, so
/// `"\u{1b}[2J"` is shown as `␛[2J`.
package struct TerminalText: Sendable, Hashable {
    /// What a line break in single-line text becomes.
    package enum NewlinePolicy: Sendable, Hashable {
        case symbol
        case space
    }

    package let string: String
    /// Columns the text occupies (see ``SafeText/displayWidth(of:)-swift.type.method``).
    package let width: Int

    package init(_ untrusted: String, newlines: NewlinePolicy = .symbol) {
        let clean = Self.sanitize(untrusted, newlines: newlines)
        self.string = clean
        self.width = Self.displayWidth(of: clean)
    }

    /// Replaces everything a terminal would interpret (``SafeText``'s table). Idempotent.
    package static func sanitize(_ untrusted: String, newlines: NewlinePolicy = .symbol) -> String {
        SafeText.sanitize(untrusted, newlines: newlines == .symbol ? .symbol : .space)
    }

    /// Columns a grapheme occupies: 0, 1 or 2 (``SafeText``'s rules).
    package static func displayWidth(of grapheme: Character) -> Int { SafeText.displayWidth(of: grapheme) }

    /// Sum of the graphemes' widths.
    package static func displayWidth(of text: String) -> Int { SafeText.displayWidth(of: text) }
}
