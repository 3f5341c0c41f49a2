import OpsModel
import OpsEngine
import Testing
import OpsTestSupport

@Suite("Parsing real scrapes")
struct ExpositionSampleTests {
    @Test func prometheusClientClassicTextFamiliesAndTypes() {
        let scrape = parseClassic(PrometheusTextSample.text)
        #expect(scrape.format == .classicText)
        #expect(scrape.issueCount == 0)
        #expect(scrape.families.map(\.name) == [
            "opstop_llm_cost_usd_total", "opstop_llm_requests_total", "opstop_llm_latency_seconds",
            "opstop_circuit_breaker_state", "opstop_budget_remaining_usd", "opstop_label_escaping_demo",
            "opstop_build_info", "opstop_tool_duration_seconds",
        ])
        #expect(scrape.families.map(\.type) == [.counter, .counter, .histogram, .gauge, .gauge, .gauge, .gauge, .summary])
        #expect(scrape.family(named: "opstop_llm_cost_usd_total")?.help == "Estimated LLM spend in USD")
    }

    @Test func classicCreatedGaugesFoldIntoTheirCounterHistogramAndSummary() {
        let scrape = parseClassic(PrometheusTextSample.text)
        #expect(!scrape.families.contains { $0.name.hasSuffix("_created") })
        let cost = scrape.family(named: "opstop_llm_cost_usd_total")?.series.first
        #expect(cost?.value == 0.0002661)
        #expect(cost?.created == 1.795433984640757e+09)
        let tool = scrape.family(named: "opstop_llm_latency_seconds")?.series(["component": "tool"])
        #expect(tool?.created == 1.7954339846409535e+09)
        let summary = scrape.family(named: "opstop_tool_duration_seconds")?.series(["tool": "lookup_order"])
        #expect(summary?.created == 1.795433984641127e+09)
        #expect(summary?.summary?.sum == 0.137)
        #expect(summary?.summary?.count == 1)
        #expect(summary?.summary?.quantiles == [])
    }

    @Test func emptyLabelValuesAreDropped() {
        let scrape = parseClassic(PrometheusTextSample.text)
        let requests = scrape.family(named: "opstop_llm_requests_total")
        #expect(requests?.series.map(\.labels) == [
            [Label("model", "gpt-4o-mini")],
            [Label("error_type", "rate_limit_exceeded"), Label("model", "gpt-4o-mini")],
        ])
        #expect(requests?.series.map(\.value) == [3, 1])
        #expect(requests?.series.first?.key == #"opstop_llm_requests_total{model="gpt-4o-mini"}"#)
    }

    @Test func classicHistogramAssemblesBucketsSumAndCount() throws {
        let scrape = parseClassic(PrometheusTextSample.text)
        let family = try #require(scrape.family(named: "opstop_llm_latency_seconds"))
        #expect(family.series.count == 2)
        let llm = try #require(family.series(["component": "llm"]))
        let histogram = try #require(llm.histogram)
        #expect(histogram.buckets.map(\.upperBound) == [0.1, 0.25, 0.5, 1, 2.5, 5, 10, .infinity])
        #expect(histogram.buckets.map(\.count) == [1, 1, 1, 3, 4, 4, 4, 4])
        #expect(histogram.sum == 2.76)
        #expect(histogram.count == 4)
        #expect(llm.labels == [Label("component", "llm")])
        #expect(llm.samples.count == 10)
        #expect(HistogramQuantile.compute(0.5, histogram: histogram) == 0.75)
    }

    @Test func specialValuesAndEscapes() {
        let scrape = parseClassic(PrometheusTextSample.text)
        let budget = scrape.family(named: "opstop_budget_remaining_usd")
        #expect(budget?.series(["window": "day"])?.value?.isNaN == true)
        #expect(budget?.series(["window": "month"])?.value == .infinity)
        let demo = scrape.family(named: "opstop_label_escaping_demo")?.series.first
        #expect(demo?.labels["msg"] == "Cannot find file:\n\"FILE.TXT\"")
        #expect(demo?.labels["path"] == #"C:\DIR\FILE.TXT"#)
        #expect(demo?.key == #"opstop_label_escaping_demo{msg="Cannot find file:\n\"FILE.TXT\"",path="C:\\DIR\\FILE.TXT"}"#)
    }

    @Test func openMetricsCounterWithCreatedAndExemplar() throws {
        let scrape = parseOpenMetrics(OpenMetricsSample.text)
        #expect(scrape.format == .openMetrics)
        #expect(scrape.issueCount == 0)
        let cost = try #require(scrape.family(named: "opstop_llm_cost_usd"))
        #expect(cost.type == .counter)
        let series = try #require(cost.series.first)
        #expect(series.value == 0.0002661)
        #expect(series.created == 1.795433984640757e+09)
        #expect(series.exemplar?.traceID == "f545a0a457c76910d008184cae754d67")
        #expect(series.exemplar?.value == 0.0002661)
        #expect(series.exemplar?.timestamp == 1795433984.640768)
        #expect(series.samples.map(\.suffix) == [.total, .created])
        #expect(scrape.family(named: "opstop_llm_cost_usd_total")?.name == "opstop_llm_cost_usd")
    }

    @Test func openMetricsHistogramExemplarsPerBucket() throws {
        let scrape = parseOpenMetrics(OpenMetricsSample.text)
        let family = try #require(scrape.family(named: "opstop_llm_latency_seconds"))
        let llm = try #require(family.series(["component": "llm"])?.histogram)
        #expect(llm.exemplars.map(\.traceID) == [
            "a9bf13de248fc34f90a03a78c0c01cb3", "a9bf13de248fc34f90a03a78c0c01cb3", "f545a0a457c76910d008184cae754d67",
        ])
        #expect(llm.buckets[0].exemplar?.spanID == "7c20ed83a91673fb")
        #expect(llm.buckets[0].exemplar?.value == 0.05)
        #expect(llm.buckets[0].exemplar?.timestamp == 1795433984.6409228)
        #expect(llm.buckets[1].exemplar == nil)
        let tool = try #require(family.series(["component": "tool"]))
        #expect(tool.histogram?.buckets[5].exemplar?.labels == [Label("trace_id", "a9bf13de248fc34f90a03a78c0c01cb3")])
        #expect(tool.created == 1.7954339846409535e+09)
    }

    @Test func openMetricsStateSetAndInfo() throws {
        let scrape = parseOpenMetrics(OpenMetricsSample.text)
        let breaker = try #require(scrape.family(named: "opstop_circuit_breaker_state"))
        #expect(breaker.type == .stateSet)
        #expect(breaker.series.count == 9)
        let active = breaker.series.filter { $0.value == 1 }.map {
            "\($0.labels["target"] ?? "?")=\($0.labels["opstop_circuit_breaker_state"] ?? "?")"
        }
        #expect(active == ["tool:cancel_order=open", "provider:openai=half_open", "tool:lookup_order=closed"])
        let build = try #require(scrape.family(named: "opstop_build"))
        #expect(build.type == .info)
        #expect(build.series.first?.labels == [Label("commit", "abc123"), Label("version", "0.1.0")])
        #expect(build.series.first?.value == 1)
        #expect(build.series.first?.samples.first?.name == "opstop_build_info")
    }

    @Test func openTelemetryExporterOpenMetricsHasUnitsInfoAndDroppedEmptyLabels() throws {
        let scrape = parseOpenMetrics(OTelOpenMetricsSample.text)
        #expect(scrape.issueCount == 0)
        let target = try #require(scrape.family(named: "target"))
        #expect(target.type == .info)
        #expect(target.series.first?.labels["service_name"] == "support-bot")
        let duration = try #require(scrape.family(named: "gen_ai_client_operation_duration_seconds"))
        #expect(duration.unit == "seconds")
        #expect(duration.type == .histogram)
        #expect(duration.series.allSatisfy { $0.labels["otel_scope_schema_url"] == nil })
        #expect(duration.series.allSatisfy { $0.histogram?.hasInfiniteBucket == true })
        let cost = try #require(scrape.family(named: "opstop_llm_cost_USD"))
        #expect(cost.unit == "USD")
        #expect(cost.series.first?.value == 0.0002661)
    }

    @Test func openTelemetryClassicAndOpenMetricsScrapesAgreeOnHistograms() {
        let classic = parseClassic(OTelClassicSample.text)
        let open = parseOpenMetrics(OTelOpenMetricsSample.text)
        #expect(classic.issueCount == 0)
        let histograms = open.families.filter { $0.type == .histogram }
        #expect(histograms.count == 4)
        for family in histograms {
            let other = classic.family(named: family.name)
            #expect(other?.series.map(\.key) == family.series.map(\.key))
            #expect(other?.series.map(\.histogram) == family.series.map(\.histogram))
        }
    }

    @Test func liteLLMNoneLabelsAreDroppedAndEmptyFamiliesKept() throws {
        let scrape = parseClassic(LiteLLMSample.text)
        #expect(scrape.issueCount == 0)
        let requests = try #require(scrape.family(named: "litellm_proxy_total_requests_metric_total"))
        let series = try #require(requests.series.first)
        #expect(series.labels.map(\.name) == ["api_provider", "model_id", "requested_model", "status_code", "team", "user"])
        #expect(series.labels["status_code"] == "200")
        #expect(series.created == 1.7954338517457643e+09)
        let failed = try #require(scrape.family(named: "litellm_proxy_failed_requests_metric_total"))
        #expect(failed.series.isEmpty)
        let state = try #require(scrape.family(named: "litellm_deployment_state"))
        #expect(state.series.map { $0.labels["api_base"] } == [nil, nil])
        #expect(state.series.map { $0.labels["model_id"] } == ["deploy-oai-1", "deploy-azure-1"])
        let latency = try #require(scrape.family(named: "litellm_request_total_latency_metric")?.series.first?.histogram)
        #expect(latency.buckets.count == 18)
        #expect(latency.sum == 0.056767)
        #expect(isClose(HistogramQuantile.compute(0.5, histogram: latency), 0.075))
    }
}
