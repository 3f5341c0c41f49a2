import Testing

@testable import OpsModel
@testable import OpsFormats
@testable import OpsEngine
import OpsTestSupport

private let second: Int64 = 1_000_000_000
private let t0: Int64 = 1_795_433_000 * second

private func scrape(_ text: String) -> Scrape {
    ExpositionParser.parse(text, contentType: "text/plain; version=0.0.4")
}

private let first = """
    # TYPE gen_ai_client_operation_duration_seconds histogram
    gen_ai_client_operation_duration_seconds_bucket{gen_ai_request_model="gpt-4o",error_type="",le="0.1"} 1
    gen_ai_client_operation_duration_seconds_bucket{gen_ai_request_model="gpt-4o",error_type="",le="0.5"} 2
    gen_ai_client_operation_duration_seconds_bucket{gen_ai_request_model="gpt-4o",error_type="",le="1.0"} 2
    gen_ai_client_operation_duration_seconds_bucket{gen_ai_request_model="gpt-4o",error_type="",le="+Inf"} 2
    gen_ai_client_operation_duration_seconds_sum{gen_ai_request_model="gpt-4o",error_type=""} 0.6
    gen_ai_client_operation_duration_seconds_count{gen_ai_request_model="gpt-4o",error_type=""} 2
    # TYPE litellm_spend_metric_total counter
    litellm_spend_metric_total{model="gpt-4o"} 1.0
    litellm_spend_metric_total{model="claude"} 0.2
    # TYPE opstop_cost_usd_total counter
    opstop_cost_usd_total{model="x"} 5
    # TYPE litellm_proxy_failed_requests_metric_total counter
    litellm_proxy_failed_requests_metric_total{exception_class="Openai.RateLimitError",exception_status="429"} 1
    # TYPE litellm_deployment_state gauge
    litellm_deployment_state{model_id="deploy-1",litellm_model_name="gpt-4o"} 0
    # TYPE resilience4j_circuitbreaker_state gauge
    resilience4j_circuitbreaker_state{name="search",state="closed"} 1
    resilience4j_circuitbreaker_state{name="search",state="open"} 0
    resilience4j_circuitbreaker_state{name="search",state="half_open"} 0
    # TYPE litellm_remaining_team_budget_metric gauge
    litellm_remaining_team_budget_metric{team="t1",team_alias="support"} 40
    # TYPE litellm_team_max_budget_metric gauge
    litellm_team_max_budget_metric{team="t1",team_alias="support"} 100
    """

private let secondScrape = """
    # TYPE gen_ai_client_operation_duration_seconds histogram
    gen_ai_client_operation_duration_seconds_bucket{gen_ai_request_model="gpt-4o",error_type="",le="0.1"} 3
    gen_ai_client_operation_duration_seconds_bucket{gen_ai_request_model="gpt-4o",error_type="",le="0.5"} 7
    gen_ai_client_operation_duration_seconds_bucket{gen_ai_request_model="gpt-4o",error_type="",le="1.0"} 9
    gen_ai_client_operation_duration_seconds_bucket{gen_ai_request_model="gpt-4o",error_type="",le="+Inf"} 10
    gen_ai_client_operation_duration_seconds_sum{gen_ai_request_model="gpt-4o",error_type=""} 6.0
    gen_ai_client_operation_duration_seconds_count{gen_ai_request_model="gpt-4o",error_type=""} 10
    gen_ai_client_operation_duration_seconds_bucket{gen_ai_request_model="gpt-4o",error_type="rate_limit_exceeded",le="0.1"} 0
    gen_ai_client_operation_duration_seconds_bucket{gen_ai_request_model="gpt-4o",error_type="rate_limit_exceeded",le="0.5"} 0
    gen_ai_client_operation_duration_seconds_bucket{gen_ai_request_model="gpt-4o",error_type="rate_limit_exceeded",le="1.0"} 2
    gen_ai_client_operation_duration_seconds_bucket{gen_ai_request_model="gpt-4o",error_type="rate_limit_exceeded",le="+Inf"} 2
    gen_ai_client_operation_duration_seconds_sum{gen_ai_request_model="gpt-4o",error_type="rate_limit_exceeded"} 1.5
    gen_ai_client_operation_duration_seconds_count{gen_ai_request_model="gpt-4o",error_type="rate_limit_exceeded"} 2
    # TYPE litellm_spend_metric_total counter
    litellm_spend_metric_total{model="gpt-4o"} 1.5
    litellm_spend_metric_total{model="claude"} 0.2
    # TYPE opstop_cost_usd_total counter
    opstop_cost_usd_total{model="x"} 1
    # TYPE litellm_proxy_failed_requests_metric_total counter
    litellm_proxy_failed_requests_metric_total{exception_class="Openai.RateLimitError",exception_status="429"} 4
    # TYPE litellm_deployment_state gauge
    litellm_deployment_state{model_id="deploy-1",litellm_model_name="gpt-4o"} 2
    # TYPE resilience4j_circuitbreaker_state gauge
    resilience4j_circuitbreaker_state{name="search",state="closed"} 0
    resilience4j_circuitbreaker_state{name="search",state="open"} 0
    resilience4j_circuitbreaker_state{name="search",state="half_open"} 1
    # TYPE litellm_remaining_team_budget_metric gauge
    litellm_remaining_team_budget_metric{team="t1",team_alias="support"} 38.5
    # TYPE litellm_team_max_budget_metric gauge
    litellm_team_max_budget_metric{team="t1",team_alias="support"} 100
    """

