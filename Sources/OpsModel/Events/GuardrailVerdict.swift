/// What a guardrail or the application's own rate limiter decided about a request.
public struct GuardrailVerdict: Sendable, Hashable {
    public enum Outcome: String, Sendable, Hashable, CaseIterable, Codable {
        case pass
        case blocked
        case flagged
    }

    /// The guardrail's name (`jailbreak`, `pii`, NeMo's rail name, `rate_limiter`).
    public var guardrail: String
    public var outcome: Outcome
    /// Why it blocked or flagged, in the guardrail's words.
    public var reason: String?
    /// The application's own limiter refused the request (a 429 from the app, not the provider).
    public var isRateLimit: Bool

    public init(guardrail: String, outcome: Outcome, reason: String? = nil, isRateLimit: Bool = false) {
        self.guardrail = guardrail
        self.outcome = outcome
        self.reason = reason
        self.isRateLimit = isRateLimit
    }
}
