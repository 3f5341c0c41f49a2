import OpsModel
import OpsEngine

/// One row of the latency panel: a component, or one model or tool within it.
struct LatencyRow: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case component
        /// An LLM model (drills to the traces that used it).
        case model
        /// A tool (drills to the slowest tool calls).
        case tool
    }

    var kind: Kind
    var component: Component
    var name: String
    var summary: LatencySummary
    /// Whether a metrics source attached exemplar traces to this row.
    var hasExemplars = false

    /// The percentile whose bucket the exemplar drill-down starts at (the SLA column).
    static let exemplarPercentile = 95.0

    var drillTarget: DrillTarget {
        if hasExemplars { return .exemplars(kind: exemplarKind, name: name, percentile: Self.exemplarPercentile) }
        return kind == .model ? .model(name) : .latency(component)
    }

    var exemplarKind: LatencyExemplars.Kind {
        switch kind {
        case .component: return .component
        case .model: return .model
        case .tool: return .tool
        }
    }
}
