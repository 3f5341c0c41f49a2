import Foundation
import OpsModel

/// A JSON object of another tool's record, read with Foundation, with typed accessors that
/// say which field was wrong.
///
/// Values are checked, not trusted: wrong types, negative or non-finite numbers and times
/// outside 1970–2200 are problems (the record is rejected with the field's name); absent,
/// `null` and `""` are nil.
struct ForeignJSON {
    /// Deepest nesting accepted; the records opstop reads are a few levels deep.
    static let maxDepth = 128
    /// Largest count or amount of tokens accepted (a trillion).
    static let maxCount: Int64 = 1_000_000_000_000
    /// Largest cost of one record accepted, in US dollars.
    static let maxCostUSD = 1_000_000.0

    let values: [String: Any]

    init(_ values: [String: Any]) {
        self.values = values
    }

    /// Parses a whole line: a JSON object, else a problem.
    static func parseObject(_ line: UnsafeRawBufferPointer) throws(ForeignProblem) -> ForeignJSON {
        let value = try parse(line)
        guard let object = value as? [String: Any] else { throw ForeignProblem("expected a JSON object") }
        return ForeignJSON(object)
    }

    /// Parses a whole line as any JSON value, after checking its depth (Foundation recurses).
    static func parse(_ line: UnsafeRawBufferPointer) throws(ForeignProblem) -> Any {
        guard OTLPJSONParser.nestingDepth(line, limit: maxDepth) <= maxDepth else { throw ForeignProblem("JSON nested deeper than \(maxDepth) levels") }
        do {
            return try JSONSerialization.jsonObject(with: Data(line), options: [])
        } catch {
            throw ForeignProblem("not readable JSON (a number out of range, or text that is not UTF-8)")
        }
    }

    /// The member's value; nil when absent or `null`.
    ///
    /// Types are told apart by their metatype: a cast such as `value is NSNull` on a Swift
    /// dictionary or array would bridge the whole container to Foundation first (on Linux), which
    /// made reading a record several times slower.
    subscript(key: String) -> Any? {
        guard let value = values[key], type(of: value) != NSNull.self else { return nil }
        return value
    }

    /// The value as a number (or a JSON boolean, which Foundation boxes as one), without bridging.
    static func number(_ value: Any) -> NSNumber? {
        guard type(of: value) is NSNumber.Type else { return nil }
        return value as AnyObject as? NSNumber
    }

    func has(_ key: String) -> Bool { self[key] != nil }

    /// Text of a string field; nil when absent, null or empty.
    func string(_ key: String) throws(ForeignProblem) -> String? {
        guard let value = self[key] else { return nil }
        guard let text = value as? String else { throw ForeignProblem("\(key) must be a string") }
        return text.isEmpty ? nil : text
    }

    /// Text of a string or a number field (ids and codes are written either way).
    func label(_ key: String) throws(ForeignProblem) -> String? {
        guard let value = self[key] else { return nil }
        if let text = value as? String { return text.isEmpty ? nil : text }
        if let number = Self.number(value), !Self.isBoolean(number) {
            guard let integer = Self.exactInteger(number) else {
                throw ForeignProblem("\(key) must be a string or a whole number")
            }
            return String(integer)
        }
        throw ForeignProblem("\(key) must be a string")
    }

    /// A nested object; nil when absent, null or of another type (other tools vary here).
    func object(_ key: String) -> ForeignJSON? {
        (self[key] as? [String: Any]).map(ForeignJSON.init)
    }

    /// An array field; nil when absent or null, a problem for another type.
    func array(_ key: String) throws(ForeignProblem) -> [Any]? {
        guard let value = self[key] else { return nil }
        guard let list = value as? [Any] else { throw ForeignProblem("\(key) must be an array") }
        return list
    }

    func bool(_ key: String) throws(ForeignProblem) -> Bool? {
        guard let value = self[key] else { return nil }
        if let number = Self.number(value), Self.isBoolean(number) { return number.boolValue }
        if let text = value as? String {
            switch text.lowercased() {
            case "true": return true
            case "false": return false
            default: break
            }
        }
        throw ForeignProblem("\(key) must be true or false")
    }

