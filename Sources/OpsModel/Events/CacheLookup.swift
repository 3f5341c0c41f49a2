/// A cache lookup a span made or stands for: a semantic cache (LangChain, GPTCache, LiteLLM's
/// cache) in front of the model, not the provider's prompt cache (that is `TokenUsage.cacheRead`).
public struct CacheLookup: Sendable, Hashable {
    public var hit: Bool
    /// What the hit saved as the producer states it (`saved_usd`, LiteLLM's `saved_cache_cost`);
    /// nil means "price the call it replaced".
    public var savedUSD: Double?
    /// The cache's own name when the producer gives one (`RedisSemanticCache`, `gptcache`).
    public var cacheName: String?

    public init(hit: Bool, savedUSD: Double? = nil, cacheName: String? = nil) {
        self.hit = hit
        self.savedUSD = savedUSD
        self.cacheName = cacheName
    }
}
