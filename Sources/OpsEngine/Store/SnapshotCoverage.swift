/// Which figures of a ``MetricsSnapshot`` its source can know.
///
/// Usage logs know everything (`.all`). A metrics endpoint knows only what its families report:
/// a LiteLLM gateway reports cost but no traces, an OpenTelemetry exporter reports latency and
/// tokens but no cost. Figures outside the coverage are shown as "not reported by this source"
/// on screen, `n/a` in the text report and `null` in the JSON report, never as zeros.
package struct SnapshotCoverage: OptionSet, Sendable, Hashable {
    package let rawValue: UInt16

    package init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Spend: window cost, burn rates, cost by model.
    package static let cost = SnapshotCoverage(rawValue: 1 << 0)
    package static let tokens = SnapshotCoverage(rawValue: 1 << 1)
    package static let latency = SnapshotCoverage(rawValue: 1 << 2)
    /// Failed calls by category and type.
    package static let errors = SnapshotCoverage(rawValue: 1 << 3)
    package static let breakers = SnapshotCoverage(rawValue: 1 << 4)
    package static let budgets = SnapshotCoverage(rawValue: 1 << 5)
    /// Spans and traces: the traces panel, trace drill-down, span counts.
    package static let traces = SnapshotCoverage(rawValue: 1 << 6)
    /// opstop's own alert rules (evaluated over spans).
    package static let alerts = SnapshotCoverage(rawValue: 1 << 7)
    /// A count of calls, the denominator of the error rate.
    package static let requests = SnapshotCoverage(rawValue: 1 << 8)
    /// Today's spend (needs a cost counter whose history reaches back to midnight UTC, or logs).
    package static let today = SnapshotCoverage(rawValue: 1 << 9)
    /// Semantic-cache lookups, hits and savings.
    package static let cache = SnapshotCoverage(rawValue: 1 << 10)
    /// Guardrail checks and the application's rate limiter.
    package static let guardrails = SnapshotCoverage(rawValue: 1 << 11)
    /// Evaluation scores.
    package static let quality = SnapshotCoverage(rawValue: 1 << 12)

    package static let all: SnapshotCoverage = [
        .cost, .tokens, .latency, .errors, .breakers, .budgets, .traces, .alerts, .requests, .today, .cache, .guardrails,
        .quality,
    ]
}