@Test func twoScrapesGiveIncreasesRatesAndHistogramQuantiles() throws {
    var store = ScrapeStore()
    store.ingest(scrape(first), from: "app", atNanos: t0)
    store.ingest(scrape(secondScrape), from: "app", atNanos: t0 + 10 * second)
    let snap = store.snapshot(window: .fiveMinutes, asOfNanos: t0 + 10 * second)
    #expect(snap.notice == nil)
    #expect(snap.coverage.isSuperset(of: [.cost, .latency, .errors, .requests, .breakers, .budgets]))
    #expect(!snap.coverage.contains(.traces))
    #expect(!snap.coverage.contains(.today))
    // Cost: 0.5 (gpt-4o) + 0 (claude) + 1 after a reset from 5 to 1 (x) = 1.5 USD in 10 s.
    #expect(abs(snap.cost.windowUSD - 1.5) < 1e-9)
    #expect(abs(snap.cost.burnPerHour1h - 540) < 1e-6)
    #expect(snap.cost.byModel.map(\.name) == ["x", "gpt-4o", "claude"])
    // Latency: bucket increases 2, 5, 9, 10 (both series summed by le).
    let llm = snap.latency[.llm]
    #expect(llm.count == 10)
    #expect(abs(llm.p50Ms - 500) < 1e-9)  // rank 5 at the top of (0.1, 0.5]
    #expect(abs(llm.p90Ms - 1000) < 1e-9)  // rank 9 at the top of (0.5, 1]
    #expect(abs(llm.p95Ms - 1000) < 1e-9)  // +Inf bucket: the highest finite bound
    #expect(abs(llm.meanMs - 690) < 1e-9)  // (5.4 + 1.5) s over 10
    #expect(snap.latency.byModel.map(\.name) == ["gpt-4o"])
    // Requests: 10 LLM calls; errors: 2 from error_type + 3 LiteLLM failures.
    #expect(snap.errors.spans == 10)
    #expect(snap.errors.failedSpans == 5)
    #expect(snap.errors.byCategory.transient == 5)
    #expect(Set(snap.errors.byType.map(\.type)) == ["Openai.RateLimitError", "rate_limit_exceeded"])
    #expect(abs(snap.spansPerSecond - 1.0) < 1e-9)
    // Breakers: LiteLLM 0 → 2 is closed → open; resilience4j closed → half-open.
    // Named by the model, the deployment as detail.
    let deploy = try #require(snap.breakers.first { $0.target == "gpt-4o · deployment deploy-1" })
    #expect(deploy.state == .open)
    #expect(deploy.kind == .model)
    #expect(deploy.openedCount == 1)
    #expect(deploy.since == t0 + 10 * second)
    #expect(snap.breakers.first { $0.target == "search" }?.state == .halfOpen)
    // Budgets: limit 100, 38.5 left.
    #expect(snap.cost.budgets.map(\.name) == ["support"])
    #expect(snap.cost.budgets.first?.spentUSD == 61.5)
}

