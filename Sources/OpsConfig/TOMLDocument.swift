import TOMLKit

/// A TOML file read into `ConfigNode`s, remembering its text to point errors at lines.
package struct TOMLDocument: Sendable {
    package let file: String
    package let text: String
    package let root: [(key: String, value: ConfigNode)]

    package init(text: String, file: String) throws(ConfigError) {
        self.file = file
        self.text = text
        if let bad = TOMLKeyGuard.firstBadKey(in: text) {
            throw ConfigError(
                file: file, line: bad.line,
                message: "not valid TOML: a key cannot start with '\(bad.character)'; use letters, digits, _ or -, or quote it")
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(
                file: file, line: error.source.begin.line, message: "not valid TOML: \(error.description)")
        } catch {
            throw ConfigError(file: file, line: nil, message: "not valid TOML: \(error)")
        }
        root = Self.entries(of: table)
    }

    static func entries(of table: TOMLTable) -> [(key: String, value: ConfigNode)] {
        table.keys.compactMap { key in table[key].map { (key: key, value: node(of: $0)) } }
    }

    static func node(of value: any TOMLValueConvertible) -> ConfigNode {
        switch value.type {
        case .table: return value.table.map { .table(entries(of: $0)) } ?? .table([])
        case .array: return .array(value.array.map { array in array.map { node(of: $0) } } ?? [])
        case .string: return .string(value.string ?? "")
        case .int: return .integer(value.int ?? 0)
        case .double: return .double(value.double ?? 0)
        case .bool: return .bool(value.bool ?? false)
        default: return .other(value.debugDescription)
        }
    }

    /// The line where `path` (table names then key) is set, found by reading the text.
    package func line(of path: [String]) -> Int? {
        KeyLocator(text: text).line(of: path)
    }

    package func error(at path: [String], _ message: String) -> ConfigError {
        ConfigError(file: file, line: line(of: path), message: message)
    }
}
