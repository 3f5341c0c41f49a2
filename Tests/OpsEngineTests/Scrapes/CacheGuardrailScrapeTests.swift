import Testing

@testable import OpsModel
@testable import OpsFormats
@testable import OpsEngine

/// LiteLLM's cache and guardrail counters (names from litellm 1.106.2's prometheus.py) and opstop's
/// recommended ones give the cache and guardrail figures of a metrics source.
private let second: Int64 = 1_000_000_000
private let t0: Int64 = 1_795_433_000 * second

private func scrape(_ text: String) -> Scrape {
    ExpositionParser.parse(text, contentType: "text/plain; version=0.0.4")
}

@Test func liteLLMCacheAndGuardrailCountersGiveLookupsHitsAndBlocks() {
    let before = """
        # TYPE litellm_cache_hits_metric counter
        litellm_cache_hits_metric_total{model="gpt-4o-mini"} 40
        # TYPE litellm_cache_misses_metric counter
        litellm_cache_misses_metric_total{model="gpt-4o-mini"} 60
        # TYPE litellm_guardrail_requests_total counter
        litellm_guardrail_requests_total{guardrail_name="jailbreak",status="success",hook_type="pre_call"} 90
        litellm_guardrail_requests_total{guardrail_name="jailbreak",status="intervened",hook_type="pre_call"} 5
        litellm_guardrail_requests_total{guardrail_name="pii",status="error",hook_type="post_call"} 1
        """
    let after = """
        # TYPE litellm_cache_hits_metric counter
        litellm_cache_hits_metric_total{model="gpt-4o-mini"} 52
        # TYPE litellm_cache_misses_metric counter
        litellm_cache_misses_metric_total{model="gpt-4o-mini"} 68
        # TYPE litellm_guardrail_requests_total counter
        litellm_guardrail_requests_total{guardrail_name="jailbreak",status="success",hook_type="pre_call"} 120
        litellm_guardrail_requests_total{guardrail_name="jailbreak",status="intervened",hook_type="pre_call"} 25
        litellm_guardrail_requests_total{guardrail_name="pii",status="error",hook_type="post_call"} 3
        """
    var store = ScrapeStore()
    store.ingest(scrape(before), from: "litellm", atNanos: t0)
    store.ingest(scrape(after), from: "litellm", atNanos: t0 + 10 * second)
    let snapshot = store.snapshot(window: .fiveMinutes, asOfNanos: t0 + 10 * second)
    #expect(snapshot.coverage.isSuperset(of: [.cache, .guardrails]))
    // 12 more hits and 8 more misses in the window.
    #expect(snapshot.cache.lookups == 20)
    #expect(snapshot.cache.hits == 12)
    // jailbreak: 30 passed + 20 intervened; pii: 2 errors (checked, neither blocked nor flagged).
    #expect(snapshot.guardrails.checked == 52)
    #expect(snapshot.guardrails.blocked == 20)
    #expect(snapshot.guardrails.flagged == 0)
    #expect(snapshot.guardrails.byGuardrail == [
        GuardrailSummary.Row(name: "jailbreak", checked: 50, blocked: 20, flagged: 0),
        GuardrailSummary.Row(name: "pii", checked: 2, blocked: 0, flagged: 0),
    ])
}

@Test func opstopsRecommendedCountersReadTheirOutcomeLabel() {
    let before = """
        # TYPE opstop_cache_lookups counter
        opstop_cache_lookups_total{cache="redis",outcome="hit"} 10
        opstop_cache_lookups_total{cache="redis",outcome="miss"} 10
        opstop_cache_lookups_total{cache="redis",outcome="expired"} 3
        # TYPE opstop_guardrail_checks counter
        opstop_guardrail_checks_total{guardrail="toxicity",outcome="pass"} 10
        opstop_guardrail_checks_total{guardrail="toxicity",outcome="flagged"} 1
        opstop_guardrail_checks_total{guardrail="rate_limiter",outcome="blocked"} 0
        """
    let after = """
        # TYPE opstop_cache_lookups counter
        opstop_cache_lookups_total{cache="redis",outcome="hit"} 13
        opstop_cache_lookups_total{cache="redis",outcome="miss"} 17
        opstop_cache_lookups_total{cache="redis",outcome="expired"} 9
        # TYPE opstop_guardrail_checks counter
        opstop_guardrail_checks_total{guardrail="toxicity",outcome="pass"} 14
        opstop_guardrail_checks_total{guardrail="toxicity",outcome="flagged"} 3
        opstop_guardrail_checks_total{guardrail="rate_limiter",outcome="blocked"} 6
        """
    var store = ScrapeStore()
    store.ingest(scrape(before), from: "app", atNanos: t0)
    store.ingest(scrape(after), from: "app", atNanos: t0 + 10 * second)
    let snapshot = store.snapshot(window: .fiveMinutes, asOfNanos: t0 + 10 * second)
    // An outcome that is neither hit nor miss is not a lookup opstop can place.
    #expect(snapshot.cache.lookups == 10)
    #expect(snapshot.cache.hits == 3)
    #expect(snapshot.guardrails.checked == 12)
    #expect(snapshot.guardrails.blocked == 6)
    #expect(snapshot.guardrails.flagged == 2)
}

@Test func aSourceWithoutCacheOrGuardrailCountersLeavesThoseFiguresToTheSpans() {
    let text = """
        # TYPE litellm_spend_metric counter
        litellm_spend_metric_total{model="gpt-4o"} 1
        """
    var store = ScrapeStore()
    store.ingest(scrape(text), from: "litellm", atNanos: t0)
    store.ingest(scrape(text), from: "litellm", atNanos: t0 + 10 * second)
    let snapshot = store.snapshot(window: .fiveMinutes, asOfNanos: t0 + 10 * second)
    #expect(!snapshot.coverage.contains(.cache))
    #expect(!snapshot.coverage.contains(.guardrails))
}
