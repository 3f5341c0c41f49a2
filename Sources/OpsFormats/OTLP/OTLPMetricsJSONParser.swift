import Foundation

/// Reads an OTLP/JSON `ExportMetricsServiceRequest` (`{"resourceMetrics":[…]}`) with the rules of `OTLPJSONParser`.
///
/// A data point with an unreadable field (a bad number, a non-hex exemplar id) is read without
/// that field; points without a value are rejected later, when they are converted.
enum OTLPMetricsJSONParser {
    static func parseRequest(_ bytes: [UInt8], maxBytes: Int, maxDepth: Int) throws(OTLPDecodingError)
        -> [OTLPResourceMetrics]
    {
        guard bytes.count <= maxBytes else {
            throw .json("body of \(bytes.count) bytes is larger than the \(maxBytes)-byte limit")
        }
        guard OTLPJSONParser.nestingDepth(bytes) <= maxDepth else {
            throw .json("JSON nested deeper than \(maxDepth) levels")
        }
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw .json("not JSON")
        }
        guard let object = root as? [String: Any] else { throw .json("expected a JSON object with resourceMetrics") }
        return OTLPJSONParser.array(object["resourceMetrics"]).compactMap { value in
            guard let resourceMetrics = value as? [String: Any] else { return nil }
            return parseResource(resourceMetrics)
        }
    }

    private static func parseResource(_ object: [String: Any]) -> OTLPResourceMetrics {
        var resource = OTLPResourceMetrics()
        if let attributes = (object["resource"] as? [String: Any])?["attributes"] {
            for pair in OTLPJSONParser.attributes(attributes) {
                switch pair.key {
                case "service.name": resource.serviceName = pair.value.text
                case "service.namespace": resource.serviceNamespace = pair.value.text
                case "service.instance.id": resource.serviceInstanceID = pair.value.text
                default: break
                }
            }
        }
        for value in OTLPJSONParser.array(object["scopeMetrics"]) {
            guard let scopeObject = value as? [String: Any] else { continue }
            var scope = OTLPScopeMetrics()
            if let info = scopeObject["scope"] as? [String: Any] {
                scope.name = info["name"] as? String ?? ""
                scope.version = info["version"] as? String ?? ""
            }
            for metric in OTLPJSONParser.array(scopeObject["metrics"]) {
                guard let metric = metric as? [String: Any] else { continue }
                scope.metrics.append(parseMetric(metric))
            }
            resource.scopes.append(scope)
        }
        return resource
    }

    private static func parseMetric(_ object: [String: Any]) -> OTLPMetricRecord {
        var metric = OTLPMetricRecord()
        metric.name = object["name"] as? String ?? ""
        metric.description = object["description"] as? String ?? ""
        metric.unit = object["unit"] as? String ?? ""
        let temporalityNames = ["UNSPECIFIED", "DELTA", "CUMULATIVE"]
        if let gauge = object["gauge"] as? [String: Any] {
            metric.kind = .gauge
            metric.numberPoints = OTLPJSONParser.array(gauge["dataPoints"]).compactMap(numberPoint)
        } else if let sum = object["sum"] as? [String: Any] {
            let temporality = OTLPJSONParser.enumValue(
                sum["aggregationTemporality"], prefix: "AGGREGATION_TEMPORALITY_", names: temporalityNames)
            metric.kind = .sum(monotonic: sum["isMonotonic"] as? Bool ?? false, delta: temporality == 1)
            metric.numberPoints = OTLPJSONParser.array(sum["dataPoints"]).compactMap(numberPoint)
        } else if let histogram = object["histogram"] as? [String: Any] {
            let temporality = OTLPJSONParser.enumValue(
                histogram["aggregationTemporality"], prefix: "AGGREGATION_TEMPORALITY_", names: temporalityNames)
            metric.kind = .histogram(delta: temporality == 1)
            metric.histogramPoints = OTLPJSONParser.array(histogram["dataPoints"]).compactMap(histogramPoint)
        } else if let other = object["exponentialHistogram"] ?? object["summary"] {
            metric.kind = .unsupported(object["summary"] != nil ? "summary" : "exponential histogram")
            metric.unsupportedPoints = OTLPJSONParser.array((other as? [String: Any])?["dataPoints"]).count
        }
        return metric
    }

    private static func numberPoint(_ value: Any) -> OTLPNumberPoint? {
        guard let object = value as? [String: Any] else { return nil }
        var problems: [String] = []
        var point = OTLPNumberPoint()
        point.attributes = OTLPJSONParser.attributes(object["attributes"])
        point.startNanos = OTLPJSONParser.unsigned(object["startTimeUnixNano"], field: "", problems: &problems)
        point.timeNanos = OTLPJSONParser.unsigned(object["timeUnixNano"], field: "", problems: &problems)
        if let double = object["asDouble"] {
            point.value = OTLPJSONParser.floatingPoint(double)
        } else if let int = object["asInt"] {
            point.value = OTLPJSONParser.signed(int).map(Double.init)
        }
        point.exemplars = OTLPJSONParser.array(object["exemplars"]).compactMap(exemplar)
        return point
    }

    private static func histogramPoint(_ value: Any) -> OTLPHistogramPoint? {
        guard let object = value as? [String: Any] else { return nil }
        var problems: [String] = []
        var point = OTLPHistogramPoint()
        point.attributes = OTLPJSONParser.attributes(object["attributes"])
        point.startNanos = OTLPJSONParser.unsigned(object["startTimeUnixNano"], field: "", problems: &problems)
        point.timeNanos = OTLPJSONParser.unsigned(object["timeUnixNano"], field: "", problems: &problems)
        point.count = OTLPJSONParser.unsigned(object["count"], field: "", problems: &problems)
        point.sum = object["sum"].flatMap(OTLPJSONParser.floatingPoint)
        point.bucketCounts = OTLPJSONParser.array(object["bucketCounts"]).map {
            OTLPJSONParser.unsigned($0, field: "", problems: &problems)
        }
        point.bounds = OTLPJSONParser.array(object["explicitBounds"]).map {
            OTLPJSONParser.floatingPoint($0) ?? .nan
        }
        point.exemplars = OTLPJSONParser.array(object["exemplars"]).compactMap(exemplar)
        // A count or bucket that is not an unsigned integer spoils the point; the converter rejects it.
        if !problems.isEmpty { point.bucketCounts = [] }
        return point
    }

    private static func exemplar(_ value: Any) -> OTLPExemplarRecord? {
        guard let object = value as? [String: Any] else { return nil }
        var problems: [String] = []
        var exemplar = OTLPExemplarRecord()
        exemplar.attributes = OTLPJSONParser.attributes(object["filteredAttributes"])
        exemplar.timeNanos = OTLPJSONParser.unsigned(object["timeUnixNano"], field: "", problems: &problems)
        if let double = object["asDouble"] {
            exemplar.value = OTLPJSONParser.floatingPoint(double)
        } else if let int = object["asInt"] {
            exemplar.value = OTLPJSONParser.signed(int).map(Double.init)
        }
        exemplar.traceID = OTLPJSONParser.hexID(object["traceId"], field: "traceId", problems: &problems)
        exemplar.spanID = OTLPJSONParser.hexID(object["spanId"], field: "spanId", problems: &problems)
        return exemplar
    }
}
