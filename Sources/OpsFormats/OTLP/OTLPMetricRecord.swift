/// One OTLP metric as stated on the wire, before it becomes a `MetricFamily`; both wire formats fill it.
struct OTLPMetricRecord: Sendable {
    enum Kind: Sendable, Hashable {
        case gauge
        case sum(monotonic: Bool, delta: Bool)
        case histogram(delta: Bool)
        /// Exponential histograms and summaries: counted as rejected, with the kind's name.
        case unsupported(String)
        /// No data field was set.
        case empty
    }

    var name = ""
    var description = ""
    var unit = ""
    var kind = Kind.empty
    var numberPoints: [OTLPNumberPoint] = []
    var histogramPoints: [OTLPHistogramPoint] = []
    /// Data points of an unsupported kind, for the partial success count.
    var unsupportedPoints = 0
}

struct OTLPNumberPoint: Sendable {
    var attributes: [OTLPKeyValue] = []
    var startNanos: UInt64 = 0
    var timeNanos: UInt64 = 0
    /// nil when neither `as_double` nor `as_int` is set (the point is rejected).
    var value: Double?
    var exemplars: [OTLPExemplarRecord] = []
}

struct OTLPHistogramPoint: Sendable {
    var attributes: [OTLPKeyValue] = []
    var startNanos: UInt64 = 0
    var timeNanos: UInt64 = 0
    var count: UInt64 = 0
    var sum: Double?
    /// Per bucket (not cumulative); one more than `bounds` when well formed.
    var bucketCounts: [UInt64] = []
    var bounds: [Double] = []
    var exemplars: [OTLPExemplarRecord] = []
}

struct OTLPExemplarRecord: Sendable {
    var attributes: [OTLPKeyValue] = []
    var timeNanos: UInt64 = 0
    var value: Double?
    var traceID: [UInt8] = []
    var spanID: [UInt8] = []
}

/// What the metrics of one `ResourceMetrics` share, and its scopes' metrics.
struct OTLPResourceMetrics: Sendable {
    var serviceName: String?
    var serviceNamespace: String?
    var serviceInstanceID: String?
    var scopes: [OTLPScopeMetrics] = []
}

struct OTLPScopeMetrics: Sendable {
    var name = ""
    var version = ""
    var metrics: [OTLPMetricRecord] = []
}
