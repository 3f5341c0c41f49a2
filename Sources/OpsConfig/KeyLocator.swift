/// Finds the line of a key in TOML text, for error messages (the parser does not keep positions).
struct KeyLocator {
    let lines: [Substring]

    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line of `path`: a `[table]` header or a `key =` line inside the right table.
    func line(of path: [String]) -> Int? {
        guard let last = path.last else { return nil }
        let parents = Array(path.dropLast())
        var currentTable: [String] = []
        var fallback: Int?
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingPrefixWhitespace()
            if line.hasPrefix("[") {
                let name = line.drop { $0 == "[" }.prefix { $0 != "]" }
                currentTable = Self.splitDotted(String(name))
                if currentTable == path { return index + 1 }
                continue
            }
            guard let equals = line.firstIndex(of: "=") else { continue }
            let keyPath = Self.splitDotted(String(line[..<equals]))
            if currentTable + keyPath == path || (currentTable == parents && keyPath.first == last) {
                return index + 1
            }
            if keyPath.last == last && fallback == nil { fallback = index + 1 }
            if keyPath.first.map({ (currentTable + [$0]) == Array(path.prefix(currentTable.count + 1)) }) ?? false,
                path.count > currentTable.count + 1, fallback == nil
            {
                fallback = index + 1
            }
        }
        return fallback
    }

    /// The line of `key` in the `index`-th (0-based) `[[path]]` table, or of that table's header
    /// when `key` is nil or not found there.
    func line(ofArrayTable path: [String], index: Int, key: String?) -> Int? {
        var seen = -1
        var header: Int?
        for (number, raw) in lines.enumerated() {
            let line = raw.trimmingPrefixWhitespace()
            if header == nil {
                guard line.hasPrefix("[[") else { continue }
                let name = line.dropFirst(2).prefix { $0 != "]" }
                guard Self.splitDotted(String(name)) == path else { continue }
                seen += 1
                if seen == index { header = number + 1 }
                continue
            }
            guard let key else { break }
            if line.hasPrefix("[") { break }
            guard let equals = line.firstIndex(of: "=") else { continue }
            if Self.splitDotted(String(line[..<equals])).first == key { return number + 1 }
        }
        return header
    }

    static func splitDotted(_ text: String) -> [String] {
        text.split(separator: ".").map { part in
            var name = part.trimmingPrefixWhitespace()
            while name.last == " " || name.last == "\t" { name.removeLast() }
            if name.count >= 2, let first = name.first, first == "\"" || first == "'", name.last == first {
                name = name.dropFirst().dropLast()
            }
            return String(name)
        }
    }
}

extension Substring {
    func trimmingPrefixWhitespace() -> Substring {
        drop { $0 == " " || $0 == "\t" }
    }
}
