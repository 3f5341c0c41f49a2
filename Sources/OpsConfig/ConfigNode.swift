/// A parsed TOML value, detached from the parser so the rest of config handling is plain Swift.
package indirect enum ConfigNode: Sendable, Equatable {
    case table([(key: String, value: ConfigNode)])
    case array([ConfigNode])
    case string(String)
    case integer(Int)
    case double(Double)
    case bool(Bool)
    /// Dates and times: kept as text, opstop has no setting that takes one.
    case other(String)

    package static func == (lhs: ConfigNode, rhs: ConfigNode) -> Bool {
        switch (lhs, rhs) {
        case let (.table(left), .table(right)):
            return left.count == right.count && zip(left, right).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case let (.array(left), .array(right)): return left == right
        case let (.string(left), .string(right)): return left == right
        case let (.integer(left), .integer(right)): return left == right
        case let (.double(left), .double(right)): return left == right
        case let (.bool(left), .bool(right)): return left == right
        case let (.other(left), .other(right)): return left == right
        default: return false
        }
    }

    /// What a user would call this kind of value in an error message.
    package var kindName: String {
        switch self {
        case .table: return "a table"
        case .array: return "an array"
        case .string: return "a string"
        case .integer: return "an integer"
        case .double: return "a number"
        case .bool: return "true or false"
        case .other: return "a date or time"
        }
    }
}
