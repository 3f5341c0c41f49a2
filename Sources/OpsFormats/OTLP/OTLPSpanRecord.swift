/// A span as OTLP states it, before it is mapped to a `Span`; both wire formats fill it.
struct OTLPSpanRecord: Sendable {
    var traceID: [UInt8] = []
    var spanID: [UInt8] = []
    var parentSpanID: [UInt8] = []
    var name = ""
    var kind: Int64 = 0
    var startNanos: UInt64 = 0
    var endNanos: UInt64 = 0
    var attributes: [OTLPKeyValue] = []
    var events: [OTLPEventRecord] = []
    var statusCode: Int64 = 0
    var statusMessage = ""
    /// A problem the wire format found in one field (a bad hex id in JSON); the span is rejected with it.
    var problem: String?
}

/// A span event: a name, a time and attributes.
struct OTLPEventRecord: Sendable {
    var name = ""
    var timeNanos: UInt64 = 0
    var attributes: [OTLPKeyValue] = []
}

/// What every span of one `ResourceSpans` shares.
struct OTLPResourceContext: Sendable {
    var serviceName: String?
}
