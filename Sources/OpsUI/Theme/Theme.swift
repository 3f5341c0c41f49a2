/// Maps every ``ColorRole`` to the colours and attributes that show it.
public struct Theme: Sendable, Hashable {
    public var name: String
    public var roles: [ColorRole: ThemeColor]

    public init(name: String, roles: [ColorRole: ThemeColor]) {
        self.name = name
        self.roles = roles
    }

    /// The role's colours, falling back to ``ColorRole/text`` and then to terminal defaults.
    public subscript(role: ColorRole) -> ThemeColor {
        roles[role] ?? roles[.text] ?? ThemeColor()
    }

    /// The colours for a cell style: the role's, plus the style's own attributes.
    public func appearance(of style: Style) -> ThemeColor {
        var color = self[style.role]
        color.attributes.formUnion(style.attributes)
        return color
    }
}
