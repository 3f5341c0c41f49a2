import OpsModel
import OpsEngine

@testable import OpsUI

/// The demo frame with hand-set cache, guardrail and quality figures: a cache whose hit rate fell
/// from 64 % to 23 %, a jailbreak wave the guardrail blocks, and faithfulness below its threshold.
enum CacheGuardrailQualityFixture {
    static let cache = CacheSummary(
        lookups: 1_200, hits: 276, savedUSD: 4.2125, statedSavedUSD: 3.5,
        hitLatency: LatencySummary(count: 276, p50Ms: 12, p90Ms: 30, p95Ms: 41, p99Ms: 60, maxMs: 80, meanMs: 15),
        missLatency: LatencySummary(count: 924, p50Ms: 1_240, p90Ms: 2_900, p95Ms: 3_400, p99Ms: 5_000, maxMs: 7_000, meanMs: 1_500),
        inputTokens: 2_000_000, cachedInputTokens: 680_000, providerCacheSavedUSD: 1.275,
        hitRatePerMinute: [0.66, 0.64, 0.65, 0.63, 0.62, 0.3, 0.21, 0.2, nil, 0.22],
        previousHourHitRate: 0.64)

    static let guardrails = GuardrailSummary(
        checked: 3_000, blocked: 240, flagged: 36, rateLimited: 18,
        byGuardrail: [
            .init(name: "jailbreak", checked: 1_500, blocked: 200, flagged: 20),
            .init(name: "pii", checked: 1_482, blocked: 22, flagged: 16),
            .init(name: "rate_limiter", checked: 18, blocked: 18, flagged: 0),
        ],
        byReason: [.init(name: "prompt injection", count: 190), .init(name: "email address", count: 30)],
        topUsers: [.init(name: "u_666", count: 150), .init(name: "u_9", count: 12)],
        blockedPerMinute: [1, 0, 2, 1, 30, 60, 70, 40, 20, 16],
        previousHourBlockRate: 0.01)

    static let quality = QualitySummary(metrics: [
        .init(
            name: "answer_relevancy", count: 410, mean: 0.91, p10: 0.8, threshold: 0.85, belowThreshold: 41,
            earlierHalfMean: 0.9, laterHalfMean: 0.92, meanPerMinute: [0.9, 0.91, 0.92, 0.9]),
        .init(
            name: "faithfulness", count: 412, mean: 0.84, p10: 0.62, threshold: 0.9, belowThreshold: 103,
            earlierHalfMean: 0.93, laterHalfMean: 0.75, meanPerMinute: [0.94, 0.93, 0.8, 0.74, 0.72]),
        .init(name: "helpfulness", count: 12, mean: 4.5, p10: 3, earlierHalfMean: 4.5, laterHalfMean: 4.5),
    ])

    /// The demo frame with these figures (or only those asked for).
    static func input(
        cache: CacheSummary = cache, guardrails: GuardrailSummary = guardrails, quality: QualitySummary = quality,
        focus: PanelID? = nil, selection: [PanelID: Int] = [:]
    ) -> DashboardInput {
        var input = DashboardFixture.input(focus: focus, selection: selection)
        input.snapshot.cache = cache
        input.snapshot.guardrails = guardrails
        input.snapshot.quality = quality
        return input
    }
}
