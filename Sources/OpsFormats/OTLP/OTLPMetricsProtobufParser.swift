import OpsModel

/// Reads an `ExportMetricsServiceRequest` (or `MetricsData`) from protobuf.
///
/// Field numbers follow opentelemetry-proto `metrics/v1/metrics.proto` and
/// `collector/metrics/v1/metrics_service.proto`. Unknown fields are skipped; a known field
/// with the wrong wire type is an error. Repeated numbers are read packed or unpacked.
enum OTLPMetricsProtobufParser {
    static func parseRequest(_ bytes: [UInt8], maxDepth: Int) throws(ProtobufError) -> [OTLPResourceMetrics] {
        var reader = ProtobufReader(bytes, maxDepth: maxDepth)
        var resources: [OTLPResourceMetrics] = []
        while let tag = try reader.nextField() {
            guard tag.number == 1 else {
                try reader.skip(tag)
                continue
            }
            try reader.expect(tag, .lengthDelimited, field: "ExportMetricsServiceRequest.resource_metrics")
            var message = try reader.readMessage()
            resources.append(try parseResourceMetrics(&message))
        }
        return resources
    }

    private static func parseResourceMetrics(_ reader: inout ProtobufReader) throws(ProtobufError)
        -> OTLPResourceMetrics
    {
        var resource = OTLPResourceMetrics()
        while let tag = try reader.nextField() {
            switch tag.number {
            case 1:
                try reader.expect(tag, .lengthDelimited, field: "ResourceMetrics.resource")
                var message = try reader.readMessage()
                while let inner = try message.nextField() {
                    guard inner.number == 1 else {
                        try message.skip(inner)
                        continue
                    }
                    try message.expect(inner, .lengthDelimited, field: "Resource.attributes")
                    var pairMessage = try message.readMessage()
                    let pair = try OTLPProtobufParser.parseKeyValue(&pairMessage)
                    switch pair.key {
                    case "service.name": resource.serviceName = pair.value.text
                    case "service.namespace": resource.serviceNamespace = pair.value.text
                    case "service.instance.id": resource.serviceInstanceID = pair.value.text
                    default: break
                    }
                }
            case 2:
                try reader.expect(tag, .lengthDelimited, field: "ResourceMetrics.scope_metrics")
                var message = try reader.readMessage()
                resource.scopes.append(try parseScopeMetrics(&message))
            default:
                try reader.skip(tag)
            }
        }
        return resource
    }

    private static func parseScopeMetrics(_ reader: inout ProtobufReader) throws(ProtobufError) -> OTLPScopeMetrics {
        var scope = OTLPScopeMetrics()
        while let tag = try reader.nextField() {
            switch tag.number {
            case 1:
                try reader.expect(tag, .lengthDelimited, field: "ScopeMetrics.scope")
                var message = try reader.readMessage()
                while let inner = try message.nextField() {
                    switch inner.number {
                    case 1:
                        try message.expect(inner, .lengthDelimited, field: "InstrumentationScope.name")
                        scope.name = try message.readString()
                    case 2:
                        try message.expect(inner, .lengthDelimited, field: "InstrumentationScope.version")
                        scope.version = try message.readString()
                    default:
                        try message.skip(inner)
                    }
                }
            case 2:
                try reader.expect(tag, .lengthDelimited, field: "ScopeMetrics.metrics")
                var message = try reader.readMessage()
                scope.metrics.append(try parseMetric(&message))
            default:
                try reader.skip(tag)
            }
        }
        return scope
    }

    private static func parseMetric(_ reader: inout ProtobufReader) throws(ProtobufError) -> OTLPMetricRecord {
        var metric = OTLPMetricRecord()
        while let tag = try reader.nextField() {
            switch tag.number {
            case 1:
                try reader.expect(tag, .lengthDelimited, field: "Metric.name")
                metric.name = try reader.readString()
            case 2:
                try reader.expect(tag, .lengthDelimited, field: "Metric.description")
                metric.description = try reader.readString()
            case 3:
                try reader.expect(tag, .lengthDelimited, field: "Metric.unit")
                metric.unit = try reader.readString()
            case 5, 7, 9:
                try reader.expect(tag, .lengthDelimited, field: "Metric.data")
                var message = try reader.readMessage()
                try parseData(&message, field: tag.number, into: &metric)
            case 10, 11:
                try reader.expect(tag, .lengthDelimited, field: "Metric.data")
                var message = try reader.readMessage()
                metric.kind = .unsupported(tag.number == 10 ? "exponential histogram" : "summary")
                while let inner = try message.nextField() {
                    if inner.number == 1 { metric.unsupportedPoints += 1 }
                    try message.skip(inner)
                }
            default:
                try reader.skip(tag)
            }
        }
        return metric
    }

    /// Reads a `Gauge` (5), `Sum` (7) or `Histogram` (9).
    private static func parseData(
        _ reader: inout ProtobufReader, field: UInt32, into metric: inout OTLPMetricRecord
    ) throws(ProtobufError) {
        var temporality: UInt64 = 0
        var monotonic = false
        while let tag = try reader.nextField() {
            switch tag.number {
            case 1:
                try reader.expect(tag, .lengthDelimited, field: "data_points")
                var message = try reader.readMessage()
                if field == 9 {
                    metric.histogramPoints.append(try parseHistogramPoint(&message))
                } else {
                    metric.numberPoints.append(try parseNumberPoint(&message))
                }
            case 2 where field != 5:
                try reader.expect(tag, .varint, field: "aggregation_temporality")
                temporality = try reader.readVarint()
            case 3 where field == 7:
                try reader.expect(tag, .varint, field: "Sum.is_monotonic")
                monotonic = try reader.readVarint() != 0
            default:
                try reader.skip(tag)
            }
        }
        switch field {
        case 5: metric.kind = .gauge
        case 7: metric.kind = .sum(monotonic: monotonic, delta: temporality == 1)
        default: metric.kind = .histogram(delta: temporality == 1)
        }
    }

