/// Maps every ``ColorRole`` to the colours and attributes that show it.
package struct Theme: Sendable, Hashable {
    package var name: String
    package var roles: [ColorRole: ThemeColor]

    package init(name: String, roles: [ColorRole: ThemeColor]) {
        self.name = name
        self.roles = roles
    }

    /// The role's colours, falling back to ``ColorRole/text`` and then to terminal defaults.
    package subscript(role: ColorRole) -> ThemeColor {
        roles[role] ?? roles[.text] ?? ThemeColor()
    }

    /// The colours for a cell style: the role's, plus the style's own attributes.
    package func appearance(of style: Style) -> ThemeColor {
        var color = self[style.role]
        color.attributes.formUnion(style.attributes)
        return color
    }
}
