import Testing
@testable import OpsModel
@testable import OpsEngine

@Test func costOfGpt4oMiniWithCachedInputMatchesHandComputedFigure() throws {
    let usage = TokenUsage(input: 412, output: 38, cacheRead: 256)
    let cost = try #require(PriceTable.builtIn.cost(of: usage, model: "gpt-4o-mini"))
    let expected: Double = (156 * 0.15 + 256 * 0.075 + 38 * 0.60) / 1_000_000
    #expect(abs(cost - expected) < 1e-15)
}

@Test func anthropicCacheWritesAreChargedAtTheCacheWriteRate() throws {
    // 10_000 input of which 2_000 read from cache and 5_000 written to it; 1_000 output (200 reasoning).
    let usage = TokenUsage(input: 10_000, output: 1_000, cacheRead: 2_000, cacheCreation: 5_000, reasoning: 200)
    let cost = try #require(PriceTable.builtIn.cost(of: usage, model: "claude-sonnet-4-5-20250929"))
    let expected: Double = (3_000 * 3.00 + 2_000 * 0.30 + 5_000 * 3.75 + 1_000 * 15.00) / 1_000_000
    #expect(abs(cost - expected) < 1e-15)
}

@Test func reasoningTokensAreNotChargedTwice() {
    let price = ModelPrice(input: 1, output: 10)
    let plain = price.cost(of: TokenUsage(input: 0, output: 100))
    let reasoned = price.cost(of: TokenUsage(input: 0, output: 100, reasoning: 80))
    #expect(plain == reasoned)
    let expected: Double = 100 * 10 / 1_000_000
    #expect(plain == expected)
}

@Test func uncachedInputIsFlooredAtZeroWhenCacheCountsExceedInput() {
    let price = ModelPrice(input: 1, output: 2, cachedInput: 0.5, cacheWrite: 4)
    // A decoder that reports cache counts outside `input` must not produce a negative uncached part.
    let cost = price.cost(of: TokenUsage(input: 100, output: 0, cacheRead: 80, cacheCreation: 50))
    let expected: Double = (80 * 0.5 + 50 * 4) / 1_000_000
    #expect(cost == expected)
}

@Test func negativeCountsCostNothing() {
    let price = ModelPrice(input: 1, output: 2)
    #expect(price.cost(of: TokenUsage(input: -5, output: -7, cacheRead: -3, cacheCreation: -1)) == 0)
}

@Test func cacheWriteDefaultsToInputOutsideAnthropicAndToOneAndAQuarterInputForClaude() throws {
    #expect(ModelPrice(input: 2, output: 8).cacheWriteRate == 2)
    #expect(ModelPrice(input: 2, output: 8).cachedInput == 2)
    let table = PriceTable([
        "claude-new": ModelPrice(input: 4, output: 20),
        "gpt-new": ModelPrice(input: 4, output: 20),
    ])
    #expect(try #require(table.price(for: "claude-new")).cacheWriteRate == 5)
    #expect(try #require(table.price(for: "gpt-new")).cacheWriteRate == 4)
    #expect(try #require(PriceTable.builtIn.price(for: "gpt-4o")).cacheWriteRate == 2.50)
}
