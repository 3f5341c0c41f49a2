extension JSONValue {
    /// One-line JSON text: keys in document order, numbers as written, strings escaped as `JSONWriter` does.
    package var compact: String { compact(sortingKeys: false) }

    /// One-line JSON text; with `sortingKeys`, each object's keys in code-point order (as Python's
    /// `sort_keys` and Go write them), for text that does not depend on the writer's key order.
    package func compact(sortingKeys: Bool) -> String {
        var text = ""
        append(to: &text, sortingKeys: sortingKeys)
        return text
    }

    private func append(to text: inout String, sortingKeys: Bool) {
        switch self {
        case .null: text.append("null")
        case let .bool(flag): text.append(flag ? "true" : "false")
        case let .number(number): text.append(number.text)
        case let .string(string): JSONWriter.appendQuoted(string, to: &text)
        case let .array(items):
            text.append("[")
            for (index, item) in items.enumerated() {
                if index > 0 { text.append(",") }
                item.append(to: &text, sortingKeys: sortingKeys)
            }
            text.append("]")
        case let .object(object):
            text.append("{")
            let members =
                sortingKeys
                ? object.members.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
                : object.members
            for (index, member) in members.enumerated() {
                if index > 0 { text.append(",") }
                JSONWriter.appendQuoted(member.key, to: &text)
                text.append(":")
                member.value.append(to: &text, sortingKeys: sortingKeys)
            }
            text.append("}")
        }
    }
}
