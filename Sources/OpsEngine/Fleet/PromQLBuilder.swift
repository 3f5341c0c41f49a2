import OpsModel

/// Builds the PromQL a fleet view sends to a Prometheus server: every selector narrowed by ``match``.
///
/// Counts over a window are `increase(…[w])`; quantiles are `histogram_quantile(q, sum by (le) (rate(…_bucket[w])))`;
/// for the `all` window the counters are read as they stand (totals since each process started) and quantiles come
/// from the cumulative buckets. Grouping labels become `sum by (…)`.
package struct PromQLBuilder: Sendable, Hashable {
    package var match: SeriesMatch
    package var window: TimeWindow

    package init(match: SeriesMatch = .everything, window: TimeWindow = .fiveMinutes) {
        self.match = match
        self.window = window
    }

    /// `metric{match, extra}`: a selector of one family.
    package func selector(_ metric: String, extra: [LabelMatcher] = []) -> String {
        metric + match.selector(adding: extra)
    }

    /// How much a counter grew in the window (or its total for `all`), summed over the fleet by `labels`.
    package func counterIncrease(_ metric: String, by labels: [String] = [], extra: [LabelMatcher] = []) -> String {
        Self.sum(by: labels, windowed("increase", selector(metric, extra: extra), window))
    }

    /// A counter's per-second rate over `range` (the window when nil; 5m for `all`), summed by `labels`.
    package func counterRate(
        _ metric: String, range: TimeWindow? = nil, by labels: [String] = [], extra: [LabelMatcher] = []
    ) -> String {
        let range = Self.rangeWindow(range ?? window)
        return Self.sum(by: labels, "rate(\(selector(metric, extra: extra))[\(range.rawValue)])")
    }

    /// The raw samples of `metric` over `range` (a range vector), for rates over the time the series cover.
    package func counterSamples(_ metric: String, range: TimeWindow) -> String {
        "\(selector(metric))[\(Self.rangeWindow(range).rawValue)]"
    }

    /// The `q` quantile of histogram `base` (its name without `_bucket`), per `labels` when given.
    package func histogramQuantile(_ q: Double, histogram base: String, by labels: [String] = []) -> String {
        let buckets = Self.sum(by: ["le"] + labels, windowed("rate", selector(base + "_bucket"), window))
        return "histogram_quantile(\(Self.number(q)), \(buckets))"
    }

    /// Observations of histogram `base` in the window, per `labels`.
    package func histogramCount(_ base: String, by labels: [String] = [], extra: [LabelMatcher] = []) -> String {
        counterIncrease(base + "_count", by: labels, extra: extra)
    }

    /// The sum of the observations of histogram `base` in the window, per `labels`.
    package func histogramSum(_ base: String, by labels: [String] = []) -> String {
        counterIncrease(base + "_sum", by: labels)
    }

    /// A gauge as it stands, per `labels` (one row per instance and target for breaker states).
    package func gauge(_ metric: String, by labels: [String], extra: [LabelMatcher] = []) -> String {
        let grouped = labels.isEmpty ? "max" : "max by (\(labels.joined(separator: ", ")))"
        return "\(grouped) (\(selector(metric, extra: extra)))"
    }

    /// `f(selector[w])` for a window, the bare selector for `all` (a counter as it stands).
    private func windowed(_ function: String, _ selector: String, _ window: TimeWindow) -> String {
        guard window != .all else { return selector }
        return "\(function)(\(selector)[\(window.rawValue)])"
    }

    static func sum(by labels: [String], _ expression: String) -> String {
        labels.isEmpty ? "sum(\(expression))" : "sum by (\(labels.joined(separator: ", "))) (\(expression))"
    }

    /// A rate needs a range: `all` reads as the longest window the screen offers below it.
    static func rangeWindow(_ window: TimeWindow) -> TimeWindow {
        window == .all ? .oneHour : window
    }

    /// A quantile as PromQL writes it: `0.95`, `0.5`, `1`.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
