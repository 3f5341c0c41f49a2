import OpsEngine

/// One row of the guardrails panel: a guardrail, a reason or a user, with what it blocked or flagged.
enum GuardrailRow: Sendable, Hashable {
    case guardrail(GuardrailSummary.Row)
    case reason(GuardrailSummary.Count)
    case user(GuardrailSummary.Count)

    var drillTarget: DrillTarget {
        switch self {
        case let .guardrail(row): return .guardrail(.guardrail(row.name))
        case let .reason(count): return .guardrail(.reason(count.name))
        case let .user(count): return .guardrail(.user(count.name))
        }
    }

    /// The kind column: `rail`, `reason`, `user`.
    var kind: String {
        switch self {
        case .guardrail: return "rail"
        case .reason: return "reason"
        case .user: return "user"
        }
    }

    var name: String {
        switch self {
        case let .guardrail(row): return row.name
        case let .reason(count), let .user(count): return count.name
        }
    }

    /// Requests blocked or flagged.
    var triggered: Int {
        switch self {
        case let .guardrail(row): return row.triggered
        case let .reason(count), let .user(count): return count.count
        }
    }
}
