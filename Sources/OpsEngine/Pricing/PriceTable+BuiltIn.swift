extension PriceTable {
    /// Published list prices of OpenAI, Anthropic, Google and Mistral models, as of late 2025.
    ///
    /// Standard (not batch or priority) tier. Google models use the prompt ≤ 200k tokens tier, Anthropic
    /// cache writes the five-minute rate. Prices change: config overrides (``overriding(with:)``) correct them
    /// without a release.
    package static let builtInPrices: [String: ModelPrice] = {
        var prices: [String: ModelPrice] = [:]
        for table in [openAI, anthropic, google, mistral] {
            prices.merge(table) { first, _ in first }
        }
        return prices
    }()

    // input, cached input, output
    private static let openAI: [String: ModelPrice] = [
        "gpt-5": .init(input: 1.25, output: 10.00, cachedInput: 0.125),
        "gpt-5.1": .init(input: 1.25, output: 10.00, cachedInput: 0.125),
        "gpt-5-chat": .init(input: 1.25, output: 10.00, cachedInput: 0.125),
        "gpt-5-mini": .init(input: 0.25, output: 2.00, cachedInput: 0.025),
        "gpt-5-nano": .init(input: 0.05, output: 0.40, cachedInput: 0.005),
        "gpt-4.1": .init(input: 2.00, output: 8.00, cachedInput: 0.50),
        "gpt-4.1-mini": .init(input: 0.40, output: 1.60, cachedInput: 0.10),
        "gpt-4.1-nano": .init(input: 0.10, output: 0.40, cachedInput: 0.025),
        "gpt-4.5-preview": .init(input: 75.00, output: 150.00, cachedInput: 37.50),
        "gpt-4o": .init(input: 2.50, output: 10.00, cachedInput: 1.25),
        "gpt-4o-2024-05-13": .init(input: 5.00, output: 15.00),
        "chatgpt-4o-latest": .init(input: 5.00, output: 15.00),
        "gpt-4o-mini": .init(input: 0.15, output: 0.60, cachedInput: 0.075),
        "o1": .init(input: 15.00, output: 60.00, cachedInput: 7.50),
        "o1-mini": .init(input: 1.10, output: 4.40, cachedInput: 0.55),
        "o1-pro": .init(input: 150.00, output: 600.00),
        "o3": .init(input: 2.00, output: 8.00, cachedInput: 0.50),
        "o3-mini": .init(input: 1.10, output: 4.40, cachedInput: 0.55),
        "o3-pro": .init(input: 20.00, output: 80.00),
        "o4-mini": .init(input: 1.10, output: 4.40, cachedInput: 0.275),
        "codex-mini": .init(input: 1.50, output: 6.00, cachedInput: 0.375),
        "gpt-4-turbo": .init(input: 10.00, output: 30.00),
        "gpt-4-0125-preview": .init(input: 10.00, output: 30.00),
        "gpt-4-1106-preview": .init(input: 10.00, output: 30.00),
        "gpt-4": .init(input: 30.00, output: 60.00),
        "gpt-3.5-turbo": .init(input: 0.50, output: 1.50),
        "gpt-35-turbo": .init(input: 0.50, output: 1.50),
        "gpt-3.5-turbo-1106": .init(input: 1.00, output: 2.00),
        "gpt-3.5-turbo-instruct": .init(input: 1.50, output: 2.00),
        "text-embedding-3-small": .init(input: 0.02, output: 0),
        "text-embedding-3-large": .init(input: 0.13, output: 0),
        "text-embedding-ada-002": .init(input: 0.10, output: 0),
    ]

    // input, output, cache read, five-minute cache write
    private static let anthropic: [String: ModelPrice] = [
        "claude-opus-4-5": .init(input: 5.00, output: 25.00, cachedInput: 0.50, cacheWrite: 6.25),
        "claude-opus-4-1": .init(input: 15.00, output: 75.00, cachedInput: 1.50, cacheWrite: 18.75),
        "claude-opus-4": .init(input: 15.00, output: 75.00, cachedInput: 1.50, cacheWrite: 18.75),
        "claude-sonnet-4-5": .init(input: 3.00, output: 15.00, cachedInput: 0.30, cacheWrite: 3.75),
        "claude-sonnet-4": .init(input: 3.00, output: 15.00, cachedInput: 0.30, cacheWrite: 3.75),
        "claude-3-7-sonnet": .init(input: 3.00, output: 15.00, cachedInput: 0.30, cacheWrite: 3.75),
        "claude-3-5-sonnet": .init(input: 3.00, output: 15.00, cachedInput: 0.30, cacheWrite: 3.75),
        "claude-haiku-4-5": .init(input: 1.00, output: 5.00, cachedInput: 0.10, cacheWrite: 1.25),
        "claude-3-5-haiku": .init(input: 0.80, output: 4.00, cachedInput: 0.08, cacheWrite: 1.00),
        "claude-3-haiku": .init(input: 0.25, output: 1.25, cachedInput: 0.03, cacheWrite: 0.30),
        "claude-3-opus": .init(input: 15.00, output: 75.00, cachedInput: 1.50, cacheWrite: 18.75),
    ]

    // input, cached input, output (prompts up to 200k tokens; 128k for 1.5 models)
    private static let google: [String: ModelPrice] = [
        "gemini-2.5-pro": .init(input: 1.25, output: 10.00, cachedInput: 0.125),
        "gemini-2.5-flash": .init(input: 0.30, output: 2.50, cachedInput: 0.03),
        "gemini-2.5-flash-lite": .init(input: 0.10, output: 0.40, cachedInput: 0.01),
        "gemini-2.0-flash": .init(input: 0.10, output: 0.40, cachedInput: 0.025),
        "gemini-2.0-flash-lite": .init(input: 0.075, output: 0.30),
        "gemini-1.5-pro": .init(input: 1.25, output: 5.00, cachedInput: 0.3125),
        "gemini-1.5-flash": .init(input: 0.075, output: 0.30, cachedInput: 0.01875),
        "gemini-1.5-flash-8b": .init(input: 0.0375, output: 0.15, cachedInput: 0.01),
        "gemini-embedding-001": .init(input: 0.15, output: 0),
    ]

    // input, output (no cache discount)
    private static let mistral: [String: ModelPrice] = [
        "mistral-large": .init(input: 2.00, output: 6.00),
        "mistral-medium": .init(input: 0.40, output: 2.00),
        "mistral-small": .init(input: 0.10, output: 0.30),
        "magistral-medium": .init(input: 2.00, output: 5.00),
        "magistral-small": .init(input: 0.50, output: 1.50),
        "codestral": .init(input: 0.30, output: 0.90),
        "devstral-medium": .init(input: 0.40, output: 2.00),
        "devstral-small": .init(input: 0.10, output: 0.30),
        "pixtral-large": .init(input: 2.00, output: 6.00),
        "pixtral-12b": .init(input: 0.15, output: 0.15),
        "ministral-8b": .init(input: 0.10, output: 0.10),
        "ministral-3b": .init(input: 0.04, output: 0.04),
        "open-mistral-nemo": .init(input: 0.15, output: 0.15),
        "mistral-nemo": .init(input: 0.15, output: 0.15),
        "open-mistral-7b": .init(input: 0.25, output: 0.25),
        "open-mixtral-8x7b": .init(input: 0.70, output: 0.70),
        "open-mixtral-8x22b": .init(input: 2.00, output: 6.00),
        "mistral-embed": .init(input: 0.10, output: 0),
    ]
}
