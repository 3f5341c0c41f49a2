import OpsModel

/// The escape sequence that asks a terminal to set the clipboard.
package enum OSC52 {
    /// `ESC ] 52 ; c ; <base64> BEL` for `text` (UTF-8).
    package static func sequence(for text: String) -> String {
        "\u{1b}]52;c;" + Base64.encode(Array(text.utf8)) + "\u{7}"
    }
}
