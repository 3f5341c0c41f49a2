/// How breaker states are inferred from call outcomes for targets the log reports no breaker for.
public struct BreakerInferenceSettings: Sendable, Hashable {
    /// When false, only breakers the log reports appear on the board.
    public var enabled: Bool
    /// Consecutive failures that open a closed breaker; at least 1.
    public var failureThreshold: Int
    /// How long an open breaker stays open before it lets a trial call through (half-open); at least 0.
    public var cooldownNanos: Int64

    public init(enabled: Bool = true, failureThreshold: Int = 5, cooldownNanos: Int64 = 30_000_000_000) {
        self.enabled = enabled
        self.failureThreshold = Swift.max(1, failureThreshold)
        self.cooldownNanos = Swift.max(0, cooldownNanos)
    }

    public static let `default` = BreakerInferenceSettings()
}
