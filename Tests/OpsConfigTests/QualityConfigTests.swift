import OpsModel
import Testing

@testable import OpsConfig
import OpsEngine

@Test func qualityThresholdsAndSignalAlertSettingsAreRead() throws {
    let text = """
        [quality]
        faithfulness = 0.90
        answer_relevancy = 0.85
        "context.recall" = 1

        [alerts]
        cache_hit_drop = 0.4
        cache_min_lookups = 10
        guardrail_block_factor = 2
        guardrail_block_increase = 0.05
        guardrail_min_checks = 7
        quality_min_scores = 3
        """
    let engine = try ConfigLoader.parse(text, file: "c.toml").engine
    #expect(engine.qualityThresholds == ["faithfulness": 0.90, "answer_relevancy": 0.85, "context.recall": 1])
    #expect(engine.cacheHitRateDropFraction == 0.4)
    #expect(engine.cacheHitRateMinimumLookups == 10)
    #expect(engine.guardrailBlockRateFactor == 2)
    #expect(engine.guardrailBlockRateMinimumIncrease == 0.05)
    #expect(engine.guardrailBlockRateMinimumChecks == 7)
    #expect(engine.qualityMinimumScores == 3)
}

@Test func signalDefaultsAreTheDocumentedOnes() throws {
    let engine = try ConfigLoader.parse("", file: "c.toml").engine
    #expect(engine.qualityThresholds.isEmpty)
    #expect(engine.cacheHitRateDropFraction == 0.5)
    #expect(engine.cacheHitRateMinimumLookups == 50)
    #expect(engine.guardrailBlockRateFactor == 3)
    #expect(engine.guardrailBlockRateMinimumIncrease == 0.10)
    #expect(engine.guardrailBlockRateMinimumChecks == 20)
    #expect(engine.qualityMinimumScores == 5)
}

@Test(arguments: [
    ("[quality]\nfaithfulness = \"high\"\n", "c.toml:2: 'faithfulness' must be a number, not a string"),
    ("[qualty]\nfaithfulness = 0.9\n", "c.toml:1: unknown key 'qualty'; did you mean 'quality'?"),
    ("[alerts]\ncache_hit_drop = 2\n", "c.toml:2: 'cache_hit_drop' must be between 0.0 and 1.0, not 2"),
    ("[alerts]\ncache_min_lookup = 2\n", "c.toml:2: unknown key 'cache_min_lookup' in [alerts]; did you mean 'cache_min_lookups'?"),
])
func qualityMistakesNameTheLine(text: String, expected: String) {
    do {
        _ = try ConfigLoader.parse(text, file: "c.toml")
        Issue.record("expected an error for \(text)")
    } catch {
        #expect(error.description.hasPrefix(expected), "got: \(error.description)")
    }
}
