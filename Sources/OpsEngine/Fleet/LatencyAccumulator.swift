import OpsModel

/// Gathers quantiles, counts and sums answered separately into latency summaries (seconds in, milliseconds out).
struct LatencyAccumulator {
    private struct Parts {
        var quantiles: [Double: Double] = [:]
        var count: Double?
        var sumSeconds: Double?

        var summary: LatencySummary {
            let count = FleetFigures.count(self.count ?? 0)
            func ms(_ q: Double) -> Double {
                // Unknown (no observations in the window, or no answer): NaN, written as null and shown as "?".
                guard let seconds = quantiles[q], seconds.isFinite else { return .nan }
                return seconds * 1000
            }
            let mean = count > 0 ? (sumSeconds ?? 0) * 1000 / Double(count) : 0
            // A histogram keeps no maximum: unknown.
            return LatencySummary(
                count: UInt64(count), p50Ms: ms(0.5), p90Ms: ms(0.9), p95Ms: ms(0.95), p99Ms: ms(0.99), maxMs: .nan,
                meanMs: mean)
        }
    }

    private var components: [Component: Parts] = [:]
    private var models: [String: Parts] = [:]

    mutating func set(component: Component, quantile q: Double, seconds: Double?) {
        if let seconds { components[component, default: Parts()].quantiles[q] = seconds }
    }

    mutating func set(component: Component, count: Double) { components[component, default: Parts()].count = count }

    mutating func set(component: Component, sumSeconds: Double) {
        components[component, default: Parts()].sumSeconds = sumSeconds
    }

    mutating func set(model: String, quantile q: Double, seconds: Double?) {
        if let seconds { models[model, default: Parts()].quantiles[q] = seconds }
    }

    /// Adds: several label combinations can name the same model.
    mutating func add(model: String, count: Double) {
        models[model, default: Parts()].count = (models[model]?.count ?? 0) + count
    }

    mutating func add(model: String, sumSeconds: Double) {
        models[model, default: Parts()].sumSeconds = (models[model]?.sumSeconds ?? 0) + sumSeconds
    }

    func byComponent() -> [Component: LatencySummary] { components.mapValues(\.summary) }

    /// Busiest first; models without calls in the window are left out.
    func byModel() -> [LatencyBreakdown.Named] {
        models.map { LatencyBreakdown.Named(name: $0.key, summary: $0.value.summary) }
            .filter { $0.summary.count > 0 }
            .sorted { $0.summary.count != $1.summary.count ? $0.summary.count > $1.summary.count : $0.name < $1.name }
    }
}
