import OpsModel

/// An OTLP attribute value (`AnyValue`), as read from protobuf or OTLP/JSON.
enum OTLPAnyValue: Sendable, Hashable {
    case string(String)
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case bytes([UInt8])
    case array([OTLPAnyValue])
    case kvlist([OTLPKeyValue])
    /// A value with none of the oneof's fields set.
    case empty

    /// Text for a label: strings as they are, numbers and booleans as written; nil for containers.
    var text: String? {
        switch self {
        case let .string(text): return text.isEmpty ? nil : text
        case let .int(value): return String(value)
        case let .double(value): return String(value)
        case let .bool(value): return value ? "true" : "false"
        case .bytes, .array, .kvlist, .empty: return nil
        }
    }

    /// Content text: strings as they are, everything else as compact JSON.
    var contentText: String {
        if case let .string(text) = self { return text }
        var out = ""
        appendJSON(to: &out)
        return out
    }

    /// Writes the value as JSON: kvlists become objects, bytes become base64 strings.
    func appendJSON(to out: inout String) {
        switch self {
        case let .string(text): Self.appendQuoted(text, to: &out)
        case let .bool(value): out += value ? "true" : "false"
        case let .int(value): out += String(value)
        case let .double(value): out += value.isFinite ? String(value) : "null"
        case let .bytes(bytes): Self.appendQuoted(Base64.encode(bytes), to: &out)
        case .empty: out += "null"
        case let .array(values):
            out += "["
            for (index, value) in values.enumerated() {
                if index > 0 { out += "," }
                value.appendJSON(to: &out)
            }
            out += "]"
        case let .kvlist(pairs):
            out += "{"
            for (index, pair) in pairs.enumerated() {
                if index > 0 { out += "," }
                Self.appendQuoted(pair.key, to: &out)
                out += ":"
                pair.value.appendJSON(to: &out)
            }
            out += "}"
        }
    }

    static func appendQuoted(_ text: String, to out: inout String) {
        JSONWriter.appendQuoted(text, to: &out)
    }
}

/// One attribute: a key and its value.
struct OTLPKeyValue: Sendable, Hashable {
    var key: String
    var value: OTLPAnyValue
}