@Test func oneScrapeWaitsForASecondAndKnowsOnlyGauges() {
    var store = ScrapeStore()
    store.ingest(scrape(first), from: "app", atNanos: t0)
    let snap = store.snapshot(window: .oneMinute, asOfNanos: t0)
    #expect(snap.notice == "waiting for a second scrape")
    #expect(snap.coverage == [.breakers, .budgets])
    #expect(snap.cost.burnPerHour1m.isNaN)
    #expect(snap.spansPerSecond.isNaN)
}

@Test func aFailedScrapeKeepsTheFiguresMarkedStaleSinceTheLastGoodOne() {
    var store = ScrapeStore()
    store.ingest(scrape(first), from: "app", atNanos: t0)
    store.ingest(scrape(secondScrape), from: "app", atNanos: t0 + 10 * second)
    store.recordFailure(of: "app", reason: "connection refused", atNanos: t0 + 12 * second)
    store.recordFailure(of: "app", reason: "connection refused", atNanos: t0 + 14 * second)
    let snap = store.snapshot(window: .fiveMinutes, asOfNanos: t0 + 14 * second)
    #expect(snap.stale == StaleInfo(sinceNanos: t0 + 10 * second, reason: "connection refused", source: "app"))
    #expect(abs(snap.cost.windowUSD - 1.5) < 1e-9)
    store.ingest(scrape(secondScrape), from: "app", atNanos: t0 + 16 * second)
    #expect(store.snapshot(window: .fiveMinutes, asOfNanos: t0 + 16 * second).stale == nil)
    #expect(store.summary.failures == 2)
    #expect(store.summary.scrapes == 3)
}

@Test func windowsStartAtTheScrapeAtOrBeforeTheirStart() {
    var store = ScrapeStore()
    // A counter growing by 1 USD a minute, scraped every 30 s for 20 minutes (value = minutes).
    for step in 0...40 {
        let text = "# TYPE opstop_cost_usd_total counter\nopstop_cost_usd_total{model=\"m\"} \(Double(step) / 2)\n"
        store.ingest(scrape(text), from: "app", atNanos: t0 + Int64(step) * 30 * second)
    }
    let now = t0 + 1200 * second
    #expect(abs(store.snapshot(window: .oneMinute, asOfNanos: now).cost.windowUSD - 1) < 1e-9)
    #expect(abs(store.snapshot(window: .fiveMinutes, asOfNanos: now).cost.windowUSD - 5) < 1e-9)
    #expect(abs(store.snapshot(window: .fifteenMinutes, asOfNanos: now).cost.windowUSD - 15) < 1e-9)
    // Longer than history: everything since the first scrape.
    #expect(abs(store.snapshot(window: .oneHour, asOfNanos: now).cost.windowUSD - 20) < 1e-9)
    #expect(abs(store.snapshot(window: .all, asOfNanos: now).cost.totalUSD - 20) < 1e-9)
    #expect(abs(store.snapshot(window: .all, asOfNanos: now).cost.burnPerHour1m - 60) < 1e-9)
    let perMinute = store.snapshot(window: .all, asOfNanos: now).cost.perMinute
    #expect(perMinute.count == 60)
    #expect(perMinute.reduce(0, +) > 19)
}

