import OpsModel

/// The built-in table of metric families opstop understands, and lookup over a list of mappings.
///
/// Config mappings (`[[metrics.mapping]]`) go before the built-in ones, so the first match wins and
/// a config entry overrides a built-in one of the same family. See the README's "Prometheus endpoints".
package enum MetricCatalog {
    /// The first mapping for a family called `name`.
    package static func mapping(for name: String, in mappings: [MetricMapping] = builtIn) -> MetricMapping? {
        mappings.first { $0.matches(name) }
    }

    package static let builtIn: [MetricMapping] = openTelemetry + liteLLM + resilience4j + envoy + opstop

    static let genAILabels = MetricLabels(
        model: ["gen_ai_request_model", "gen_ai_response_model"], provider: ["gen_ai_provider_name", "gen_ai_system"],
        tool: ["gen_ai_tool_name"], errorType: ["error_type"], tokenType: ["gen_ai_token_type"])

    /// OpenTelemetry GenAI semantic-convention metrics as the Prometheus exporter names them.
    package static let openTelemetry: [MetricMapping] = [
        MetricMapping(
            family: "gen_ai_client_operation_duration_seconds", role: .latency(.llm), labels: genAILabels,
            countsCalls: true, origin: "OpenTelemetry GenAI"),
        MetricMapping(
            family: "gen_ai_execute_tool_duration_seconds", role: .latency(.tool), labels: genAILabels,
            countsCalls: true, origin: "OpenTelemetry GenAI"),
        MetricMapping(
            family: "gen_ai_invoke_agent_duration_seconds", role: .latency(.query), labels: genAILabels,
            countsCalls: true, origin: "OpenTelemetry GenAI"),
        MetricMapping(
            family: "gen_ai_workflow_duration_seconds", role: .latency(.query), labels: genAILabels,
            countsCalls: true, origin: "OpenTelemetry GenAI"),
        MetricMapping(
            family: "gen_ai_client_token_usage", role: .tokens(nil), labels: genAILabels, origin: "OpenTelemetry GenAI"),
    ]

    /// Breakers are named by the model, the deployment (`model_id`, else `api_base`) as detail.
    static let liteLLMLabels: MetricLabels = {
        var labels = MetricLabels(
            model: ["model", "litellm_model_name", "model_group", "requested_model"], provider: ["api_provider"],
            errorType: ["exception_class"], status: ["exception_status"], target: ["litellm_model_name", "model_id"])
        labels.targetDetail = ["model_id", "api_base"]
        return labels
    }()
    static let liteLLMBudgetLabels = MetricLabels(target: ["team_alias", "team"])

    /// The LiteLLM gateway's `PrometheusLogger`.
    package static let liteLLM: [MetricMapping] = [
        MetricMapping(family: "litellm_spend_metric", role: .cost, labels: liteLLMLabels, origin: "LiteLLM"),
        MetricMapping(
            family: "litellm_request_total_latency_metric", role: .latency(.query), labels: liteLLMLabels,
            origin: "LiteLLM"),
        MetricMapping(
            family: "litellm_llm_api_latency_metric", role: .latency(.llm), labels: liteLLMLabels, origin: "LiteLLM"),
        MetricMapping(
            family: "litellm_input_tokens_metric", role: .tokens(.input), labels: liteLLMLabels, origin: "LiteLLM"),
        MetricMapping(
            family: "litellm_output_tokens_metric", role: .tokens(.output), labels: liteLLMLabels, origin: "LiteLLM"),
        MetricMapping(
            family: "litellm_input_cached_tokens_metric", role: .tokens(.cacheRead), labels: liteLLMLabels,
            origin: "LiteLLM"),
        MetricMapping(
            family: "litellm_proxy_total_requests_metric", role: .requests, labels: liteLLMLabels, origin: "LiteLLM"),
        MetricMapping(
            family: "litellm_proxy_failed_requests_metric", role: .errors, labels: liteLLMLabels, origin: "LiteLLM"),
        MetricMapping(
            family: "litellm_deployment_state", role: .breakerState(.numeric([0: .closed, 1: .halfOpen, 2: .open])),
            labels: liteLLMLabels, targetKind: .model, origin: "LiteLLM"),
        MetricMapping(
            family: "litellm_deployment_cooled_down", role: .breakerTrips, labels: liteLLMLabels, targetKind: .model,
            origin: "LiteLLM"),
        MetricMapping(
            family: "litellm_remaining_team_budget_metric", role: .budgetRemaining, labels: liteLLMBudgetLabels,
            origin: "LiteLLM"),
        MetricMapping(
            family: "litellm_team_max_budget_metric", role: .budgetLimit, labels: liteLLMBudgetLabels,
            origin: "LiteLLM"),
        MetricMapping(family: "litellm_cache_hits_metric", role: .cacheLookups(hit: true), labels: liteLLMLabels,
                      origin: "LiteLLM"),
        MetricMapping(family: "litellm_cache_misses_metric", role: .cacheLookups(hit: false), labels: liteLLMLabels,
                      origin: "LiteLLM"),
        MetricMapping(
            family: "litellm_guardrail_requests_total", role: .guardrailChecks,
            labels: MetricLabels(target: ["guardrail_name"], outcome: ["status"]), origin: "LiteLLM"),
    ]

    /// resilience4j's Micrometer binding (`resilience4j.circuitbreaker.*`) scraped from Spring Boot Actuator.
    package static let resilience4j: [MetricMapping] = [
        MetricMapping(
            family: "resilience4j_circuitbreaker_state", role: .breakerState(.stateLabel("state")),
            labels: MetricLabels(target: ["name"]), origin: "resilience4j"),
        MetricMapping(
            family: "resilience4j_circuitbreaker_calls_seconds", role: .requests,
            labels: MetricLabels(target: ["name"], outcome: ["kind"], failureValues: ["failed"]),
            origin: "resilience4j"),
        MetricMapping(
            family: "resilience4j_circuitbreaker_calls", role: .requests,
            labels: MetricLabels(target: ["name"], outcome: ["kind"], failureValues: ["failed"]),
            origin: "resilience4j"),
        MetricMapping(
            family: "resilience4j_circuitbreaker_not_permitted_calls", role: .errors,
            labels: MetricLabels(target: ["name"], fixedErrorType: "CallNotPermittedException"),
            origin: "resilience4j"),
    ]

    static let envoyLabels = MetricLabels(target: ["envoy_cluster_name", "cluster_name", "cluster"])

    /// Envoy and Istio cluster circuit breakers and outlier detection.
    package static let envoy: [MetricMapping] = [
        MetricMapping(
            family: "envoy_cluster_circuit_breakers_*_rq_open", role: .breakerOpen, labels: envoyLabels,
            targetKind: .provider, origin: "Envoy / Istio"),
        MetricMapping(
            family: "envoy_cluster_outlier_detection_ejections_active", role: .breakerOpen, labels: envoyLabels,
            targetKind: .provider, origin: "Envoy / Istio"),
    ]

    static let opstopLabels = MetricLabels(
        model: ["model"], provider: ["provider"], tool: ["tool"], errorType: ["error_type"], status: ["status"],
        target: ["name", "target"], tokenType: ["type"], component: ["component"], category: ["category"])

    /// opstop's recommended names for teams instrumenting from scratch (documented in the README).
    package static let opstop: [MetricMapping] = [
        MetricMapping(family: "opstop_cost_usd", role: .cost, labels: opstopLabels, origin: "opstop"),
        MetricMapping(
            family: "opstop_latency_seconds", role: .latency(.query), labels: opstopLabels, origin: "opstop"),
        MetricMapping(family: "opstop_tokens", role: .tokens(nil), labels: opstopLabels, origin: "opstop"),
        MetricMapping(family: "opstop_requests", role: .requests, labels: opstopLabels, origin: "opstop"),
        MetricMapping(family: "opstop_errors", role: .errors, labels: opstopLabels, origin: "opstop"),
        MetricMapping(
            family: "opstop_breaker_state", role: .breakerState(.stateLabel("state")), labels: opstopLabels,
            origin: "opstop"),
        MetricMapping(
            family: "opstop_budget_remaining_usd", role: .budgetRemaining, labels: opstopLabels, origin: "opstop"),
        MetricMapping(
            family: "opstop_cache_lookups_total", role: .cacheLookups(hit: nil),
            labels: MetricLabels(outcome: ["outcome"]), origin: "opstop"),
        MetricMapping(
            family: "opstop_guardrail_checks_total", role: .guardrailChecks,
            labels: MetricLabels(target: ["guardrail"], outcome: ["outcome"]), origin: "opstop"),
        MetricMapping(family: "opstop_budget_limit_usd", role: .budgetLimit, labels: opstopLabels, origin: "opstop"),
    ]
}
