/// The dashboard's panels that take focus (Tab / Shift-Tab), in focus order.
package enum PanelID: String, Sendable, Hashable, CaseIterable {
    case cost
    case latency
    case errors
    case breakers
    case alerts
    case traces

    package var title: String {
        switch self {
        case .cost: return "Cost"
        case .latency: return "Latency"
        case .errors: return "Errors"
        case .breakers: return "Circuit breakers"
        case .alerts: return "Alerts"
        case .traces: return "Traces"
        }
    }
}
