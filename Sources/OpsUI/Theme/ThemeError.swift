/// Why a theme from a file was rejected; the description tells the user what to write instead.
package enum ThemeError: Error, Sendable, Hashable, CustomStringConvertible {
    case emptyName
    case unknownRole(String, suggestion: String?)
    /// `field` is `fg` or `bg`.
    case unknownColor(String, role: String, field: String, suggestion: String?)

    package var description: String {
        switch self {
        case .emptyName:
            return "theme name is empty; set name = \"my-theme\""
        case .unknownRole(let role, let suggestion):
            let hint = suggestion.map { "did you mean '\($0)'? " } ?? ""
            let known = ColorRole.allCases.map(\.rawValue).joined(separator: ", ")
            return "unknown role '\(role)'; \(hint)roles are \(known)"
        case .unknownColor(let color, let role, let field, let suggestion):
            let hint = suggestion.map { "did you mean '\($0)'? " } ?? ""
            return "roles.\(role).\(field): unknown colour '\(color)'; \(hint)"
                + "use a name like 'red', '#rrggbb', or 0-255"
        }
    }
}
