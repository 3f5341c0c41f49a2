/// One label matcher of a PromQL selector: `job="support-bot"`, `env=~"prod.*"`.
package struct LabelMatcher: Sendable, Hashable {
    package enum Operator: String, Sendable, Hashable, CaseIterable {
        case equal = "="
        case notEqual = "!="
        case matchesRegex = "=~"
        case notMatchesRegex = "!~"
    }

    package var name: String
    package var op: Operator
    package var value: String

    package init(_ name: String, _ op: Operator = .equal, _ value: String) {
        self.name = name
        self.op = op
        self.value = value
    }

    /// The matcher as PromQL text, its value quoted and escaped.
    package var promQL: String { name + op.rawValue + Self.quoted(value) }

    /// A double-quoted PromQL string literal.
    package static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\x" + (hex.count < 2 ? "0" + hex : hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Whether `text` is a valid label name (`[a-zA-Z_][a-zA-Z0-9_]*`).
    package static func isValidName(_ text: String) -> Bool {
        guard let first = text.utf8.first, first.isNameStart else { return false }
        return text.utf8.allSatisfy { $0.isNameStart || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) }
    }
}

extension UInt8 {
    fileprivate var isNameStart: Bool {
        (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z"))
            || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z"))
            || self == UInt8(ascii: "_")
    }
}
