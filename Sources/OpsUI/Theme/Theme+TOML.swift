extension Theme {
    /// The theme as a theme file (see docs/themes.md); the files in `themes/` are exactly this.
    package var tomlText: String {
        let width = ColorRole.allCases.map(\.rawValue.count).max() ?? 0
        var lines = [
            "# opstop theme; format described in docs/themes.md",
            "name = \"\(name)\"",
            "",
            "[roles]",
        ]
        for role in ColorRole.allCases {
            let key = role.rawValue.paddedRight(to: width)
            lines.append("\(key) = \(Self.tomlValue(self[role]))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func tomlValue(_ color: ThemeColor) -> String {
        if color.background == .default, color.attributes.isEmpty {
            return "\"\(color.foreground.specString)\""
        }
        var fields: [String] = []
        if color.foreground != .default { fields.append("fg = \"\(color.foreground.specString)\"") }
        if color.background != .default { fields.append("bg = \"\(color.background.specString)\"") }
        let names: [(TextAttributes, String)] = [
            (.bold, "bold"), (.dim, "dim"), (.underline, "underline"), (.reverse, "reverse"),
        ]
        for (attribute, name) in names where color.attributes.contains(attribute) {
            fields.append("\(name) = true")
        }
        return "{ " + fields.joined(separator: ", ") + " }"
    }
}

extension String {
    func paddedRight(to length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
