import OpsEngine
import Testing
import OpsModel

/// What the fleet test app (`fleet_app.py`) exposes, as Prometheus lists it.
let fleetAppNames: Set<String> = [
    "gen_ai_client_operation_duration_seconds_bucket", "gen_ai_client_operation_duration_seconds_count",
    "gen_ai_client_operation_duration_seconds_sum", "gen_ai_client_operation_duration_seconds_created",
    "gen_ai_execute_tool_duration_seconds_bucket", "gen_ai_execute_tool_duration_seconds_count",
    "gen_ai_execute_tool_duration_seconds_sum", "litellm_spend_metric_total", "litellm_spend_metric_created",
    "litellm_input_tokens_metric_total", "litellm_output_tokens_metric_total",
    "litellm_proxy_failed_requests_metric_total", "litellm_deployment_state", "up", "scrape_duration_seconds",
]

@Suite struct FleetFamilyTests {
    @Test func catalogMappingsResolveToTheServersNames() {
        let families = FleetFamily.resolve(MetricCatalog.builtIn, available: fleetAppNames)
        #expect(
            families.map(\.name) == [
                "gen_ai_client_operation_duration_seconds", "gen_ai_execute_tool_duration_seconds",
                "litellm_spend_metric_total", "litellm_input_tokens_metric_total", "litellm_output_tokens_metric_total",
                "litellm_proxy_failed_requests_metric_total", "litellm_deployment_state",
            ])
        #expect(families.map(\.isHistogram) == [true, true, false, false, false, false, false])
    }

    @Test func withoutTheNameListConventionalNamesAreAssumed() {
        let families = FleetFamily.resolve(Array(MetricCatalog.liteLLM.prefix(2)), available: nil)
        #expect(families.map(\.name) == ["litellm_spend_metric_total", "litellm_request_total_latency_metric"])
    }

    @Test func aConfigMappingBeforeTheBuiltInsClaimsTheFamily() {
        let custom = MetricMapping(family: "litellm_spend_metric", role: .cost, scale: 0.01)
        let families = FleetFamily.resolve([custom] + MetricCatalog.builtIn, available: ["litellm_spend_metric_total"])
        #expect(families.count == 1)
        #expect(families.first?.mapping.scale == 0.01)
    }
}

@Suite struct FleetQueryPlanTests {
    @Test func aServerWithOnlyAnOTelHistogramGetsOnlyItsQueries() {
        let families = FleetFamily.resolve(
            MetricCatalog.builtIn, available: ["gen_ai_client_operation_duration_seconds_bucket", "unrelated_total"])
        let plan = FleetQueryPlan(families: families, builder: PromQLBuilder(window: .fiveMinutes))
        #expect(plan.coverage == [.latency, .requests, .errors])
        let h = "gen_ai_client_operation_duration_seconds"
        let byModel = "le, gen_ai_request_model, gen_ai_response_model"
        #expect(
            plan.queries.map(\.promQL) == [
                "histogram_quantile(0.5, sum by (le) (rate(\(h)_bucket[5m])))",
                "histogram_quantile(0.9, sum by (le) (rate(\(h)_bucket[5m])))",
                "histogram_quantile(0.95, sum by (le) (rate(\(h)_bucket[5m])))",
                "histogram_quantile(0.99, sum by (le) (rate(\(h)_bucket[5m])))",
                "sum(increase(\(h)_count[5m]))",
                "sum(increase(\(h)_sum[5m]))",
                "histogram_quantile(0.5, sum by (\(byModel)) (rate(\(h)_bucket[5m])))",
                "histogram_quantile(0.9, sum by (\(byModel)) (rate(\(h)_bucket[5m])))",
                "histogram_quantile(0.95, sum by (\(byModel)) (rate(\(h)_bucket[5m])))",
                "histogram_quantile(0.99, sum by (\(byModel)) (rate(\(h)_bucket[5m])))",
                "sum by (gen_ai_request_model, gen_ai_response_model) (increase(\(h)_count[5m]))",
                "sum by (gen_ai_request_model, gen_ai_response_model) (increase(\(h)_sum[5m]))",
                // No errors counter: failures are the calls whose error_type is set.
                #"sum by (error_type) (increase(\#(h)_count{error_type!=""}[5m]))"#,
            ])
        #expect(FleetQueryPlan(families: [], builder: PromQLBuilder()).queries.isEmpty)
    }

    @Test func costErrorsTokensAndBreakersNarrowedByTheMatch() throws {
        let match = try SeriesMatch.parse(#"{job="support-bot"}"#)
        let families = FleetFamily.resolve(MetricCatalog.builtIn, available: fleetAppNames)
        let plan = FleetQueryPlan(families: families, builder: PromQLBuilder(match: match, window: .oneHour))
        #expect(plan.coverage == [.cost, .latency, .requests, .errors, .tokens, .breakers])
        let texts = plan.queries.map(\.promQL)
        let job = #"{job="support-bot"}"#
        #expect(texts.contains("sum(increase(litellm_spend_metric_total\(job)[1h]))"))
        #expect(texts.contains("sum(litellm_spend_metric_total\(job))"))
        #expect(
            texts.contains(
                "sum by (model, litellm_model_name, model_group, requested_model) (increase(litellm_spend_metric_total\(job)[1h]))"
            ))
        // Burn rates read the raw samples, for a rate over the time the series cover.
        #expect(texts.contains("litellm_spend_metric_total\(job)[15m]"))
        #expect(
            texts.contains(
                "sum by (exception_class, exception_status) (increase(litellm_proxy_failed_requests_metric_total\(job)[1h]))"
            ))
        #expect(
            texts.contains("max by (instance, litellm_model_name, model_id, api_base) (litellm_deployment_state\(job))"))
        #expect(texts.contains("sum(increase(litellm_input_tokens_metric_total\(job)[1h]))"))
        // An errors counter is there: the histogram's error label is not asked as well.
        #expect(!texts.contains { $0.contains("error_type!=") })
    }

    @Test func drillingIntoAModelNarrowsEachFamilyByItsOwnModelLabelButLeavesBreakersWhole() {
        let families = FleetFamily.resolve(MetricCatalog.builtIn, available: fleetAppNames)
        let plan = FleetQueryPlan(families: families, builder: PromQLBuilder(window: .all), model: "gpt-4o")
        let texts = plan.queries.map(\.promQL)
        #expect(texts.contains(#"sum(litellm_spend_metric_total{model="gpt-4o"})"#))
        #expect(texts.contains(#"sum(gen_ai_client_operation_duration_seconds_count{gen_ai_request_model="gpt-4o"})"#))
        #expect(texts.contains("max by (instance, litellm_model_name, model_id, api_base) (litellm_deployment_state)"))
    }
}
