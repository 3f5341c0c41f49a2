/// A JSON document as a value: what `JSONParser` (OpsFormats) reads and `compact` writes back.
///
/// Numbers keep the text they were written with (`Number`), so 64-bit ids and nanosecond times
/// stay exact; objects keep their keys in document order, each key once (`JSONObject`).
/// Equality is structural: `1.0` and `1` are different numbers, `{"a":1,"b":2}` and
/// `{"b":2,"a":1}` different objects.
package enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Number)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The member's value when this is an object; nil for an absent key or another kind of value.
    package subscript(key: String) -> JSONValue? {
        guard case let .object(object) = self else { return nil }
        return object[key]
    }

    package var stringValue: String? {
        if case let .string(text) = self { return text }
        return nil
    }

    package var boolValue: Bool? {
        if case let .bool(flag) = self { return flag }
        return nil
    }

    package var numberValue: Number? {
        if case let .number(number) = self { return number }
        return nil
    }

    package var arrayValue: [JSONValue]? {
        if case let .array(items) = self { return items }
        return nil
    }

    package var objectValue: JSONObject? {
        if case let .object(object) = self { return object }
        return nil
    }

    package var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