@Test func targetsAddUp() {
    var store = ScrapeStore()
    for (index, value) in [(0, 1.0), (1, 3.0)] {
        let text = "# TYPE opstop_cost_usd_total counter\nopstop_cost_usd_total{model=\"m\"} \(value)\n"
        store.ingest(scrape(text), from: "a", atNanos: t0 + Int64(index) * 10 * second)
        store.ingest(scrape(text), from: "b", atNanos: t0 + Int64(index) * 10 * second)
    }
    let snap = store.snapshot(window: .oneMinute, asOfNanos: t0 + 10 * second)
    #expect(snap.cost.windowUSD == 4)
    #expect(snap.cost.burnPerHour1m == 1440)
}

@Test func summariesShowTheirQuantilesAsGiven() {
    var store = ScrapeStore()
    let mapping = MetricMapping(family: "rpc_ms", role: .latency(.tool), scale: 0.001)
    var configuration = EngineConfiguration()
    configuration.metricMappings = [mapping]
    store = ScrapeStore(configuration: configuration)
    for (index, count) in [(0, 4.0), (1, 10.0)] {
        let text = """
            # TYPE rpc_ms summary
            rpc_ms{quantile="0.5"} 120
            rpc_ms{quantile="0.99"} 900
            rpc_ms_sum \(count * 100)
            rpc_ms_count \(count)
            """
        store.ingest(scrape(text), from: "a", atNanos: t0 + Int64(index) * 10 * second)
    }
    let tool = store.snapshot(window: .oneMinute, asOfNanos: t0 + 10 * second).latency[.tool]
    #expect(tool.count == 6)
    #expect(tool.p50Ms == 120)
    #expect(tool.p99Ms == 900)
    #expect(tool.p95Ms.isNaN)
    #expect(abs(tool.meanMs - 100) < 1e-9)
}

@Test func exemplarsRecordedInTheWindowBecomeTraceLinks() throws {
    var store = ScrapeStore()
    let header = "# TYPE opstop_latency_seconds histogram\n"
    let before =
        header + """
            opstop_latency_seconds_bucket{component="llm",le="1.0"} 1 # {trace_id="aaa"} 0.5 1795433000.0
            opstop_latency_seconds_bucket{component="llm",le="+Inf"} 1
            opstop_latency_seconds_count{component="llm"} 1
            opstop_latency_seconds_sum{component="llm"} 0.5
            # EOF
            """
    let after =
        header + """
            opstop_latency_seconds_bucket{component="llm",le="1.0"} 2 # {trace_id="bbb",span_id="s1"} 0.7 1795433005.0
            opstop_latency_seconds_bucket{component="llm",le="+Inf"} 3 # {trace_id="ccc"} 4.0 1795433006.0
            opstop_latency_seconds_count{component="llm"} 3
            opstop_latency_seconds_sum{component="llm"} 5.2
            # EOF
            """
    let openMetrics = "application/openmetrics-text; version=1.0.0"
    store.ingest(ExpositionParser.parse(before, contentType: openMetrics), from: "a", atNanos: t0 + 1 * second)
    store.ingest(ExpositionParser.parse(after, contentType: openMetrics), from: "a", atNanos: t0 + 10 * second)
    let snap = store.snapshot(window: .oneMinute, asOfNanos: t0 + 10 * second)
    let exemplars = try #require(snap.latency.exemplars(kind: .component, name: "llm"))
    #expect(exemplars.exemplars.map(\.traceID).sorted() == ["bbb", "ccc"])
    #expect(exemplars.atOrAbove(percentile: 99).map(\.traceID) == ["ccc"])
    #expect(exemplars.atOrAbove(percentile: 50).map(\.traceID) == ["ccc", "bbb"])
    #expect(exemplars.exemplars.first { $0.traceID == "bbb" }?.spanID == "s1")
}

@Test func metricsWithNoKnownFamilySaySoInsteadOfShowingNothing() {
    var store = ScrapeStore()
    let text = "# TYPE node_cpu_seconds counter\nnode_cpu_seconds_total{cpu=\"0\"} 1\n"
    store.ingest(scrape(text), from: "node", atNanos: t0)
    store.ingest(scrape(text), from: "node", atNanos: t0 + 2 * second)
    let snap = store.snapshot(window: .oneMinute, asOfNanos: t0 + 2 * second)
    #expect(snap.notice == "no family opstop knows in these metrics; map them with [[metrics.mapping]]")
    #expect(snap.coverage.isEmpty)
}

