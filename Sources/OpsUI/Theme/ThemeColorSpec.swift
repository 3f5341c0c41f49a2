/// One role of a theme as written in a theme file, before validation.
///
/// A field left nil means the terminal default colour, or the attribute off.
public struct ThemeColorSpec: Sendable, Hashable {
    public var fg: String?
    public var bg: String?
    public var bold: Bool?
    public var dim: Bool?
    public var underline: Bool?
    public var reverse: Bool?

    public init(
        fg: String? = nil,
        bg: String? = nil,
        bold: Bool? = nil,
        dim: Bool? = nil,
        underline: Bool? = nil,
        reverse: Bool? = nil
    ) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }

    /// The `role = "colour"` shorthand: a foreground only.
    public static func shorthand(_ foreground: String) -> ThemeColorSpec {
        ThemeColorSpec(fg: foreground)
    }

    /// The keys a role table may contain, for the config layer's unknown-key messages.
    public static let keys = ["fg", "bg", "bold", "dim", "underline", "reverse"]
}
