/// The rules opstop watches; the raw values are the names reports and configs use.
package enum AlertRule: String, Sendable, Hashable, CaseIterable, Codable {
    /// Spend today reached the warning fraction (warning) or all (critical) of the daily budget.
    case budgetDaily = "budget_daily"
    /// At the last hour's burn rate, today will end over the daily budget.
    case budgetProjected = "budget_projected"
    /// Too many failed spans in the alert window.
    case errorRate = "error_rate"
    /// Query p95 latency over the SLA target in the alert window.
    case latencyP95 = "latency_p95"
    /// A circuit breaker is open.
    case breakerOpen = "breaker_open"
    /// The semantic cache's hit rate fell below a fraction of its previous-hour level.
    case cacheHitRate = "cache_hit_rate"
    /// Guardrails blocked a much larger share of requests than in the previous hour.
    case guardrailBlockRate = "guardrail_block_rate"
    /// An evaluation metric's mean fell below its `[quality]` threshold (one alert per metric).
    case qualityBelowThreshold = "quality_below_threshold"

    /// The rule's position among the cases, for hashing without the raw string.
    var ordinal: UInt8 {
        switch self {
        case .budgetDaily: return 0
        case .budgetProjected: return 1
        case .errorRate: return 2
        case .latencyP95: return 3
        case .breakerOpen: return 4
        case .cacheHitRate: return 5
        case .guardrailBlockRate: return 6
        case .qualityBelowThreshold: return 7
        }
    }
}

package enum AlertSeverity: String, Sendable, Hashable, Codable, Comparable {
    case warning
    case critical

    package static func < (lhs: AlertSeverity, rhs: AlertSeverity) -> Bool { lhs == .warning && rhs == .critical }
}

/// Where an alert is in its life: ok → pending → firing → resolved (→ pending again).
package enum AlertState: String, Sendable, Hashable, Codable {
    case pending
    case firing
    case resolved
}

/// One alert instance: a rule, and for per-target rules the target.
package struct Alert: Sendable, Hashable {
    package var rule: AlertRule
    /// The breaker target for `breaker_open`, the metric for `quality_below_threshold`; empty for the other rules.
    package var key: String
    package var state: AlertState
    package var severity: AlertSeverity
    /// When the alert entered its current state.
    package var sinceNanos: Int64
    /// When the condition first became true in this episode (start of pending).
    package var startedNanos: Int64
    package var firedNanos: Int64?
    package var resolvedNanos: Int64?
    /// The message's numbers; ``message`` is its text.
    package var text: AlertText
    package var value: Double
    package var threshold: Double

    package init(
        rule: AlertRule, key: String, state: AlertState, severity: AlertSeverity, sinceNanos: Int64,
        startedNanos: Int64, firedNanos: Int64? = nil, resolvedNanos: Int64? = nil, message: String, value: Double,
        threshold: Double
    ) {
        self.init(
            rule: rule, key: key, state: state, severity: severity, sinceNanos: sinceNanos, startedNanos: startedNanos,
            firedNanos: firedNanos, resolvedNanos: resolvedNanos, text: .fixed(message), value: value,
            threshold: threshold)
    }

    init(
        rule: AlertRule, key: String, state: AlertState, severity: AlertSeverity, sinceNanos: Int64,
        startedNanos: Int64, firedNanos: Int64? = nil, resolvedNanos: Int64? = nil, text: AlertText, value: Double,
        threshold: Double
    ) {
        self.rule = rule
        self.key = key
        self.state = state
        self.severity = severity
        self.sinceNanos = sinceNanos
        self.startedNanos = startedNanos
        self.firedNanos = firedNanos
        self.resolvedNanos = resolvedNanos
        self.text = text
        self.value = value
        self.threshold = threshold
    }

    package var message: String {
        get { text.rendered }
        set { text = .fixed(newValue) }
    }

    package var id: String { key.isEmpty ? rule.rawValue : "\(rule.rawValue):\(key)" }
}

/// What a rule sees at one evaluation.
package struct AlertCondition: Sendable, Hashable {
    package var rule: AlertRule
    package var key: String
    package var active: Bool
    package var severity: AlertSeverity
    package var text: AlertText
    package var value: Double
    package var threshold: Double
    /// How long the condition must hold before the alert fires.
    package var forNanos: Int64

    package init(
        rule: AlertRule, key: String = "", active: Bool, severity: AlertSeverity, message: String,
        value: Double, threshold: Double, forNanos: Int64
    ) {
        self.init(
            rule: rule, key: key, active: active, severity: severity, text: .fixed(message), value: value,
            threshold: threshold, forNanos: forNanos)
    }

    package init(
        rule: AlertRule, key: String = "", active: Bool, severity: AlertSeverity, text: AlertText,
        value: Double, threshold: Double, forNanos: Int64
    ) {
        self.rule = rule
        self.key = key
        self.active = active
        self.severity = severity
        self.text = text
        self.value = value
        self.threshold = threshold
        self.forNanos = forNanos
    }

    package var message: String {
        get { text.rendered }
        set { text = .fixed(newValue) }
    }
}
