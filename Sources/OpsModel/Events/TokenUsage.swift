/// Token counts of one span (or a sum of spans).
package struct TokenUsage: Sendable, Hashable, Codable {
    package var input: Int64
    package var output: Int64
    /// Input tokens read from the provider's prompt cache (a subset of `input`).
    package var cacheRead: Int64
    /// Input tokens written to the provider's prompt cache (a subset of `input`).
    package var cacheCreation: Int64
    /// Output tokens spent on reasoning (a subset of `output`).
    package var reasoning: Int64

    package init(input: Int64 = 0, output: Int64 = 0, cacheRead: Int64 = 0, cacheCreation: Int64 = 0, reasoning: Int64 = 0) {
        self.input = input
        self.output = output
        self.cacheRead = cacheRead
        self.cacheCreation = cacheCreation
        self.reasoning = reasoning
    }

    package static let zero = TokenUsage()

    package var isZero: Bool { input == 0 && output == 0 && cacheRead == 0 && cacheCreation == 0 && reasoning == 0 }
    package var total: Int64 { input &+ output }

    package static func + (lhs: TokenUsage, rhs: TokenUsage) -> TokenUsage {
        TokenUsage(
            input: lhs.input &+ rhs.input, output: lhs.output &+ rhs.output,
            cacheRead: lhs.cacheRead &+ rhs.cacheRead, cacheCreation: lhs.cacheCreation &+ rhs.cacheCreation,
            reasoning: lhs.reasoning &+ rhs.reasoning)
    }

    package static func += (lhs: inout TokenUsage, rhs: TokenUsage) { lhs = lhs + rhs }

    package static func - (lhs: TokenUsage, rhs: TokenUsage) -> TokenUsage {
        TokenUsage(
            input: lhs.input &- rhs.input, output: lhs.output &- rhs.output,
            cacheRead: lhs.cacheRead &- rhs.cacheRead, cacheCreation: lhs.cacheCreation &- rhs.cacheCreation,
            reasoning: lhs.reasoning &- rhs.reasoning)
    }
}
