import OpsModel

/// An alert's message as the numbers it is made of; the text is built only when read.
///
/// Rules are evaluated every few seconds of event time and most evaluations change nothing,
/// so formatting money, percentages and durations each time would be wasted.
package enum AlertText: Sendable, Hashable {
    case fixed(String)
    case budgetDaily(spentUSD: Double, budgetUSD: Double)
    case budgetProjected(projectedUSD: Double, budgetUSD: Double)
    case errorRate(rate: Double, windowNanos: Int64, failedSpans: Int, spans: Int)
    case latencyP95(p95Ms: Double, targetMs: Double, windowNanos: Int64)
    case breakerOpen(target: String)
    case cacheHitRate(rate: Double, previousRate: Double, lookups: Int, windowNanos: Int64)
    case guardrailBlockRate(rate: Double, previousRate: Double, blocked: Int, checked: Int, windowNanos: Int64)
    case qualityBelowThreshold(metric: String, mean: Double, threshold: Double, scores: Int, windowNanos: Int64)

    package var rendered: String {
        switch self {
        case let .fixed(text):
            return text
        case let .budgetDaily(spent, budget):
            let percent = Int((spent / budget * 100).rounded(.down))
            return "spent \(Money.format(spent)) of the \(Money.format(budget)) daily budget (\(percent)%)"
        case let .budgetProjected(projected, budget):
            return "on track to spend \(Money.format(projected)) today, over the \(Money.format(budget)) budget"
        case let .errorRate(rate, window, failed, spans):
            return "\(Percent.format(rate)) of spans failed in the last \(DurationText.label(nanos: window)) (\(failed) of \(spans))"
        case let .latencyP95(p95, target, window):
            return "query p95 \(DurationText.label(millis: p95)) over the \(DurationText.label(millis: target)) target in the last \(DurationText.label(nanos: window))"
        case let .breakerOpen(target):
            return "breaker for \(target) is open"
        case let .cacheHitRate(rate, previous, lookups, window):
            return "cache hit rate \(Percent.format(rate)) in the last \(DurationText.label(nanos: window)) (\(lookups) lookups), "
                + "down from \(Percent.format(previous)) earlier in the hour"
        case let .guardrailBlockRate(rate, previous, blocked, checked, window):
            return "guardrails blocked \(Percent.format(rate)) of requests in the last \(DurationText.label(nanos: window)) "
                + "(\(blocked) of \(checked)), up from \(Percent.format(previous)) earlier in the hour"
        case let .qualityBelowThreshold(metric, mean, threshold, scores, window):
            return "\(metric) mean \(Self.score(mean)) below the \(Self.score(threshold)) threshold in the last "
                + "\(DurationText.label(nanos: window)) (\(scores) scores)"
        }
    }

    /// A score to two decimals (`0.82`).
    package static func score(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
