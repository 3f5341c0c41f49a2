import OpsModel

/// Semantic-cache lookups and provider prompt caching in a snapshot's window.
package struct CacheSummary: Sendable, Hashable {
    /// Spans that looked the cache up (hit or miss).
    package var lookups: Int
    /// Lookups answered from the cache: requests that never reached the model.
    package var hits: Int
    /// What the hits saved: the producer's stated saving, else the price of the call each replaced.
    package var savedUSD: Double
    /// The part of ``savedUSD`` the producers stated (the rest opstop priced).
    package var statedSavedUSD: Double
    /// Latency of lookups that hit and of lookups that missed.
    package var hitLatency: LatencySummary
    package var missLatency: LatencySummary
    /// Input tokens of model calls and the part read from the provider's prompt cache.
    package var inputTokens: Int64
    package var cachedInputTokens: Int64
    /// What reading those tokens from the provider's cache saved against the full input price.
    package var providerCacheSavedUSD: Double
    /// Hit rate per minute for the last 60 minutes, oldest first; nil for a minute with no lookups.
    package var hitRatePerMinute: [Double?]
    /// Hit rate of the hour before the last alert window, the level the `cache_hit_rate` alert compares
    /// with; nil without lookups then.
    package var previousHourHitRate: Double?

    package init(
        lookups: Int = 0, hits: Int = 0, savedUSD: Double = 0, statedSavedUSD: Double = 0,
        hitLatency: LatencySummary = .empty, missLatency: LatencySummary = .empty, inputTokens: Int64 = 0,
        cachedInputTokens: Int64 = 0, providerCacheSavedUSD: Double = 0, hitRatePerMinute: [Double?] = [],
        previousHourHitRate: Double? = nil
    ) {
        self.lookups = lookups
        self.hits = hits
        self.savedUSD = savedUSD
        self.statedSavedUSD = statedSavedUSD
        self.hitLatency = hitLatency
        self.missLatency = missLatency
        self.inputTokens = inputTokens
        self.cachedInputTokens = cachedInputTokens
        self.providerCacheSavedUSD = providerCacheSavedUSD
        self.hitRatePerMinute = hitRatePerMinute
        self.previousHourHitRate = previousHourHitRate
    }

    package var misses: Int { lookups - hits }
    /// Hits over lookups; nil without lookups.
    package var hitRate: Double? { lookups == 0 ? nil : Double(hits) / Double(lookups) }
    /// Cache-read input tokens over all input tokens; nil without input tokens.
    package var providerCachedInputShare: Double? {
        inputTokens <= 0 ? nil : Double(cachedInputTokens) / Double(inputTokens)
    }
    /// Whether there is anything to show (a lookup or a provider-cached token).
    package var isEmpty: Bool { lookups == 0 && cachedInputTokens == 0 }
}
