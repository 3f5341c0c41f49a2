import Testing

@testable import OpsModel
@testable import OpsEngine

@Test func catalogMatchesCountersWithAndWithoutTotal() throws {
    #expect(MetricCatalog.mapping(for: "litellm_spend_metric_total")?.role == .cost)
    #expect(MetricCatalog.mapping(for: "litellm_spend_metric")?.role == .cost)
    #expect(MetricCatalog.mapping(for: "opstop_cost_usd")?.role == .cost)
    #expect(MetricCatalog.mapping(for: "opstop_cost_usd_total")?.role == .cost)
    #expect(MetricCatalog.mapping(for: "litellm_spend") == nil)
}

@Test func catalogKnowsEveryBuiltInFamilyOfTheIssue() {
    let expected: [(String, MetricRole)] = [
        ("gen_ai_client_operation_duration_seconds", .latency(.llm)),
        ("gen_ai_execute_tool_duration_seconds", .latency(.tool)),
        ("gen_ai_invoke_agent_duration_seconds", .latency(.query)),
        ("gen_ai_workflow_duration_seconds", .latency(.query)),
        ("gen_ai_client_token_usage", .tokens(nil)),
        ("litellm_request_total_latency_metric", .latency(.query)),
        ("litellm_llm_api_latency_metric", .latency(.llm)),
        ("litellm_input_tokens_metric_total", .tokens(.input)),
        ("litellm_output_tokens_metric_total", .tokens(.output)),
        ("litellm_proxy_failed_requests_metric_total", .errors),
        ("litellm_deployment_state", .breakerState(.numeric([0: .closed, 1: .halfOpen, 2: .open]))),
        ("litellm_deployment_cooled_down_total", .breakerTrips),
        ("litellm_remaining_team_budget_metric", .budgetRemaining),
        ("litellm_team_max_budget_metric", .budgetLimit),
        ("resilience4j_circuitbreaker_state", .breakerState(.stateLabel("state"))),
        ("resilience4j_circuitbreaker_calls_seconds", .requests),
        ("envoy_cluster_circuit_breakers_default_rq_open", .breakerOpen),
        ("envoy_cluster_circuit_breakers_high_rq_open", .breakerOpen),
        ("envoy_cluster_outlier_detection_ejections_active", .breakerOpen),
        ("opstop_latency_seconds", .latency(.query)),
        ("opstop_errors_total", .errors),
        ("opstop_breaker_state", .breakerState(.stateLabel("state"))),
    ]
    for (family, role) in expected {
        #expect(MetricCatalog.mapping(for: family)?.role == role, "\(family)")
    }
    #expect(MetricCatalog.mapping(for: "envoy_cluster_circuit_breakers_default_cx_open") == nil)
}

@Test func labelListsTakeTheFirstPresentNonEmptyLabel() {
    let labels = [Label("gen_ai_request_model", ""), Label("gen_ai_response_model", "gpt-4o-mini-2024")]
    #expect(MetricLabels.first(["gen_ai_request_model", "gen_ai_response_model"], in: labels) == "gpt-4o-mini-2024")
    #expect(MetricLabels.first(["model"], in: labels) == nil)
}

@Test func exemplarsAtOrAboveAPercentileStartAtItsBucket() {
    let exemplars = LatencyExemplars(
        kind: .component, component: .llm, name: "llm",
        buckets: [(100, 50), (500, 90), (1000, 99), (.infinity, 100)],
        exemplars: [
            TraceExemplar(traceID: "a", valueMs: 80, bucketUpperMs: 100),
            TraceExemplar(traceID: "b", valueMs: 300, bucketUpperMs: 500),
            TraceExemplar(traceID: "c", valueMs: 900, bucketUpperMs: 1000),
            TraceExemplar(traceID: "d", valueMs: 4000, bucketUpperMs: .infinity),
        ])
    // p95 = rank 95 falls in the (500, 1000] bucket.
    #expect(exemplars.atOrAbove(percentile: 95).map(\.traceID) == ["d", "c"])
    #expect(exemplars.atOrAbove(percentile: 50).map(\.traceID) == ["d", "c", "b", "a"])
    #expect(exemplars.atOrAbove(percentile: 99.5).map(\.traceID) == ["d"])
}
