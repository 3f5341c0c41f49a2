/// The dashboard's panels that take focus (Tab / Shift-Tab), in focus order.
package enum PanelID: String, Sendable, Hashable, CaseIterable {
    case cost
    case latency
    case errors
    case breakers
    case alerts
    case cache
    case guardrails
    case quality
    case traces

    package var title: String {
        switch self {
        case .cost: return "Cost"
        case .latency: return "Latency"
        case .errors: return "Errors"
        case .breakers: return "Circuit breakers"
        case .alerts: return "Alerts"
        case .cache: return "Cache"
        case .guardrails: return "Guardrails"
        case .quality: return "Quality"
        case .traces: return "Traces"
        }
    }

    /// Panels shown only when they have data and the screen has room (issue 13's cache,
    /// guardrails and answer quality); the others always have their place.
    package var isOptional: Bool {
        switch self {
        case .cache, .guardrails, .quality: return true
        default: return false
        }
    }
}
