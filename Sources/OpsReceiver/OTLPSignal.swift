/// What an export request carries, by its path.
enum OTLPSignal: Sendable, Hashable {
    case traces
    case metrics
    /// OTLP logs: `gen_ai.evaluation.result` records become evaluations, others are counted.
    case logs
    /// Not OTLP: runs the LangSmith SDK sends (`LANGSMITH_ENDPOINT` pointed at opstop).
    case langSmith(LangSmithRoute)
    /// Not OTLP: scores the Langfuse SDK sends (`LANGFUSE_HOST` pointed at opstop).
    case langfuse(LangfuseRoute)

    init?(path: String) {
        let bare = path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        switch bare {
        // Langfuse's SDKs post to their server's OTLP path: LANGFUSE_HOST can point at opstop as it is.
        case "/v1/traces", "/v1/traces/", "/api/public/otel/v1/traces": self = .traces
        case "/v1/metrics", "/v1/metrics/": self = .metrics
        case "/v1/logs", "/v1/logs/": self = .logs
        default: return nil
        }
    }

    /// The partial-success field that counts rejected items, as named in OTLP/JSON.
    var rejectedJSONKey: String {
        switch self {
        case .metrics: return "rejectedDataPoints"
        case .logs: return "rejectedLogRecords"
        case .traces, .langSmith, .langfuse: return "rejectedSpans"
        }
    }
}

/// How an export request's body is encoded, by its `Content-Type`.
enum OTLPEncoding: Sendable, Hashable {
    case protobuf
    case json

    /// Reads the media type, ignoring parameters and case; nil for anything else.
    init?(contentType: String?) {
        guard let contentType else { return nil }
        let media = contentType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        switch media.trimmingSpaces.lowercased() {
        case "application/x-protobuf", "application/protobuf": self = .protobuf
        case "application/json": self = .json
        default: return nil
        }
    }

    var contentType: String { self == .protobuf ? "application/x-protobuf" : "application/json" }
}

extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}
