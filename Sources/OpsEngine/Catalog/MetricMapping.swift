import OpsModel

/// How one metric family (or a `*` pattern of them) feeds the dashboard.
///
/// Names are matched without a trailing `_total`, so `litellm_spend_metric` and
/// `litellm_spend_metric_total` are the same family whichever format the endpoint speaks.
package struct MetricMapping: Sendable, Hashable {
    /// The family name, with or without `_total`; one `*` matches any run of characters.
    package var family: String
    package var role: MetricRole
    package var labels: MetricLabels
    /// Multiplies values into opstop's units: seconds for latency (0.001 for a `_ms` family), USD for money.
    package var scale: Double
    /// For latency families: whether each observation is one call, so counts are requests and series
    /// with an error-type label are failures (OTel GenAI durations carry `error_type`).
    package var countsCalls: Bool
    /// What a breaker or budget target guards.
    package var targetKind: TargetKind
    /// Who emits it, for the documentation (`OpenTelemetry GenAI`, `LiteLLM`, `config`).
    package var origin: String

    package init(
        family: String, role: MetricRole, labels: MetricLabels = MetricLabels(), scale: Double = 1,
        countsCalls: Bool = false, targetKind: TargetKind = .other, origin: String = "config"
    ) {
        self.family = family
        self.role = role
        self.labels = labels
        self.scale = scale
        self.countsCalls = countsCalls
        self.targetKind = targetKind
        self.origin = origin
    }

    /// The name without `_total`, as families are compared.
    package static func baseName(_ name: String) -> Substring {
        name.hasSuffix("_total") ? name.dropLast(6) : Substring(name)
    }

    /// Whether a family called `name` is this mapping's.
    package func matches(_ name: String) -> Bool {
        let pattern = Self.baseName(family)
        let candidate = Self.baseName(name)
        guard let star = pattern.firstIndex(of: "*") else { return pattern == candidate }
        let prefix = pattern[..<star]
        let suffix = pattern[pattern.index(after: star)...]
        return candidate.count >= prefix.count + suffix.count && candidate.hasPrefix(prefix)
            && candidate.hasSuffix(suffix)
    }
}
