import OpsModel

/// Conditions typed at the `/` prompt: `model:gpt-4o status:error user:u42 tool:lookup_order min:2s refund`,
/// `cache:hit guardrail:blocked reason:jailbreak eval:faithfulness<0.9`.
///
/// Different keys must all hold; repeating a key accepts any of its values. Names compare
/// case-insensitively; free-text terms match part of a trace or span name, a model, a tool or
/// the trace id.
package struct TraceFilter: Sendable, Hashable {
    package enum Status: String, Sendable, Hashable {
        case ok
        case error
    }

    /// The text as typed, for editing it again.
    package var text: String
    package var models: [String]
    package var status: Status?
    package var users: [String]
    package var tools: [String]
    package var minDurationNanos: Int64?
    package var maxDurationNanos: Int64?
    package var errorTypes: [String]
    package var categories: [ErrorCategory]
    package var components: [Component]
    /// Free-text terms, lower-cased.
    package var terms: [String]
    /// `cache:hit` / `cache:miss`: a span's semantic-cache lookup hit (true) or missed (false).
    package var cacheHit: Bool?
    /// `guardrail:blocked|flagged|pass`: a span's guardrail verdict has one of these outcomes.
    package var guardrailOutcomes: [GuardrailVerdict.Outcome]
    /// `guardrail:NAME`: a span's verdict comes from one of these guardrails.
    package var guardrails: [String]
    /// `reason:TEXT`: a verdict's reason contains one of these (lower-cased).
    package var reasons: [String]
    /// `eval:NAME`, `eval:NAME<0.9`, `eval:NAME>=0.5`: the trace has a score of that metric that holds.
    package var evaluations: [EvaluationCondition]

    package init(
        text: String = "", models: [String] = [], status: Status? = nil, users: [String] = [], tools: [String] = [],
        minDurationNanos: Int64? = nil, maxDurationNanos: Int64? = nil, errorTypes: [String] = [],
        categories: [ErrorCategory] = [], components: [Component] = [], terms: [String] = [], cacheHit: Bool? = nil,
        guardrailOutcomes: [GuardrailVerdict.Outcome] = [], guardrails: [String] = [], reasons: [String] = [],
        evaluations: [EvaluationCondition] = []
    ) {
        self.text = text
        self.models = models
        self.status = status
        self.users = users
        self.tools = tools
        self.minDurationNanos = minDurationNanos
        self.maxDurationNanos = maxDurationNanos
        self.errorTypes = errorTypes
        self.categories = categories
        self.components = components
        self.terms = terms
        self.cacheHit = cacheHit
        self.guardrailOutcomes = guardrailOutcomes
        self.guardrails = guardrails
        self.reasons = reasons
        self.evaluations = evaluations
    }

    /// True when it accepts everything.
    package var isEmpty: Bool {
        models.isEmpty && status == nil && users.isEmpty && tools.isEmpty && minDurationNanos == nil
            && maxDurationNanos == nil && errorTypes.isEmpty && categories.isEmpty && components.isEmpty
            && terms.isEmpty && !hasVerdictConditions && evaluations.isEmpty
    }

    /// Whether it asks anything of cache lookups or guardrail verdicts.
    var hasVerdictConditions: Bool {
        cacheHit != nil || !guardrailOutcomes.isEmpty || !guardrails.isEmpty || !reasons.isEmpty
    }
}
