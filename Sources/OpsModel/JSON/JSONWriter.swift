/// Writes JSON text with keys in the order given, for stable, diffable reports.
package struct JSONWriter: Sendable {
    package private(set) var text = ""
    private var needsComma: [Bool] = [false]

    package init() {}

    package mutating func object(_ body: (inout JSONWriter) -> Void) {
        separate()
        text.append("{")
        needsComma.append(false)
        body(&self)
        needsComma.removeLast()
        text.append("}")
    }

    package mutating func array(_ body: (inout JSONWriter) -> Void) {
        separate()
        text.append("[")
        needsComma.append(false)
        body(&self)
        needsComma.removeLast()
        text.append("]")
    }

    /// Writes `"key":` inside an object; follow it with exactly one value.
    package mutating func key(_ name: String) {
        separate()
        Self.appendQuoted(name, to: &text)
        text.append(":")
        needsComma[needsComma.count - 1] = false
    }

    package mutating func value(_ string: String?) {
        separate()
        if let string { Self.appendQuoted(string, to: &text) } else { text.append("null") }
    }

    package mutating func value(_ number: Int) {
        separate()
        text.append(String(number))
    }

    package mutating func value(_ number: Int64) {
        separate()
        text.append(String(number))
    }

    package mutating func value(_ number: UInt64) {
        separate()
        text.append(String(number))
    }

    /// Non-finite numbers are written as null (JSON has no NaN or infinity).
    package mutating func value(_ number: Double?) {
        separate()
        guard let number, number.isFinite else {
            text.append("null")
            return
        }
        if number == number.rounded(), abs(number) < 1e15 {
            text.append(String(Int64(number)))
        } else {
            text.append(String(describing: number))
        }
    }

    package mutating func value(_ flag: Bool) {
        separate()
        text.append(flag ? "true" : "false")
    }

    package mutating func field(_ name: String, _ string: String?) {
        key(name)
        value(string)
    }

    package mutating func field(_ name: String, _ number: Int) {
        key(name)
        value(number)
    }

    package mutating func field(_ name: String, _ number: Int64) {
        key(name)
        value(number)
    }

    package mutating func field(_ name: String, _ number: UInt64) {
        key(name)
        value(number)
    }

    package mutating func field(_ name: String, _ number: Double?) {
        key(name)
        value(number)
    }

    package mutating func field(_ name: String, _ flag: Bool) {
        key(name)
        value(flag)
    }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { text.append(",") }
        needsComma[needsComma.count - 1] = true
    }

    /// `string` as a JSON string literal, control and format characters escaped (`\u0085`, `\u202e`).
    package static func quoted(_ string: String) -> String {
        var text = ""
        appendQuoted(string, to: &text)
        return text
    }

    package static func appendQuoted(_ string: String, to text: inout String) {
        text.append("\"")
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text.append("\\\"")
            case "\\": text.append("\\\\")
            case "\n": text.append("\\n")
            case "\r": text.append("\\r")
            case "\t": text.append("\\t")
            case "\u{2028}": text.append("\\u2028")
            case "\u{2029}": text.append("\\u2029")
            default:
                // Every control character (C0, DEL, C1) and invisible format character is escaped,
                // so JSON shown on a terminal is as safe as text and nothing vanishes.
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || SafeText.isFormatCharacter(scalar) {
                    for unit in String(scalar).utf16 {
                        let hex = String(unit, radix: 16)
                        text.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                    }
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        text.append("\"")
    }
}
