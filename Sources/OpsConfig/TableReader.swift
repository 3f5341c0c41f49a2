
/// Reads one TOML table against a schema: typed getters, and unknown keys reported with a suggestion.
struct TableReader {
    let document: TOMLDocument
    let path: [String]
    let entries: [(key: String, value: ConfigNode)]
    /// Set for the tables of an array of tables (`[[metrics.mapping]]`): which one this is, 0-based.
    let arrayIndex: Int?

    init(document: TOMLDocument, path: [String], entries: [(key: String, value: ConfigNode)], arrayIndex: Int? = nil) {
        self.document = document
        self.path = path
        self.entries = entries
        self.arrayIndex = arrayIndex
    }

    var keys: [String] { entries.map(\.key) }

    func value(_ key: String) -> ConfigNode? { entries.last { $0.key == key }?.value }

    func error(_ key: String, _ message: String) -> ConfigError {
        if let arrayIndex {
            let line = KeyLocator(text: document.text).line(ofArrayTable: path, index: arrayIndex, key: key)
            return ConfigError(file: document.file, line: line, message: message)
        }
        return document.error(at: path + [key], message)
    }

    /// The tables of an array of tables such as `[[metrics.mapping]]`; nil when `key` is not set.
    func arrayOfTables(_ key: String) throws(ConfigError) -> [TableReader]? {
        guard let node = value(key) else { return nil }
        let header = "[[" + (path + [key]).joined(separator: ".") + "]]"
        guard case let .array(items) = node else {
            throw error(key, "'\(key)' must be written as \(header) tables, not \(node.kindName)")
        }
        var readers: [TableReader] = []
        for (index, item) in items.enumerated() {
            guard case let .table(entries) = item else {
                throw error(key, "'\(key)' must be written as \(header) tables, not a list of \(item.kindName)")
            }
            readers.append(TableReader(document: document, path: path + [key], entries: entries, arrayIndex: index))
        }
        return readers
    }

    /// A string or a list of strings, as a list.
    func strings(_ key: String) throws(ConfigError) -> [String]? {
        guard let node = value(key) else { return nil }
        switch node {
        case let .string(text): return [text]
        case let .array(items):
            var texts: [String] = []
            for item in items {
                guard case let .string(text) = item else {
                    throw error(key, "'\(key)' must be a string or a list of strings")
                }
                texts.append(text)
            }
            return texts
        default: throw error(key, "'\(key)' must be a string or a list of strings, not \(node.kindName)")
        }
    }

    /// The line of this table's own header (for errors about the table as a whole).
    var headerLine: Int? {
        guard let arrayIndex else { return document.line(of: path) }
        return KeyLocator(text: document.text).line(ofArrayTable: path, index: arrayIndex, key: nil)
    }

    var qualifiedName: String { path.joined(separator: ".") }

    /// Every key must be one of `allowed`.
    func requireKnownKeys(_ allowed: [String]) throws(ConfigError) {
        for key in keys where !allowed.contains(key) {
            let place = path.isEmpty ? "" : " in [\(qualifiedName)]"
            throw error(
                key,
                "unknown key '\(key)'\(place)\(Suggestion.hint(for: key, in: allowed)); known keys: \(allowed.joined(separator: ", "))"
            )
        }
    }

    func table(_ key: String) throws(ConfigError) -> TableReader? {
        guard let node = value(key) else { return nil }
        guard case let .table(entries) = node else {
            throw error(
                key, "'\(key)' must be a table like [\((path + [key]).joined(separator: "."))], not \(node.kindName)")
        }
        return TableReader(document: document, path: path + [key], entries: entries, arrayIndex: arrayIndex)
    }

    func double(_ key: String, range: ClosedRange<Double>? = nil) throws(ConfigError) -> Double? {
        guard let node = value(key) else { return nil }
        let number: Double
        switch node {
        case let .double(value): number = value
        case let .integer(value): number = Double(value)
        default: throw error(key, "'\(key)' must be a number, not \(node.kindName)")
        }
        if let range, !range.contains(number) || !number.isFinite {
            throw error(key, "'\(key)' must be between \(range.lowerBound) and \(range.upperBound), not \(number)")
        }
        return number
    }

    func integer(_ key: String, range: ClosedRange<Int>) throws(ConfigError) -> Int? {
        guard let node = value(key) else { return nil }
        guard case let .integer(number) = node else {
            throw error(key, "'\(key)' must be a whole number, not \(node.kindName)")
        }
        guard range.contains(number) else {
            throw error(key, "'\(key)' must be between \(range.lowerBound) and \(range.upperBound), not \(number)")
        }
        return number
    }

    func bool(_ key: String) throws(ConfigError) -> Bool? {
        guard let node = value(key) else { return nil }
        guard case let .bool(flag) = node else {
            throw error(key, "'\(key)' must be true or false, not \(node.kindName)")
        }
        return flag
    }

    func string(_ key: String) throws(ConfigError) -> String? {
        guard let node = value(key) else { return nil }
        guard case let .string(text) = node else { throw error(key, "'\(key)' must be a string, not \(node.kindName)") }
        return text
    }

    /// A duration as `"30s"`, `"5m"`, `"1h"`, `"250ms"`, or a number of seconds.
    func duration(_ key: String) throws(ConfigError) -> Int64? {
        guard let node = value(key) else { return nil }
        switch node {
        case let .integer(seconds) where seconds >= 0 && seconds < 10_000_000:
            return Int64(seconds) * 1_000_000_000
        case let .double(seconds) where seconds >= 0 && seconds < 10_000_000:
            return Int64(seconds * 1e9)
        case let .string(text):
            if let nanos = DurationParser.nanos(text) { return nanos }
            throw error(key, "'\(key)' = \"\(text)\" is not a duration; write it like \"30s\", \"5m\" or \"1h\"")
        default:
            throw error(key, "'\(key)' must be a duration like \"30s\" or \"5m\", not \(node.kindName)")
        }
    }
}
