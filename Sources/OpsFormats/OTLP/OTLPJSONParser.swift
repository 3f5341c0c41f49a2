import OpsModel

/// Reads an OTLP/JSON `ExportTraceServiceRequest` (`{"resourceSpans":[…]}`).
///
/// Follows the OTLP/JSON rules: lowerCamelCase keys, hex trace and span ids, enums as
/// integers (their names are accepted too), 64-bit integers as strings or numbers, bytes as
/// base64. Unknown keys are ignored. `JSONParser` reads the body within the size and nesting
/// limits; numbers keep their text, so 64-bit ids and nanosecond times stay exact.
enum OTLPJSONParser {
    static func parseRequest(_ bytes: [UInt8], maxBytes: Int, maxDepth: Int) throws(OTLPDecodingError)
        -> [(OTLPResourceContext, [OTLPSpanRecord])]
    {
        let object = try requestObject(bytes, maxBytes: maxBytes, maxDepth: maxDepth, listing: "resourceSpans")
        var groups: [(OTLPResourceContext, [OTLPSpanRecord])] = []
        for resourceSpans in array(object["resourceSpans"]) {
            guard case let .object(resourceSpans) = resourceSpans else { continue }
            var context = OTLPResourceContext()
            for pair in attributes(resourceSpans["resource"]?["attributes"]) where pair.key == "service.name" {
                context.serviceName = pair.value.text
            }
            var spans: [OTLPSpanRecord] = []
            for scopeSpans in array(resourceSpans["scopeSpans"]) {
                for span in array(scopeSpans["spans"]) {
                    spans.append(parseSpan(span))
                }
            }
            groups.append((context, spans))
        }
        return groups
    }

