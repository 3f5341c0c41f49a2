/// What a theme gives one role: foreground, background and attributes.
package struct ThemeColor: Sendable, Hashable {
    package var foreground: TerminalColor
    package var background: TerminalColor
    package var attributes: TextAttributes

    package init(
        _ foreground: TerminalColor = .default,
        background: TerminalColor = .default,
        _ attributes: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}
