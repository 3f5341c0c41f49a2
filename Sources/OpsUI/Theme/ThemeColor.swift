/// What a theme gives one role: foreground, background and attributes.
public struct ThemeColor: Sendable, Hashable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: TextAttributes

    public init(
        _ foreground: TerminalColor = .default,
        background: TerminalColor = .default,
        _ attributes: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}
