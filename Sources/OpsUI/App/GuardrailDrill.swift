import OpsModel

/// Which blocked or flagged requests a guardrails-panel row stands for.
package enum GuardrailDrill: Sendable, Hashable {
    /// Every request any guardrail blocked or flagged.
    case all
    /// Those of one guardrail (or the app's rate limiter, by its name).
    case guardrail(String)
    /// Those with this reason.
    case reason(String)
    /// Those of one user.
    case user(String)

    /// Whether a span's verdict belongs to the row: blocked or flagged, and of its guardrail,
    /// reason or user.
    func matches(_ verdict: GuardrailVerdict?, userID: String?) -> Bool {
        guard let verdict, verdict.outcome != .pass else { return false }
        switch self {
        case .all: return true
        case .guardrail(let name): return verdict.guardrail == name
        case .reason(let reason): return verdict.reason == reason
        case .user(let user): return userID == user
        }
    }

    /// What the list's title says after "Blocked or flagged".
    var summary: String {
        switch self {
        case .all: return ""
        case .guardrail(let name): return " by \(name)"
        case .reason(let reason): return " · reason \(reason)"
        case .user(let user): return " · user \(user)"
        }
    }
}