@Test func badLinesAreThoseOfTheNewestScrape() {
    var store = ScrapeStore()
    let text = "# TYPE opstop_cost_usd counter\nopstop_cost_usd_total{model=\"m\"} 1\nthis is not a sample\n"
    store.ingest(scrape(text), from: "a", atNanos: t0)
    store.ingest(scrape(text), from: "a", atNanos: t0 + 2 * second)
    #expect(store.badLines(of: "a") == 1)
    #expect(store.summary.badLines == 1)
}

@Test func histogramResetsAddBackWhatWasCountedBefore() {
    var store = ScrapeStore()
    func text(_ counts: [Double], sum: Double, created: Double) -> String {
        """
        # TYPE opstop_latency_seconds histogram
        opstop_latency_seconds_bucket{component="tool",le="0.5"} \(counts[0])
        opstop_latency_seconds_bucket{component="tool",le="1.0"} \(counts[1])
        opstop_latency_seconds_bucket{component="tool",le="+Inf"} \(counts[2])
        opstop_latency_seconds_count{component="tool"} \(counts[2])
        opstop_latency_seconds_sum{component="tool"} \(sum)
        opstop_latency_seconds_created{component="tool"} \(created)
        """
    }
    // 4 observations, then 6 more (10), then the process restarts (2 since), then 3 more (5).
    store.ingest(scrape(text([2, 4, 4], sum: 1.6, created: 100)), from: "a", atNanos: t0)
    store.ingest(scrape(text([5, 9, 10], sum: 4.0, created: 100)), from: "a", atNanos: t0 + 10 * second)
    store.ingest(scrape(text([1, 2, 2], sum: 0.9, created: 200)), from: "a", atNanos: t0 + 20 * second)
    store.ingest(scrape(text([2, 4, 5], sum: 2.5, created: 200)), from: "a", atNanos: t0 + 30 * second)
    let tool = store.snapshot(window: .all, asOfNanos: t0 + 30 * second).latency[.tool]
    // Increases: 6 before the restart, 5 after; buckets (3+2, 5+4, 6+5) = (5, 9, 11).
    #expect(tool.count == 11)
    // p50 rank 5.5 lies in (0.5, 1]: 0.5 + 0.5 × (5.5 − 5) / (9 − 5) = 0.5625 s.
    #expect(abs(tool.p50Ms - 562.5) < 1e-9)
    // Sum: 2.4 before the restart, 2.5 after.
    #expect(abs(tool.meanMs - 4900.0 / 11) < 1e-6)
}

@Test func aCounterWhoseCreatedMovesRestartedEvenWithoutADrop() {
    var store = ScrapeStore()
    let openMetrics = "application/openmetrics-text; version=1.0.0"
    func text(_ value: Double, created: Double) -> String {
        "# TYPE opstop_cost_usd counter\nopstop_cost_usd_total{model=\"m\"} \(value)\nopstop_cost_usd_created{model=\"m\"} \(created)\n# EOF\n"
    }
    store.ingest(ExpositionParser.parse(text(2, created: 100), contentType: openMetrics), from: "a", atNanos: t0)
    // Restarted and already spent more than before: 2 → 3 would read as +1, but the new life spent 3.
    store.ingest(
        ExpositionParser.parse(text(3, created: 200), contentType: openMetrics), from: "a", atNanos: t0 + 10 * second)
    #expect(store.snapshot(window: .all, asOfNanos: t0 + 10 * second).cost.windowUSD == 3)
}

