import OpsModel

/// Reads the JSON envelope of the Prometheus HTTP API: `{"status":…, "data":{"resultType":…, "result":…}}`.
///
/// Values arrive as strings (`"1.5"`, `"NaN"`, `"+Inf"`) next to float Unix times. Anything else — HTML, a wrong
/// shape, a body over the size limit or nested too deep — is an error, never a crash.
package enum PrometheusAPIDecoder {
    package static let defaultMaxBytes = 20_000_000
    static let maxDepth = 16

    package static func decode(_ bytes: [UInt8], maxBytes: Int = defaultMaxBytes) throws(PrometheusAPIError)
        -> PrometheusAPIResponse
    {
        guard bytes.count <= maxBytes else { throw .tooLarge(bytes: bytes.count, limit: maxBytes) }
        let start = bytes.firstIndex { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        guard let start, bytes[start] == UInt8(ascii: "{") else {
            throw .notAPIResponse(
                bytes.isEmpty ? "empty body" : "body does not start with a JSON object (\(preview(bytes)))")
        }
        let root = try object(bytes)
        let warnings = (root["warnings"]?.arrayValue ?? []).compactMap(\.stringValue)
        guard let status = root["status"]?.stringValue else { throw .notAPIResponse("no \"status\" field") }
        guard status == "success" else {
            let type = root["errorType"]?.stringValue ?? "error"
            let message = root["error"]?.stringValue ?? "status \(status)"
            throw .rejected(type: String(type.prefix(100)), message: String(message.prefix(300)))
        }
        guard case let .object(data)? = root["data"] else { throw .notAPIResponse("no \"data\" object") }
        guard let typeName = data["resultType"]?.stringValue,
            let type = PrometheusAPIResponse.ResultType(rawValue: typeName)
        else { throw .notAPIResponse("unknown resultType") }
        let result = data["result"]
        switch type {
        case .scalar:
            let point = try self.point(result)
            return PrometheusAPIResponse(
                resultType: type, series: [.init(labels: [], points: [point])], warnings: warnings)
        case .string:
            guard case let .array(pair)? = result, pair.count == 2, case let .string(text) = pair[1] else {
                throw .notAPIResponse("a string result is not a [time, \"text\"] pair")
            }
            return PrometheusAPIResponse(resultType: type, series: [], text: text, warnings: warnings)
        case .vector, .matrix:
            guard case let .array(items)? = result else {
                throw .notAPIResponse("\(typeName) result is not an array")
            }
            var series: [PrometheusAPIResponse.Series] = []
            series.reserveCapacity(items.count)
            for item in items {
                guard case let .object(object) = item else { throw .notAPIResponse("a series is not an object") }
                let labels = try self.labels(object["metric"])
                let points: [PrometheusAPIResponse.Point]
                if type == .vector {
                    points = [try point(object["value"])]
                } else {
                    guard case let .array(values)? = object["values"] else {
                        throw .notAPIResponse("a matrix series has no \"values\" array")
                    }
                    points = try values.map { value throws(PrometheusAPIError) in try point(value) }
                }
                series.append(.init(labels: labels, points: points))
            }
            return PrometheusAPIResponse(resultType: type, series: series, warnings: warnings)
        }
    }

    /// `[1700000000.123, "1.5"]`.
    static func point(_ value: JSONValue?) throws(PrometheusAPIError) -> PrometheusAPIResponse.Point {
        guard case let .array(pair)? = value, pair.count == 2 else {
            throw .notAPIResponse("a sample is not a [time, \"value\"] pair")
        }
        guard let time = pair[0].numberValue?.double, time.isFinite else {
            throw .notAPIResponse("a sample's time is not a number")
        }
        guard let text = pair[1].stringValue, let number = number(text) else {
            throw .notAPIResponse("a sample's value is not a number in a string")
        }
        return .init(time: time, value: number)
    }

    /// Go's float text: decimals, exponents, `NaN`, `+Inf`, `-Inf`.
    static func number(_ text: String) -> Double? {
        switch text {
        case "NaN": return .nan
        case "+Inf", "Inf": return .infinity
        case "-Inf": return -.infinity
        default:
            guard !text.isEmpty, text.utf8.count < 64,
                text.utf8.allSatisfy({
                    ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B || $0 == 0x65 || $0 == 0x45
                })
            else { return nil }
            return Double(text)
        }
    }

    static func labels(_ value: JSONValue?) throws(PrometheusAPIError) -> [Label] {
        guard case let .object(object)? = value else { throw .notAPIResponse("a series has no \"metric\" object") }
        var labels: [Label] = []
        labels.reserveCapacity(object.count)
        for member in object {
            guard let text = member.value.stringValue else {
                throw .notAPIResponse("label \(member.key) is not a string")
            }
            labels.append(Label(member.key, text))
        }
        return labels.sorted()
    }

    /// The strings of a `/api/v1/label/…/values` or `/api/v1/labels` answer (`{"status":"success","data":[…]}`).
    package static func decodeStrings(_ bytes: [UInt8]) throws(PrometheusAPIError) -> Set<String> {
        let root = try object(bytes)
        guard root["status"]?.stringValue == "success", case let .array(names)? = root["data"] else {
            throw .notAPIResponse("label values answer without a data array")
        }
        return Set(names.compactMap(\.stringValue))
    }

    /// The body as a JSON object, within `maxDepth`.
    private static func object(_ bytes: [UInt8]) throws(PrometheusAPIError) -> JSONObject {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes, maxDepth: maxDepth)
        } catch {
            if case .tooDeep = error.reason { throw .notAPIResponse("JSON nested deeper than \(maxDepth) levels") }
            throw .notAPIResponse("body is not valid JSON")
        }
        guard case let .object(object) = root else { throw .notAPIResponse("body is not valid JSON") }
        return object
    }

    private static func preview(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes.prefix(40), as: UTF8.self)
        let printable = text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : String($0) }.joined()
        return "begins '\(printable)'"
    }
}
