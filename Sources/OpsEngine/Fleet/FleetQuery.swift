import OpsModel

/// One PromQL query of a fleet refresh, and what its answer fills in.
package struct FleetQuery: Sendable, Hashable {
    package enum Purpose: Sendable, Hashable {
        case costInWindow, costTotal, costByModel
        case burnPerSecond(TimeWindow)
        case quantile(Component, Double)
        case count(Component)
        case sum(Component)
        case modelQuantile(Double)
        case modelCount
        case modelSum
        case tokens
        case requests
        /// Failures by error type, from an errors counter.
        case errorsByType
        /// Failures by error type, from a latency histogram whose series carry an error label on failed calls.
        case failedCallsByType
        case breakerStates
        case budgetRemaining, budgetLimit
    }

    package var purpose: Purpose
    package var family: FleetFamily
    package var promQL: String

    package init(purpose: Purpose, family: FleetFamily, promQL: String) {
        self.purpose = purpose
        self.family = family
        self.promQL = promQL
    }
}
