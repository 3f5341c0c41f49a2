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
        }
    }
}
