import OpsModel

/// Which traces a list shows: what it was drilled from, narrowed by the `/` filter.
package struct TraceQuery: Sendable, Hashable {
    /// The dashboard row the list came from; nil for a list opened with `/` from the dashboard.
    package var origin: DrillTarget?
    package var filter: TraceFilter

    package init(origin: DrillTarget? = nil, filter: TraceFilter = TraceFilter()) {
        self.origin = origin
        self.filter = filter
    }

    /// The order a fresh list starts in: slowest first for latency, costliest for a model's cost,
    /// lowest score first for a metric's quality, else newest.
    package var defaultSort: TraceSort {
        switch origin {
        case .latency, .exemplars: return .latency
        case .quality: return .score
        case .model: return .cost
        default: return .time
        }
    }

    /// The orders `s` cycles through: `score` only where there is a metric to score by.
    package var sortCycle: [TraceSort] {
        if case .quality = origin { return TraceSort.allCases }
        return TraceSort.dashboardCycle
    }

    /// Whether the dashboard's time window narrows the list (an alert brings its own window,
    /// a breaker its transitions).
    package var usesWindow: Bool {
        switch origin {
        case .alert, .breaker, .exemplars: return false
        default: return true
        }
    }

    /// What the drill-down shows, for the list's title: `failed traces · transient errors`.
    package var originSummary: String {
        switch origin {
        case .none: return "Traces"
        case .model(let model): return "Traces using \(model)"
        case .errorCategory(let category): return "Failed traces · \(category.rawValue) errors"
        case .errorType(let type): return "Failed traces · \(type)"
        case .breaker(let target): return "Failures of \(target)"
        case .alert(let id, let from, let to):
            return "Traces during alert \(id) (\(ClockText.time(nanos: from))–\(ClockText.time(nanos: to)))"
        case .latency(let component): return "Slowest \(component.rawValue) traces"
        case .trace(let id): return "Trace \(id)"
        case .cache(let hit): return hit ? "Traces served from the semantic cache" : "Traces that missed the semantic cache"
        case .guardrail(let drill): return "Blocked or flagged traces" + drill.summary
        case .quality(let metric): return "Lowest-scored traces · \(metric)"
        case .exemplars(_, let name, let percentile):
            return "Exemplar traces of \(name) at or above p\(Money.fixed(percentile, decimals: 0)) (from /metrics)"
        }
    }
}
