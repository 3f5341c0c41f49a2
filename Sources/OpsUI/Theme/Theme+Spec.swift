extension Theme {
    /// Builds a theme from a theme file's `[roles]` table, validating every name and colour.
    ///
    /// Roles the file does not mention keep `base`'s colours; so a file may change one role.
    /// Role names are the ``ColorRole`` raw values (`text`, `status_bar`, …).
    package init(name: String, specs: [String: ThemeColorSpec], base: Theme = .default) throws(ThemeError) {
        guard !name.trimmingSpaces().isEmpty else { throw .emptyName }
        var roles = base.roles
        for (roleName, spec) in specs.sorted(by: { $0.key < $1.key }) {
            guard let role = ColorRole(rawValue: roleName) else {
                let names = ColorRole.allCases.map(\.rawValue)
                let best = names.min { editDistance(roleName, $0) < editDistance(roleName, $1) }
                let suggestion = best.flatMap { editDistance(roleName, $0) <= 3 ? $0 : nil }
                throw .unknownRole(roleName, suggestion: suggestion)
            }
            roles[role] = try ThemeColor(spec, role: roleName)
        }
        self.init(name: name, roles: roles)
    }

    /// The spec that ``init(name:specs:base:)`` turns back into this theme's colours.
    package var specs: [String: ThemeColorSpec] {
        Dictionary(uniqueKeysWithValues: roles.map { ($0.key.rawValue, $0.value.spec) })
    }
}

extension ThemeColor {
    init(_ spec: ThemeColorSpec, role: String) throws(ThemeError) {
        func color(_ text: String?, field: String) throws(ThemeError) -> TerminalColor {
            guard let text else { return .default }
            guard let color = TerminalColor(parsing: text) else {
                throw .unknownColor(text, role: role, field: field, suggestion: TerminalColor.suggestion(for: text))
            }
            return color
        }
        var attributes: TextAttributes = []
        if spec.bold == true { attributes.insert(.bold) }
        if spec.dim == true { attributes.insert(.dim) }
        if spec.underline == true { attributes.insert(.underline) }
        if spec.reverse == true { attributes.insert(.reverse) }
        self.init(try color(spec.fg, field: "fg"), background: try color(spec.bg, field: "bg"), attributes)
    }

    var spec: ThemeColorSpec {
        ThemeColorSpec(
            fg: foreground == .default ? nil : foreground.specString,
            bg: background == .default ? nil : background.specString,
            bold: attributes.contains(.bold) ? true : nil,
            dim: attributes.contains(.dim) ? true : nil,
            underline: attributes.contains(.underline) ? true : nil,
            reverse: attributes.contains(.reverse) ? true : nil
        )
    }
}