    private static func parseNumberPoint(_ reader: inout ProtobufReader) throws(ProtobufError) -> OTLPNumberPoint {
        var point = OTLPNumberPoint()
        while let tag = try reader.nextField() {
            switch tag.number {
            case 7:
                try reader.expect(tag, .lengthDelimited, field: "NumberDataPoint.attributes")
                var message = try reader.readMessage()
                point.attributes.append(try OTLPProtobufParser.parseKeyValue(&message))
            case 2:
                try reader.expect(tag, .fixed64, field: "NumberDataPoint.start_time_unix_nano")
                point.startNanos = try reader.readFixed64()
            case 3:
                try reader.expect(tag, .fixed64, field: "NumberDataPoint.time_unix_nano")
                point.timeNanos = try reader.readFixed64()
            case 4:
                try reader.expect(tag, .fixed64, field: "NumberDataPoint.as_double")
                point.value = Double(bitPattern: try reader.readFixed64())
            case 6:
                try reader.expect(tag, .fixed64, field: "NumberDataPoint.as_int")
                point.value = Double(Int64(bitPattern: try reader.readFixed64()))
            case 5:
                try reader.expect(tag, .lengthDelimited, field: "NumberDataPoint.exemplars")
                var message = try reader.readMessage()
                point.exemplars.append(try parseExemplar(&message))
            default:
                try reader.skip(tag)
            }
        }
        return point
    }

    private static func parseHistogramPoint(_ reader: inout ProtobufReader) throws(ProtobufError)
        -> OTLPHistogramPoint
    {
        var point = OTLPHistogramPoint()
        while let tag = try reader.nextField() {
            switch tag.number {
            case 9:
                try reader.expect(tag, .lengthDelimited, field: "HistogramDataPoint.attributes")
                var message = try reader.readMessage()
                point.attributes.append(try OTLPProtobufParser.parseKeyValue(&message))
            case 2:
                try reader.expect(tag, .fixed64, field: "HistogramDataPoint.start_time_unix_nano")
                point.startNanos = try reader.readFixed64()
            case 3:
                try reader.expect(tag, .fixed64, field: "HistogramDataPoint.time_unix_nano")
                point.timeNanos = try reader.readFixed64()
            case 4:
                try reader.expect(tag, .fixed64, field: "HistogramDataPoint.count")
                point.count = try reader.readFixed64()
            case 5:
                try reader.expect(tag, .fixed64, field: "HistogramDataPoint.sum")
                point.sum = Double(bitPattern: try reader.readFixed64())
            case 6:
                try readFixed64s(&reader, tag: tag, field: "HistogramDataPoint.bucket_counts") {
                    point.bucketCounts.append($0)
                }
            case 7:
                try readFixed64s(&reader, tag: tag, field: "HistogramDataPoint.explicit_bounds") {
                    point.bounds.append(Double(bitPattern: $0))
                }
            case 8:
                try reader.expect(tag, .lengthDelimited, field: "HistogramDataPoint.exemplars")
                var message = try reader.readMessage()
                point.exemplars.append(try parseExemplar(&message))
            default:
                try reader.skip(tag)
            }
        }
        return point
    }

    /// A repeated 64-bit fixed field: packed (one length-delimited run) or one value per tag.
    private static func readFixed64s(
        _ reader: inout ProtobufReader, tag: ProtobufFieldTag, field: String, _ add: (UInt64) -> Void
    ) throws(ProtobufError) {
        switch tag.wireType {
        case .fixed64:
            add(try reader.readFixed64())
        case .lengthDelimited:
            var packed = try reader.readMessage()
            guard packed.remaining % 8 == 0 else {
                throw ProtobufError(.truncated, offset: packed.position)
            }
            while !packed.isAtEnd { add(try packed.readFixed64()) }
        default:
            try reader.expect(tag, .fixed64, field: field)
        }
    }

    private static func parseExemplar(_ reader: inout ProtobufReader) throws(ProtobufError) -> OTLPExemplarRecord {
        var exemplar = OTLPExemplarRecord()
        while let tag = try reader.nextField() {
            switch tag.number {
            case 7:
                try reader.expect(tag, .lengthDelimited, field: "Exemplar.filtered_attributes")
                var message = try reader.readMessage()
                exemplar.attributes.append(try OTLPProtobufParser.parseKeyValue(&message))
            case 2:
                try reader.expect(tag, .fixed64, field: "Exemplar.time_unix_nano")
                exemplar.timeNanos = try reader.readFixed64()
            case 3:
                try reader.expect(tag, .fixed64, field: "Exemplar.as_double")
                exemplar.value = Double(bitPattern: try reader.readFixed64())
            case 6:
                try reader.expect(tag, .fixed64, field: "Exemplar.as_int")
                exemplar.value = Double(Int64(bitPattern: try reader.readFixed64()))
            case 4:
                try reader.expect(tag, .lengthDelimited, field: "Exemplar.span_id")
                exemplar.spanID = try reader.readBytes()
            case 5:
                try reader.expect(tag, .lengthDelimited, field: "Exemplar.trace_id")
                exemplar.traceID = try reader.readBytes()
            default:
                try reader.skip(tag)
            }
        }
        return exemplar
    }
}
