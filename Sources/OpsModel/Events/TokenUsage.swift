/// Token counts of one span (or a sum of spans).
public struct TokenUsage: Sendable, Hashable, Codable {
    public var input: Int64
    public var output: Int64
    /// Input tokens read from the provider's prompt cache (a subset of `input`).
    public var cacheRead: Int64
    /// Input tokens written to the provider's prompt cache (a subset of `input`).
    public var cacheCreation: Int64
    /// Output tokens spent on reasoning (a subset of `output`).
    public var reasoning: Int64

    @inlinable public init(input: Int64 = 0, output: Int64 = 0, cacheRead: Int64 = 0, cacheCreation: Int64 = 0, reasoning: Int64 = 0) {
        self.input = input
        self.output = output
        self.cacheRead = cacheRead
        self.cacheCreation = cacheCreation
        self.reasoning = reasoning
    }

    @inlinable public static var zero: TokenUsage { TokenUsage() }

    @inlinable public var isZero: Bool { input == 0 && output == 0 && cacheRead == 0 && cacheCreation == 0 && reasoning == 0 }
    @inlinable public var total: Int64 { input &+ output }

    @inlinable public static func + (lhs: TokenUsage, rhs: TokenUsage) -> TokenUsage {
        TokenUsage(
            input: lhs.input &+ rhs.input, output: lhs.output &+ rhs.output,
            cacheRead: lhs.cacheRead &+ rhs.cacheRead, cacheCreation: lhs.cacheCreation &+ rhs.cacheCreation,
            reasoning: lhs.reasoning &+ rhs.reasoning)
    }

    @inlinable public static func += (lhs: inout TokenUsage, rhs: TokenUsage) { lhs = lhs + rhs }

    @inlinable public static func - (lhs: TokenUsage, rhs: TokenUsage) -> TokenUsage {
        TokenUsage(
            input: lhs.input &- rhs.input, output: lhs.output &- rhs.output,
            cacheRead: lhs.cacheRead &- rhs.cacheRead, cacheCreation: lhs.cacheCreation &- rhs.cacheCreation,
            reasoning: lhs.reasoning &- rhs.reasoning)
    }
}
