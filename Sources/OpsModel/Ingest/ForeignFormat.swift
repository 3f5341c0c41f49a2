/// Another tool's record format that a usage-log line can be in, recognised line by line.
///
/// A line is read as one of these when its top-level object has the format's marker key
/// (`resourceSpans`, `resourceMetrics`, `call_type`, `run_type` / `dotted_order`, or `post` /
/// `patch` arrays) and neither `kind` nor `span_id`, which only native lines carry.
package enum ForeignFormat: String, Sendable, CaseIterable, Hashable {
    /// An OTLP/JSON `ExportTraceServiceRequest` (Collector `file` exporter, OTel file exporters).
    case otlpTraces = "otlp_traces"
    /// An OTLP/JSON `ExportMetricsServiceRequest`: counted, not read yet.
    case otlpMetrics = "otlp_metrics"
    /// A LiteLLM `StandardLoggingPayload`.
    case liteLLM = "litellm"
    /// One LangSmith run.
    case langSmithRun = "langsmith_run"
    /// A LangSmith `/runs/batch` body: `{"post":[…],"patch":[…]}`.
    case langSmithBatch = "langsmith_batch"
}

extension ForeignFormat {
    /// The format's name in messages.
    package var displayName: String {
        switch self {
        case .otlpTraces: return "OTLP/JSON traces"
        case .otlpMetrics: return "OTLP/JSON metrics"
        case .liteLLM: return "LiteLLM payload"
        case .langSmithRun: return "LangSmith run"
        case .langSmithBatch: return "LangSmith batch"
        }
    }
}