@Test func replicasReportingTheSameBreakerShowItOnceAtItsWorstState() {
    var store = ScrapeStore()
    func text(_ state: String) -> String {
        "# TYPE resilience4j_circuitbreaker_state gauge\n"
            + ["closed", "open", "half_open"].map {
                "resilience4j_circuitbreaker_state{name=\"search\",state=\"\($0)\"} \($0 == state ? 1 : 0)\n"
            }.joined()
    }
    store.ingest(scrape(text("closed")), from: "a", atNanos: t0)
    store.ingest(scrape(text("closed")), from: "b", atNanos: t0)
    store.ingest(scrape(text("closed")), from: "a", atNanos: t0 + 2 * second)
    store.ingest(scrape(text("open")), from: "b", atNanos: t0 + 2 * second)
    let breakers = store.snapshot(window: .oneMinute, asOfNanos: t0 + 2 * second).breakers
    #expect(breakers.count == 1)
    #expect(breakers.first?.state == .open)
    #expect(breakers.first?.openedCount == 1)
    #expect(breakers.first?.since == t0 + 2 * second)
}

@Test func anHourOfScrapesIsThinnedWithoutLosingAnIncrease() throws {
    var store = ScrapeStore()
    // 1 USD a minute scraped every 2 s for 70 minutes, with a restart at minute 30.
    for step in 0...2100 {
        let minutes = Double(step) / 30
        let value = minutes < 30 ? minutes : minutes - 30
        let text = "# TYPE opstop_cost_usd_total counter\nopstop_cost_usd_total{model=\"m\"} \(value)\n"
        store.ingest(scrape(text), from: "a", atNanos: t0 + Int64(step) * 2 * second)
    }
    let history = try #require(store.histories["a"])
    #expect(history.frames.count <= 38 + 3600 / 20 + 2)
    let now = t0 + 4200 * second
    #expect(abs(store.snapshot(window: .fifteenMinutes, asOfNanos: now).cost.windowUSD - 15) < 1e-9)
    // Across the restart the counter went 29.967 → 0: the 1/30 spent between that scrape and the
    // restart is lost (as in Prometheus); everything before is added back.
    #expect(abs(store.snapshot(window: .oneHour, asOfNanos: now).cost.windowUSD - (60 - 1.0 / 30)) < 1e-9)
    // The first scrape stays for "all".
    #expect(abs(store.snapshot(window: .all, asOfNanos: now).cost.windowUSD - (70 - 1.0 / 30)) < 1e-9)
}

@Test func aSeriesAScrapeSkippedIsNotCountedAgainFromZero() {
    var store = ScrapeStore()
    func text(_ values: [(String, Double)]) -> String {
        "# TYPE opstop_cost_usd_total counter\n"
            + values.map { "opstop_cost_usd_total{model=\"\($0.0)\"} \($0.1)\n" }.joined()
    }
    store.ingest(scrape(text([("a", 10), ("b", 100)])), from: "x", atNanos: t0)
    // b is missing from the scrape that becomes the 1m window's baseline…
    store.ingest(scrape(text([("a", 11)])), from: "x", atNanos: t0 + 30 * second)
    // …and is back, 2 higher; c is new.
    store.ingest(scrape(text([("a", 12), ("b", 102), ("c", 5)])), from: "x", atNanos: t0 + 90 * second)
    let snap = store.snapshot(window: .oneMinute, asOfNanos: t0 + 90 * second)
    // a: 11 → 12; b: from its last reading (100) → 102, not 102 from zero; c: born, 5.
    #expect(snap.cost.windowUSD == 8)
}

@Test func liteLLMBreakersAreNamedByModelWithTheDeploymentAsDetail() {
    let labels = MetricCatalog.liteLLMLabels
    func target(_ pairs: [(String, String)]) -> String? {
        labels.target(in: pairs.map { Label($0.0, $0.1) })
    }
    #expect(target([("litellm_model_name", "gpt-4o"), ("model_id", "d1")]) == "gpt-4o · deployment d1")
    #expect(target([("litellm_model_name", "gpt-4o"), ("model_id", ""), ("api_base", "https://eu.example")])
        == "gpt-4o · deployment https://eu.example")
    #expect(target([("litellm_model_name", "gpt-4o")]) == "gpt-4o")
    #expect(target([("model_id", "d1")]) == "d1")
    #expect(target([("api_provider", "openai")]) == nil)
}
