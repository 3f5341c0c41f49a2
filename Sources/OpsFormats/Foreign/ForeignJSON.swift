import OpsModel

/// A JSON object of another tool's record, read with `JSONParser`, with typed accessors that
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

    let object: JSONObject

    init(_ object: JSONObject) {
        self.object = object
    }

    /// Parses a whole line: a JSON object, else a problem.
    static func parseObject(_ line: UnsafeRawBufferPointer) throws(ForeignProblem) -> ForeignJSON {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line, maxDepth: maxDepth)
        } catch {
            if case .tooDeep = error.reason { throw ForeignProblem("JSON nested deeper than \(maxDepth) levels") }
            // The usage-log scanner has checked the syntax already: what is left is a number or the UTF-8.
            throw ForeignProblem("not readable JSON (a number out of range, or text that is not UTF-8)")
        }
        guard case let .object(object) = value else { throw ForeignProblem("expected a JSON object") }
        return ForeignJSON(object)
    }

    /// The member's value; nil when absent or `null`.
    subscript(key: String) -> JSONValue? {
        guard let value = object[key], !value.isNull else { return nil }
        return value
    }

    func has(_ key: String) -> Bool { self[key] != nil }

    /// Text of a string field; nil when absent, null or empty.
    func string(_ key: String) throws(ForeignProblem) -> String? {
        guard let value = self[key] else { return nil }
        guard case let .string(text) = value else { throw ForeignProblem("\(key) must be a string") }
        return text.isEmpty ? nil : text
    }

    /// Text of a string or a number field (ids and codes are written either way).
    func label(_ key: String) throws(ForeignProblem) -> String? {
        switch self[key] {
        case nil: return nil
        case let .string(text)?: return text.isEmpty ? nil : text
        case let .number(number)?:
            guard let integer = number.int64 else { throw ForeignProblem("\(key) must be a string or a whole number") }
            return String(integer)
        default: throw ForeignProblem("\(key) must be a string")
        }
    }

    /// A nested object; nil when absent, null or of another type (other tools vary here).
    func object(_ key: String) -> ForeignJSON? {
        self[key]?.objectValue.map(ForeignJSON.init)
    }

    /// An array field; nil when absent or null, a problem for another type.
    func array(_ key: String) throws(ForeignProblem) -> [JSONValue]? {
        guard let value = self[key] else { return nil }
        guard case let .array(items) = value else { throw ForeignProblem("\(key) must be an array") }
        return items
    }

    func bool(_ key: String) throws(ForeignProblem) -> Bool? {
        switch self[key] {
        case nil: return nil
        case let .bool(flag)?: return flag
        case let .string(text)? where text.lowercased() == "true": return true
        case let .string(text)? where text.lowercased() == "false": return false
        default: throw ForeignProblem("\(key) must be true or false")
        }
    }

    /// A token count: a whole number from 0 to a trillion.
    func count(_ key: String) throws(ForeignProblem) -> Int64? {
        guard let value = self[key] else { return nil }
        guard case let .number(number) = value, let integer = number.int64 else {
            throw ForeignProblem("\(key) must be a whole number")
        }
        guard integer >= 0 else { throw ForeignProblem("\(key) must not be negative (found \(integer))") }
        guard integer <= Self.maxCount else { throw ForeignProblem("\(key) is out of range (found \(integer))") }
        return integer
    }

    /// A cost in US dollars: a finite number from 0 to a million.
    func money(_ key: String) throws(ForeignProblem) -> Double? {
        guard let value = self[key] else { return nil }
        guard case let .number(number) = value else { throw ForeignProblem("\(key) must be a number") }
        let amount = number.double
        guard amount.isFinite, amount <= Self.maxCostUSD else { throw ForeignProblem("\(key) is out of range") }
        guard amount >= 0 else { throw ForeignProblem("\(key) must not be negative (found \(amount))") }
        return amount
    }

    /// A time given as epoch seconds (a float), or as ISO 8601 text, in nanoseconds.
    func epochSeconds(_ key: String) throws(ForeignProblem) -> Int64? {
        switch self[key] {
        case nil: return nil
        case .string?: return try isoTime(key)
        case let .number(number)?:
            let seconds = number.double
            guard seconds.isFinite, seconds > 0, seconds < Self.maxEpochSeconds else {
                throw ForeignProblem("\(key) is outside the years 1970 to 2200")
            }
            // A double holds epoch seconds to about 0.2 µs: round to the microseconds Python writes.
            let whole = seconds.rounded(.down)
            return Int64(whole) * 1_000_000_000 + Int64(((seconds - whole) * 1e6).rounded()) * 1000
        default: throw ForeignProblem("\(key) must be epoch seconds (a number)")
        }
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

    /// Text for content: strings as they are, arrays and objects as compact JSON with sorted keys.
    static func contentText(_ value: JSONValue) -> String? {
        switch value {
        case let .string(text): return text.isEmpty ? nil : text
        case .array, .object: return value.compact(sortingKeys: true)
        case .null, .bool, .number: return nil
        }
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
