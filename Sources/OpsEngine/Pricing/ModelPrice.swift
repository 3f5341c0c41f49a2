import OpsModel

/// The list prices of one model, in US dollars per million tokens.
package struct ModelPrice: Sendable, Hashable {
    /// Input tokens that were neither read from nor written to the prompt cache.
    package var input: Double
    /// Output tokens, reasoning tokens included.
    package var output: Double
    /// Input tokens read from the prompt cache.
    package var cachedInput: Double
    /// Input tokens written to the prompt cache; nil charges them as ``input``.
    ///
    /// ``PriceTable`` fills this in for Anthropic models (1.25 × ``input``, the five-minute cache write)
    /// when a price does not state it.
    package var cacheWrite: Double?

    /// A price; `cachedInput` defaults to `input` (no cache discount).
    package init(input: Double, output: Double, cachedInput: Double? = nil, cacheWrite: Double? = nil) {
        self.input = input
        self.output = output
        self.cachedInput = cachedInput ?? input
        self.cacheWrite = cacheWrite
    }

    /// The rate cache writes are charged at: ``cacheWrite`` when set, else ``input``.
    package var cacheWriteRate: Double { cacheWrite ?? input }

    /// What `usage` costs at this price, in US dollars.
    ///
    /// `usage.input` counts every input token, cached ones included (as OTel's `gen_ai.usage.input_tokens`
    /// does), so the uncached part is `input − cacheRead − cacheCreation`, floored at 0. Reasoning tokens are
    /// already inside `usage.output` and are not added again. Negative counts are treated as 0.
    package func cost(of usage: TokenUsage) -> Double {
        let cacheRead = Double(Swift.max(0, usage.cacheRead))
        let cacheCreation = Double(Swift.max(0, usage.cacheCreation))
        let uncached = Swift.max(0, Double(usage.input) - cacheRead - cacheCreation)
        let generated = Double(Swift.max(0, usage.output))
        let micros = uncached * input + cacheRead * cachedInput + cacheCreation * cacheWriteRate + generated * output
        return micros / 1_000_000
    }
}
