extension MetricLabels {
    /// The labels a breaker or budget is named by, then those of its detail, for a query that groups by them.
    package var targetAndDetail: [String] { target + targetDetail.filter { !target.contains($0) } }

    /// The breaker's or budget's name: the first ``target`` label, with the first ``targetDetail`` label after it
    /// when that says something else (`gpt-4o · deployment d1` for a LiteLLM deployment).
    package func target(in labels: [Label]) -> String? {
        guard let name = MetricLabels.first(target, in: labels) else { return nil }
        guard let detail = MetricLabels.first(targetDetail, in: labels), detail != name else { return name }
        return name + " · deployment " + detail
    }
}
