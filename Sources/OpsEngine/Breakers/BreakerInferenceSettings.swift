/// How breaker states are inferred from call outcomes for targets the log reports no breaker for.
package struct BreakerInferenceSettings: Sendable, Hashable {
    /// When false, only breakers the log reports appear on the board.
    package var enabled: Bool
    /// Consecutive failures that open a closed breaker; at least 1.
    package var failureThreshold: Int
    /// How long an open breaker stays open before it lets a trial call through (half-open); at least 0.
    package var cooldownNanos: Int64

    package init(enabled: Bool = true, failureThreshold: Int = 5, cooldownNanos: Int64 = 30_000_000_000) {
        self.enabled = enabled
        self.failureThreshold = Swift.max(1, failureThreshold)
        self.cooldownNanos = Swift.max(0, cooldownNanos)
    }

    package static let `default` = BreakerInferenceSettings()
}
