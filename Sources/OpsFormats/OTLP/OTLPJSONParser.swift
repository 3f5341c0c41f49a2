import OpsModel
import Foundation

/// Reads an OTLP/JSON `ExportTraceServiceRequest` (`{"resourceSpans":[…]}`).
///
/// Follows the OTLP/JSON rules: lowerCamelCase keys, hex trace and span ids, enums as
/// integers (their names are accepted too), 64-bit integers as strings or numbers, bytes as
/// base64. Unknown keys are ignored. The body is checked for size and nesting depth before
/// Foundation parses it, so deep input cannot exhaust the stack.
enum OTLPJSONParser {
    static func parseRequest(_ bytes: [UInt8], maxBytes: Int, maxDepth: Int) throws(OTLPDecodingError)
        -> [(OTLPResourceContext, [OTLPSpanRecord])]
    {
        guard bytes.count <= maxBytes else {
            throw .json("body of \(bytes.count) bytes is larger than the \(maxBytes)-byte limit")
        }
        let depth = nestingDepth(bytes)
        guard depth <= maxDepth else { throw .json("JSON nested deeper than \(maxDepth) levels") }
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw .json("not JSON")
        }
        guard let object = root as? [String: Any] else { throw .json("expected a JSON object with resourceSpans") }
        var groups: [(OTLPResourceContext, [OTLPSpanRecord])] = []
        for resourceSpans in array(object["resourceSpans"]) {
            guard let resourceSpans = resourceSpans as? [String: Any] else { continue }
            var context = OTLPResourceContext()
            if let resource = resourceSpans["resource"] as? [String: Any] {
                for pair in attributes(resource["attributes"]) where pair.key == "service.name" {
                    context.serviceName = pair.value.text
                }
            }
            var spans: [OTLPSpanRecord] = []
            for scopeSpans in array(resourceSpans["scopeSpans"]) {
                guard let scopeSpans = scopeSpans as? [String: Any] else { continue }
                for span in array(scopeSpans["spans"]) {
                    spans.append(parseSpan(span))
                }
            }
            groups.append((context, spans))
        }
        return groups
    }

    private static func parseSpan(_ value: Any) -> OTLPSpanRecord {
        var span = OTLPSpanRecord()
        guard let object = value as? [String: Any] else {
            span.problem = "span is not a JSON object"
            return span
        }
        var problems: [String] = []
        span.traceID = hexID(object["traceId"], field: "traceId", problems: &problems)
        span.spanID = hexID(object["spanId"], field: "spanId", problems: &problems)
        span.parentSpanID = hexID(object["parentSpanId"], field: "parentSpanId", problems: &problems)
        span.name = object["name"] as? String ?? ""
        span.kind = enumValue(object["kind"], prefix: "SPAN_KIND_", names: ["UNSPECIFIED", "INTERNAL", "SERVER",
                                                                             "CLIENT", "PRODUCER", "CONSUMER"])
        span.startNanos = unsigned(object["startTimeUnixNano"], field: "startTimeUnixNano", problems: &problems)
        span.endNanos = unsigned(object["endTimeUnixNano"], field: "endTimeUnixNano", problems: &problems)
        span.attributes = attributes(object["attributes"])
        for event in array(object["events"]) {
            guard let event = event as? [String: Any] else { continue }
            var record = OTLPEventRecord()
            record.name = event["name"] as? String ?? ""
            record.timeNanos = unsigned(event["timeUnixNano"], field: "timeUnixNano", problems: &problems)
            record.attributes = attributes(event["attributes"])
            span.events.append(record)
        }
        if let status = object["status"] as? [String: Any] {
            span.statusCode = enumValue(status["code"], prefix: "STATUS_CODE_", names: ["UNSET", "OK", "ERROR"])
            span.statusMessage = status["message"] as? String ?? ""
        }
        span.problem = problems.first
        return span
    }

    static func array(_ value: Any?) -> [Any] { value as? [Any] ?? [] }

    static func attributes(_ value: Any?) -> [OTLPKeyValue] {
        array(value).compactMap { element in
            guard let object = element as? [String: Any], let key = object["key"] as? String else { return nil }
            return OTLPKeyValue(key: key, value: anyValue(object["value"]))
        }
    }

    static func anyValue(_ value: Any?) -> OTLPAnyValue {
        guard let object = value as? [String: Any] else { return .empty }
        if let text = object["stringValue"] as? String { return .string(text) }
        if let flag = object["boolValue"] { return (flag as? Bool).map(OTLPAnyValue.bool) ?? .empty }
        if let int = object["intValue"] { return signed(int).map(OTLPAnyValue.int) ?? .empty }
        if let double = object["doubleValue"] { return floatingPoint(double).map(OTLPAnyValue.double) ?? .empty }
        if let list = object["arrayValue"] as? [String: Any] { return .array(array(list["values"]).map(anyValue)) }
        if let list = object["kvlistValue"] as? [String: Any] { return .kvlist(attributes(list["values"])) }
        if let text = object["bytesValue"] as? String {
            return Base64.decode(text).map(OTLPAnyValue.bytes) ?? .empty
        }
        return .empty
    }

    /// Hex id bytes; absent or `""` is empty. Anything that is not hex is a problem (base64 is not OTLP/JSON).
    static func hexID(_ value: Any?, field: String, problems: inout [String]) -> [UInt8] {
        guard let text = value as? String, !text.isEmpty else {
            if value != nil, !(value is String) { problems.append("\(field) must be a hex string") }
            return []
        }
        let digits = Array(text.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index + 1 < digits.count {
            guard let high = hexValue(digits[index]), let low = hexValue(digits[index + 1]) else { break }
            bytes.append(high << 4 | low)
            index += 2
        }
        guard index == digits.count else {
            problems.append("\(field) '\(text.prefix(40))' is not hex (OTLP/JSON ids are hex, not base64)")
            return []
        }
        return bytes
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// A uint64 written as a decimal string or a JSON number; absent is 0.
    static func unsigned(_ value: Any?, field: String, problems: inout [String]) -> UInt64 {
        guard let value else { return 0 }
        if let text = value as? String, let number = UInt64(text) { return number }
        if let number = value as? NSNumber, !(value is String) {
            if let exact = UInt64(exactly: number.doubleValue) { return UInt64(number.stringValue) ?? exact }
        }
        problems.append("\(field) must be an unsigned integer (a decimal string)")
        return 0
    }

    static func signed(_ value: Any) -> Int64? {
        if let text = value as? String { return Int64(text) }
        if let number = value as? NSNumber {
            return Int64(number.stringValue) ?? Int64(exactly: number.doubleValue)
        }
        return nil
    }

    static func floatingPoint(_ value: Any) -> Double? {
        if let text = value as? String {
            switch text {
            case "NaN": return .nan
            case "Infinity": return .infinity
            case "-Infinity": return -.infinity
            default: return Double(text)
            }
        }
        return (value as? NSNumber)?.doubleValue
    }

    /// An enum as its number or its name (`STATUS_CODE_ERROR`); unknown is 0.
    static func enumValue(_ value: Any?, prefix: String, names: [String]) -> Int64 {
        if let text = value as? String {
            let bare = text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
            return names.firstIndex(of: bare).map(Int64.init) ?? Int64(text) ?? 0
        }
        if let value, let number = signed(value) { return number }
        return 0
    }

    /// The deepest nesting of arrays and objects, ignoring brackets inside strings; stops counting
    /// once it passes `limit`.
    static func nestingDepth<Bytes: Sequence<UInt8>>(_ bytes: Bytes, limit: Int = 10_000) -> Int {
        var depth = 0
        var deepest = 0
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                deepest = Swift.max(deepest, depth)
                if deepest > limit { return deepest }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return deepest
    }
}
