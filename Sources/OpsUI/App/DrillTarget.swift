import OpsModel
import OpsEngine

/// What `Enter` on a dashboard row opens: the traces behind that figure, or one trace.
package enum DrillTarget: Sendable, Hashable {
    /// Traces that used this model.
    case model(String)
    /// Failed traces whose errors fall in this category.
    case errorCategory(ErrorCategory)
    /// Failed traces with this error type.
    case errorType(String)
    /// Failures of this breaker's target around its transitions.
    case breaker(String)
    /// Traces in an alert's window (from when its condition started until it resolved or now).
    case alert(id: String, from: Int64, to: Int64)
    /// The slowest traces of a component (query = whole traces).
    case latency(Component)
    /// One trace's span tree.
    case trace(TraceID)
    /// Traces whose semantic-cache lookups hit (true) or missed (false).
    case cache(hit: Bool)
    /// Traces a guardrail blocked or flagged, narrowed to what the row names.
    case guardrail(GuardrailDrill)
    /// Traces scored on a quality metric, lowest score first.
    case quality(metric: String)
    /// The exemplar traces a metrics source attached to a latency row, in and above the bucket
    /// that holds `percentile` (the row is a component's name, or a model or tool).
    case exemplars(kind: LatencyExemplars.Kind, name: String, percentile: Double)
}
