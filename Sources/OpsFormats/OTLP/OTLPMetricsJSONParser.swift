import OpsModel

/// Reads an OTLP/JSON `ExportMetricsServiceRequest` (`{"resourceMetrics":[…]}`) with the rules of `OTLPJSONParser`.
///
/// A data point with an unreadable field (a bad number, a non-hex exemplar id) is read without
/// that field; points without a value are rejected later, when they are converted.
enum OTLPMetricsJSONParser {
    static func parseRequest(_ bytes: [UInt8], maxBytes: Int, maxDepth: Int) throws(OTLPDecodingError)
        -> [OTLPResourceMetrics]
    {
        let object = try OTLPJSONParser.requestObject(
            bytes, maxBytes: maxBytes, maxDepth: maxDepth, listing: "resourceMetrics")
        return OTLPJSONParser.array(object["resourceMetrics"]).compactMap { value in
            guard case let .object(resourceMetrics) = value else { return nil }
            return parseResource(resourceMetrics)
        }
    }

    private static func parseResource(_ object: JSONObject) -> OTLPResourceMetrics {
        var resource = OTLPResourceMetrics()
        if let attributes = object["resource"]?["attributes"] {
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
            guard case let .object(scopeObject) = value else { continue }
            var scope = OTLPScopeMetrics()
            if case let .object(info)? = scopeObject["scope"] {
                scope.name = info["name"]?.stringValue ?? ""
                scope.version = info["version"]?.stringValue ?? ""
            }
            for metric in OTLPJSONParser.array(scopeObject["metrics"]) {
                guard case let .object(metric) = metric else { continue }
                scope.metrics.append(parseMetric(metric))
            }
            resource.scopes.append(scope)
        }
        return resource
    }

    private static func parseMetric(_ object: JSONObject) -> OTLPMetricRecord {
        var metric = OTLPMetricRecord()
        metric.name = object["name"]?.stringValue ?? ""
        metric.description = object["description"]?.stringValue ?? ""
        metric.unit = object["unit"]?.stringValue ?? ""
        let temporalityNames = ["UNSPECIFIED", "DELTA", "CUMULATIVE"]
        if case let .object(gauge)? = object["gauge"] {
            metric.kind = .gauge
            metric.numberPoints = OTLPJSONParser.array(gauge["dataPoints"]).compactMap(numberPoint)
        } else if case let .object(sum)? = object["sum"] {
            let temporality = OTLPJSONParser.enumValue(
                sum["aggregationTemporality"], prefix: "AGGREGATION_TEMPORALITY_", names: temporalityNames)
            metric.kind = .sum(monotonic: sum["isMonotonic"]?.boolValue ?? false, delta: temporality == 1)
            metric.numberPoints = OTLPJSONParser.array(sum["dataPoints"]).compactMap(numberPoint)
        } else if case let .object(histogram)? = object["histogram"] {
            let temporality = OTLPJSONParser.enumValue(
                histogram["aggregationTemporality"], prefix: "AGGREGATION_TEMPORALITY_", names: temporalityNames)
            metric.kind = .histogram(delta: temporality == 1)
            metric.histogramPoints = OTLPJSONParser.array(histogram["dataPoints"]).compactMap(histogramPoint)
        } else if let other = object["exponentialHistogram"] ?? object["summary"] {
            metric.kind = .unsupported(object["summary"] != nil ? "summary" : "exponential histogram")
            metric.unsupportedPoints = OTLPJSONParser.array(other["dataPoints"]).count
        }
        return metric
    }

    private static func numberPoint(_ value: JSONValue) -> OTLPNumberPoint? {
        guard case let .object(object) = value else { return nil }
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

    private static func histogramPoint(_ value: JSONValue) -> OTLPHistogramPoint? {
        guard case let .object(object) = value else { return nil }
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

    private static func exemplar(_ value: JSONValue) -> OTLPExemplarRecord? {
        guard case let .object(object) = value else { return nil }
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
