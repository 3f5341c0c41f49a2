import OpsCore

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

    var drillTarget: DrillTarget {
        kind == .model ? .model(name) : .latency(component)
    }
}