    /// A token count: a whole number from 0 to a trillion.
    func count(_ key: String) throws(ForeignProblem) -> Int64? {
        guard let value = self[key] else { return nil }
        guard let number = Self.number(value), !Self.isBoolean(number) else {
            throw ForeignProblem("\(key) must be a whole number")
        }
        guard let integer = Self.exactInteger(number) else { throw ForeignProblem("\(key) must be a whole number") }
        guard integer >= 0 else { throw ForeignProblem("\(key) must not be negative (found \(integer))") }
        guard integer <= Self.maxCount else { throw ForeignProblem("\(key) is out of range (found \(integer))") }
        return integer
    }

    /// A cost in US dollars: a finite number from 0 to a million.
    func money(_ key: String) throws(ForeignProblem) -> Double? {
        guard let value = self[key] else { return nil }
        guard let number = Self.number(value), !Self.isBoolean(number) else {
            throw ForeignProblem("\(key) must be a number")
        }
        let amount = number.doubleValue
        guard amount.isFinite, amount <= Self.maxCostUSD else { throw ForeignProblem("\(key) is out of range") }
        guard amount >= 0 else { throw ForeignProblem("\(key) must not be negative (found \(amount))") }
        return amount
    }

    /// A time given as epoch seconds (a float), or as ISO 8601 text, in nanoseconds.
    func epochSeconds(_ key: String) throws(ForeignProblem) -> Int64? {
        guard let value = self[key] else { return nil }
        guard let number = Self.number(value), !Self.isBoolean(number) else {
            // Checked after the number: a cast of a number to String would bridge it first.
            if value is String { return try isoTime(key) }
            throw ForeignProblem("\(key) must be epoch seconds (a number)")
        }
        let seconds = number.doubleValue
        guard seconds.isFinite, seconds > 0, seconds < Self.maxEpochSeconds else {
            throw ForeignProblem("\(key) is outside the years 1970 to 2200")
        }
        // A double holds epoch seconds to about 0.2 µs: round to the microseconds Python writes.
        let whole = seconds.rounded(.down)
        return Int64(whole) * 1_000_000_000 + Int64(((seconds - whole) * 1e6).rounded()) * 1000
    }

    /// A time given as ISO 8601 / RFC 3339 text; without a zone it is UTC (as LangSmith writes it).
    func isoTime(_ key: String) throws(ForeignProblem) -> Int64? {
        guard let text = try string(key) else { return nil }
        guard let nanos = Self.parseISOTime(text) else {
            throw ForeignProblem("\(key) '\(text.prefix(40))' is not an ISO 8601 time")
        }
        return nanos
    }

    static func parseISOTime(_ text: String) -> Int64? {
        guard text.utf8.count <= 64 else { return nil }
        if let nanos = RFC3339.parse(text) { return validTime(nanos) }
        return RFC3339.parse(text + "Z").flatMap(validTime)
    }

    /// 2200-01-01T00:00:00Z in seconds, the end of the times opstop reads.
    static let maxEpochSeconds = 7_258_118_400.0

    private static func validTime(_ nanos: Int64) -> Int64? {
        nanos > 0 && Double(nanos) < maxEpochSeconds * 1e9 ? nanos : nil
    }

    /// JSON `true`/`false` as Foundation boxes them (a char-typed number).
    static func isBoolean(_ number: NSNumber) -> Bool {
        let type = number.objCType.pointee
        return type == CChar(UInt8(ascii: "c")) || type == CChar(UInt8(ascii: "B"))
    }

    /// The number as an Int64 when it is whole and in range.
    static func exactInteger(_ number: NSNumber) -> Int64? {
        let type = number.objCType.pointee
        if type == CChar(UInt8(ascii: "d")) || type == CChar(UInt8(ascii: "f")) {
            let value = number.doubleValue
            guard value.isFinite, value.rounded() == value, abs(value) < 9.2e18 else { return nil }
            return Int64(value)
        }
        if type == CChar(UInt8(ascii: "Q")) {
            return number.uint64Value <= UInt64(Int64.max) ? Int64(number.uint64Value) : nil
        }
        return number.int64Value
    }

    /// Text for content: strings as they are, anything else as compact JSON.
    static func contentText(_ value: Any) -> String? {
        if let text = value as? String { return text.isEmpty ? nil : text }
        guard JSONSerialization.isValidJSONObject(value),
              let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
        else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

extension ForeignJSON {
    /// The first value that is present (typed throws do not pass through `??`, so candidates are read first).
    static func first<Value>(_ candidates: Value?...) -> Value? {
        for candidate in candidates {
            if let candidate { return candidate }
        }
        return nil
    }
}