    /// The body as a JSON object, or the error the whole request fails with.
    static func requestObject(_ bytes: [UInt8], maxBytes: Int, maxDepth: Int, listing key: String)
        throws(OTLPDecodingError) -> JSONObject
    {
        guard bytes.count <= maxBytes else {
            throw .json("body of \(bytes.count) bytes is larger than the \(maxBytes)-byte limit")
        }
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes, maxDepth: maxDepth)
        } catch {
            if case .tooDeep = error.reason { throw .json("JSON nested deeper than \(maxDepth) levels") }
            throw .json("not JSON")
        }
        guard case let .object(object) = root else { throw .json("expected a JSON object with \(key)") }
        return object
    }

    private static func parseSpan(_ value: JSONValue) -> OTLPSpanRecord {
        var span = OTLPSpanRecord()
        guard case let .object(object) = value else {
            span.problem = "span is not a JSON object"
            return span
        }
        var problems: [String] = []
        span.traceID = hexID(object["traceId"], field: "traceId", problems: &problems)
        span.spanID = hexID(object["spanId"], field: "spanId", problems: &problems)
        span.parentSpanID = hexID(object["parentSpanId"], field: "parentSpanId", problems: &problems)
        span.name = object["name"]?.stringValue ?? ""
        span.kind = enumValue(object["kind"], prefix: "SPAN_KIND_", names: ["UNSPECIFIED", "INTERNAL", "SERVER",
                                                                             "CLIENT", "PRODUCER", "CONSUMER"])
        span.startNanos = unsigned(object["startTimeUnixNano"], field: "startTimeUnixNano", problems: &problems)
        span.endNanos = unsigned(object["endTimeUnixNano"], field: "endTimeUnixNano", problems: &problems)
        span.attributes = attributes(object["attributes"])
        for event in array(object["events"]) {
            guard case let .object(event) = event else { continue }
            var record = OTLPEventRecord()
            record.name = event["name"]?.stringValue ?? ""
            record.timeNanos = unsigned(event["timeUnixNano"], field: "timeUnixNano", problems: &problems)
            record.attributes = attributes(event["attributes"])
            span.events.append(record)
        }
        if case let .object(status)? = object["status"] {
            span.statusCode = enumValue(status["code"], prefix: "STATUS_CODE_", names: ["UNSET", "OK", "ERROR"])
            span.statusMessage = status["message"]?.stringValue ?? ""
        }
        span.problem = problems.first
        return span
    }

    /// The items of an array; none for anything else.
    static func array(_ value: JSONValue?) -> [JSONValue] { value?.arrayValue ?? [] }

    static func attributes(_ value: JSONValue?) -> [OTLPKeyValue] {
        array(value).compactMap { element in
            guard let key = element["key"]?.stringValue else { return nil }
            return OTLPKeyValue(key: key, value: anyValue(element["value"]))
        }
    }

    static func anyValue(_ value: JSONValue?) -> OTLPAnyValue {
        guard case let .object(object)? = value else { return .empty }
        if let text = object["stringValue"]?.stringValue { return .string(text) }
        if let flag = object["boolValue"] { return flag.boolValue.map(OTLPAnyValue.bool) ?? .empty }
        if let int = object["intValue"] { return signed(int).map(OTLPAnyValue.int) ?? .empty }
        if let double = object["doubleValue"] { return floatingPoint(double).map(OTLPAnyValue.double) ?? .empty }
        if case let .object(list)? = object["arrayValue"] { return .array(array(list["values"]).map(anyValue)) }
        if case let .object(list)? = object["kvlistValue"] { return .kvlist(attributes(list["values"])) }
        if let text = object["bytesValue"]?.stringValue {
            return Base64.decode(text).map(OTLPAnyValue.bytes) ?? .empty
        }
        return .empty
    }

    /// Hex id bytes; absent or `""` is empty. Anything that is not hex is a problem (base64 is not OTLP/JSON).
    static func hexID(_ value: JSONValue?, field: String, problems: inout [String]) -> [UInt8] {
        guard let value else { return [] }
        guard case let .string(text) = value else {
            problems.append("\(field) must be a hex string")
            return []
        }
        let digits = Array(text.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index + 1 < digits.count {
            guard let high = JSONScanner.hexValue(digits[index]), let low = JSONScanner.hexValue(digits[index + 1])
            else { break }
            bytes.append(UInt8(high << 4 | low))
            index += 2
        }
        guard index == digits.count else {
            problems.append("\(field) '\(text.prefix(40))' is not hex (OTLP/JSON ids are hex, not base64)")
            return []
        }
        return bytes
    }

    /// A uint64 written as a decimal string or a JSON number; absent is 0.
    static func unsigned(_ value: JSONValue?, field: String, problems: inout [String]) -> UInt64 {
        switch value {
        case nil: return 0
        case let .string(text)?: if let number = UInt64(text) { return number }
        case let .number(number)?: if let exact = number.uint64 { return exact }
        default: break
        }
        problems.append("\(field) must be an unsigned integer (a decimal string)")
        return 0
    }

    /// An int64 written as a decimal string or a whole JSON number.
    static func signed(_ value: JSONValue) -> Int64? {
        switch value {
        case let .string(text): return Int64(text)
        case let .number(number): return number.int64
        default: return nil
        }
    }

    /// A double written as a JSON number or a string (`"NaN"`, `"Infinity"`, `"-Infinity"`, decimal text).
    static func floatingPoint(_ value: JSONValue) -> Double? {
        switch value {
        case .string("NaN"): return .nan
        case .string("Infinity"): return .infinity
        case .string("-Infinity"): return -.infinity
        case let .string(text): return Double(text)
        case let .number(number): return number.double
        default: return nil
        }
    }

    /// An enum as its number or its name (`STATUS_CODE_ERROR`); unknown is 0.
    static func enumValue(_ value: JSONValue?, prefix: String, names: [String]) -> Int64 {
        if case let .string(text)? = value {
            let bare = text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
            return names.firstIndex(of: bare).map(Int64.init) ?? Int64(text) ?? 0
        }
        if let value, let number = signed(value) { return number }
        return 0
    }
}
