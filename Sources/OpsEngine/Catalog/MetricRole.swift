import OpsModel

/// What a metric family means to opstop's panels.
package enum MetricRole: Sendable, Hashable {
    /// A counter of money spent, in USD.
    case cost
    /// A latency histogram or summary of one component; `component` may be overridden per series by
    /// the mapping's component label (opstop's own `opstop_latency_seconds{component}`).
    case latency(Component)
    /// Tokens: a counter, or a histogram whose `_sum` counts them (OTel's `gen_ai.client.token.usage`).
    /// `kind` nil means the mapping's token-type label says which kind each series counts.
    case tokens(TokenKind?)
    /// Calls made (the error rate's denominator). With an outcome label, series whose outcome is one
    /// of the failure values also count as errors (resilience4j's `kind="failed"`).
    case requests
    /// Failed calls; the error type comes from the mapping's error-type or status labels.
    case errors
    /// A breaker's state: a gauge whose value encodes the state, or one series per state
    /// (a stateset, or a gauge with a state label) whose value 1 marks the current one.
    case breakerState(BreakerEncoding)
    /// A gauge whose value above zero means the target's breaker is open (Envoy's `rq_open`,
    /// outlier ejections).
    case breakerOpen
    /// A counter of times a breaker opened (LiteLLM's cooled-down deployments).
    case breakerTrips
    /// Budget left, in USD.
    case budgetRemaining
    /// Budget limit, in USD.
    case budgetLimit
    /// A counter of semantic-cache lookups: `hit` true counts hits, false misses; nil reads the mapping's
    /// outcome label (`hit` / `miss`).
    case cacheLookups(hit: Bool?)
    /// A counter of guardrail checks per guardrail (the mapping's target label); the outcome label says
    /// which were blocked (``GuardrailOutcomeLabel``) or flagged.
    case guardrailChecks
}

/// What an outcome label of a guardrail-check counter says (LiteLLM's `status`, opstop's `outcome`).
package enum GuardrailOutcomeLabel {
    static let blocked: Set<String> = ["blocked", "intervened", "guardrail_intervened"]
    static let flagged: Set<String> = ["flagged", "guardrail_flagged"]

    package static func outcome(_ value: String?) -> GuardrailVerdict.Outcome {
        guard let value = value?.lowercased() else { return .pass }
        if blocked.contains(value) { return .blocked }
        if flagged.contains(value) { return .flagged }
        return .pass
    }
}

/// Which kind of token a series counts.
package enum TokenKind: String, Sendable, Hashable, CaseIterable {
    case input, output, cacheRead = "cache_read", cacheCreation = "cache_creation", reasoning

    /// Reads a token-type label value (`input`, `output`, `prompt`, `completion`, …).
    package init?(label: String) {
        switch label.lowercased() {
        case "input", "prompt", "in": self = .input
        case "output", "completion", "out": self = .output
        case "cache_read", "cached", "cache_read_input", "cached_input": self = .cacheRead
        case "cache_creation", "cache_write", "cache_creation_input": self = .cacheCreation
        case "reasoning": self = .reasoning
        default: return nil
        }
    }
}

/// How a breaker-state family encodes the state.
package enum BreakerEncoding: Sendable, Hashable {
    /// The value is the state: e.g. LiteLLM's 0 closed, 1 degraded (half-open), 2 open.
    case numeric([Double: BreakerState])
    /// One series per state, named by this label; the series valued 1 is the current state
    /// (a stateset names the label after the family; resilience4j uses `state`).
    case stateLabel(String)
}
