/// Turns an OTLP metrics export request, protobuf or OTLP/JSON, into Prometheus-shaped scrapes.
///
/// Each resource becomes one `Scrape` with the families, series and samples the exposition
/// parser would produce for the same data exposed by the OpenTelemetry Prometheus exporter:
/// names from `OTLPPrometheusNaming`, attributes as labels, the resource's `service.name` as
/// `job` and `service.instance.id` as `instance`. Sums and gauges keep their value; monotonic
/// sums are counters; explicit-bucket histograms get cumulative buckets ending in `+Inf`, with
/// each exemplar on the bucket its value falls in. Delta temporality is added up per series in a
/// `OTLPDeltaAccumulator` the caller keeps between requests. A body that cannot be read throws
/// (HTTP 400); unusable data points are counted for a partial success.
package struct OTLPMetricsDecoder: Sendable {
    package var maxDepth: Int
    package var maxJSONBytes: Int

    package init(maxDepth: Int = ProtobufReader.defaultMaxDepth, maxJSONBytes: Int = 16 * 1024 * 1024) {
        self.maxDepth = maxDepth
        self.maxJSONBytes = maxJSONBytes
    }

    package func decodeProtobuf(
        _ bytes: [UInt8], deltas: inout OTLPDeltaAccumulator
    ) throws(OTLPDecodingError) -> OTLPMetricsBatch {
        let resources: [OTLPResourceMetrics]
        do {
            resources = try OTLPMetricsProtobufParser.parseRequest(bytes, maxDepth: maxDepth)
        } catch {
            throw .protobuf(error)
        }
        return OTLPMetricsConverter.convert(resources, reason: "OTLP metrics (protobuf)", deltas: &deltas)
    }

    package func decodeJSON(
        _ bytes: [UInt8], deltas: inout OTLPDeltaAccumulator
    ) throws(OTLPDecodingError) -> OTLPMetricsBatch {
        let resources = try OTLPMetricsJSONParser.parseRequest(bytes, maxBytes: maxJSONBytes, maxDepth: maxDepth)
        return OTLPMetricsConverter.convert(resources, reason: "OTLP metrics (JSON)", deltas: &deltas)
    }
}
