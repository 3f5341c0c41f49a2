import Foundation
import OpsUI

/// Finds a theme by built-in name or reads a theme file; mistakes name the file and line.
package enum ThemeLoader {
    /// A theme by name or path: a path (it has a `/` or ends in `.toml`) is read as given; a name is
    /// `NAME.toml` in the first of `searchPaths.themeDirectories` that has it, else a built-in theme.
    /// So a file named like a built-in theme replaces it.
    package static func load(_ nameOrPath: String, searchPaths: SearchPaths = .current()) throws(ConfigError) -> Theme {
        let isName = !nameOrPath.contains("/")
        var candidates: [String] = []
        if !isName || nameOrPath.hasSuffix(".toml") { candidates.append(nameOrPath) }
        if isName, !nameOrPath.isEmpty {
            let file = nameOrPath.hasSuffix(".toml") ? nameOrPath : nameOrPath + ".toml"
            candidates += searchPaths.themeDirectories.map { $0 + "/" + file }
        }
        for path in candidates where FileManager.default.fileExists(atPath: path) {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ConfigError(file: path, line: nil, message: "cannot read the theme file; check its permissions")
            }
            return try parse(String(decoding: data, as: UTF8.self), file: path)
        }
        if let theme = Theme.builtIn(named: nameOrPath) { return theme }
        let names = Theme.builtIn.map(\.name)
        throw ConfigError(
            file: nameOrPath, line: nil,
            message:
                "no such theme\(Suggestion.hint(for: nameOrPath, in: names)); built-in themes are \(names.joined(separator: ", ")), or give the path of a .toml theme file"
        )
    }

    package static func parse(_ text: String, file: String) throws(ConfigError) -> Theme {
        let document = try TOMLDocument(text: text, file: file)
        let root = TableReader(document: document, path: [], entries: document.root)
        try root.requireKnownKeys(["name", "roles"])
        let name = try root.string("name") ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        var specs: [String: ThemeColorSpec] = [:]
        if let roles = try root.table("roles") {
            for role in roles.keys {
                specs[role] = try spec(role, in: roles)
            }
        }
        do {
            return try Theme(name: name, specs: specs)
        } catch {
            throw themeError(error, document: document)
        }
    }

    private static func spec(_ role: String, in roles: TableReader) throws(ConfigError) -> ThemeColorSpec {
        guard let node = roles.value(role) else { return ThemeColorSpec() }
        switch node {
        case let .string(color):
            return .shorthand(color)
        case let .integer(index):
            return .shorthand(String(index))
        case .table:
            guard let table = try roles.table(role) else { return ThemeColorSpec() }
            try table.requireKnownKeys(ThemeColorSpec.keys)
            return ThemeColorSpec(
                fg: try color("fg", in: table), bg: try color("bg", in: table), bold: try table.bool("bold"),
                dim: try table.bool("dim"), underline: try table.bool("underline"), reverse: try table.bool("reverse"))
        default:
            throw roles.error(
                role,
                "'\(role)' must be a colour like \"#ff8800\" or a table like { fg = \"red\", bold = true }, not \(node.kindName)"
            )
        }
    }

    private static func color(_ key: String, in table: TableReader) throws(ConfigError) -> String? {
        guard let node = table.value(key) else { return nil }
        switch node {
        case let .string(text): return text
        case let .integer(index): return String(index)
        default:
            throw table.error(key, "'\(key)' must be a colour like \"red\", \"#ff8800\" or 0-255, not \(node.kindName)")
        }
    }

    private static func themeError(_ error: ThemeError, document: TOMLDocument) -> ConfigError {
        switch error {
        case .emptyName:
            return document.error(at: ["name"], error.description)
        case let .unknownRole(role, _):
            return document.error(at: ["roles", role], error.description)
        case let .unknownColor(_, role, field, _):
            return document.error(at: ["roles", role, field], error.description)
        }
    }
}
