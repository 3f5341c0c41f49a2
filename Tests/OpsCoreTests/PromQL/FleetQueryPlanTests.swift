import OpsCore
import Testing

let testFamilies: [FleetFamily] = [
    FleetFamily(name: "litellm_spend_metric_total", role: .cost, modelLabel: "model"),
    FleetFamily(
        name: "gen_ai_client_operation_duration_seconds", role: .latency(.llm), modelLabel: "gen_ai_request_model",
        errorLabels: ["error_type"]),
    FleetFamily(name: "gen_ai_execute_tool_duration_seconds", role: .latency(.tool)),
    FleetFamily(name: "litellm_input_tokens_metric_total", role: .inputTokens),
    FleetFamily(
        name: "litellm_proxy_failed_requests_metric_total", role: .errors, errorLabels: ["exception_class"]),
    FleetFamily(name: "litellm_deployment_state", role: .breakerState, targetLabel: "litellm_model_name"),
]

@Suite struct FleetQueryPlanTests {
    @Test func onlyFamiliesTheServerHasAreQueried() {
        let plan = FleetQueryPlan(
            families: testFamilies, available: ["gen_ai_client_operation_duration_seconds_bucket", "unrelated_total"],
            builder: PromQLBuilder(window: .fiveMinutes))
        #expect(plan.families.map(\.name) == ["gen_ai_client_operation_duration_seconds"])
        #expect(
            plan.queries.map(\.promQL) == [
                "histogram_quantile(0.5, sum by (le) (rate(gen_ai_client_operation_duration_seconds_bucket[5m])))",
                "histogram_quantile(0.9, sum by (le) (rate(gen_ai_client_operation_duration_seconds_bucket[5m])))",
                "histogram_quantile(0.95, sum by (le) (rate(gen_ai_client_operation_duration_seconds_bucket[5m])))",
                "histogram_quantile(0.99, sum by (le) (rate(gen_ai_client_operation_duration_seconds_bucket[5m])))",
                "sum(increase(gen_ai_client_operation_duration_seconds_count[5m]))",
                "sum(increase(gen_ai_client_operation_duration_seconds_sum[5m]))",
                "histogram_quantile(0.5, sum by (le, gen_ai_request_model) (rate(gen_ai_client_operation_duration_seconds_bucket[5m])))",
                "histogram_quantile(0.9, sum by (le, gen_ai_request_model) (rate(gen_ai_client_operation_duration_seconds_bucket[5m])))",
                "histogram_quantile(0.95, sum by (le, gen_ai_request_model) (rate(gen_ai_client_operation_duration_seconds_bucket[5m])))",
                "histogram_quantile(0.99, sum by (le, gen_ai_request_model) (rate(gen_ai_client_operation_duration_seconds_bucket[5m])))",
                "sum by (gen_ai_request_model) (increase(gen_ai_client_operation_duration_seconds_count[5m]))",
                "sum by (gen_ai_request_model) (increase(gen_ai_client_operation_duration_seconds_sum[5m]))",
                // Without an errors counter, failures come from the histogram's error label.
                #"sum by (error_type) (increase(gen_ai_client_operation_duration_seconds_count{error_type!=""}[5m]))"#,
            ])
        #expect(
            FleetQueryPlan(families: testFamilies, available: [], builder: PromQLBuilder()).queries.isEmpty)
    }

    @Test func costErrorsTokensAndBreakersWithAMatch() throws {
        let match = try SeriesMatch.parse(#"{job="support-bot"}"#)
        let plan = FleetQueryPlan(families: testFamilies, available: nil, builder: PromQLBuilder(match: match, window: .oneHour))
        let texts = plan.queries.map(\.promQL)
        #expect(texts.contains(#"sum(increase(litellm_spend_metric_total{job="support-bot"}[1h]))"#))
        #expect(texts.contains(#"sum(litellm_spend_metric_total{job="support-bot"})"#))
        #expect(texts.contains(#"sum by (model) (increase(litellm_spend_metric_total{job="support-bot"}[1h]))"#))
        #expect(texts.contains(#"sum(rate(litellm_spend_metric_total{job="support-bot"}[15m]))"#))
        #expect(
            texts.contains(
                #"sum by (exception_class) (increase(litellm_proxy_failed_requests_metric_total{job="support-bot"}[1h]))"#))
        #expect(
            texts.contains(
                #"max by (instance, litellm_model_name) (litellm_deployment_state{job="support-bot"})"#))
        #expect(texts.contains(#"sum(increase(litellm_input_tokens_metric_total{job="support-bot"}[1h]))"#))
        // An errors counter is there: the histogram's error label is not asked as well.
        #expect(!texts.contains { $0.contains("error_type!=") })
        #expect(plan.queries.count == 6 + 12 + 6 + 1 + 1 + 1)
    }
}
