import OpsEngine
import Testing

@testable import OpsConfig
import OpsModel

@Test func metricsMappingsGoBeforeTheBuiltInOnes() throws {
    let text = """
        [[metrics.mapping]]
        family = "myapp_llm_cost_cents_total"
        role = "cost"
        unit = "cents"
        labels = { model = ["llm_model", "model"] }

        [[metrics.mapping]]
        family = "myapp_tool_latency_ms"
        role = "latency"
        component = "tool"
        unit = "ms"
        labels = { tool = "tool_name" }

        [[metrics.mapping]]
        family = "litellm_deployment_state"
        role = "breaker_state"
        states = { "0" = "closed", "1" = "open" }
        """
    let config = try ConfigLoader.parse(text, file: "config.toml")
    let mappings = config.engine.metricMappings
    #expect(mappings.count == MetricCatalog.builtIn.count + 3)
    let cost = try #require(MetricCatalog.mapping(for: "myapp_llm_cost_cents", in: mappings))
    #expect(cost.role == .cost)
    #expect(cost.scale == 0.01)
    #expect(cost.labels.model == ["llm_model", "model"])
    let tool = try #require(MetricCatalog.mapping(for: "myapp_tool_latency_ms", in: mappings))
    #expect(tool.role == .latency(.tool))
    #expect(tool.scale == 0.001)
    #expect(tool.labels.tool == ["tool_name"])
    let state = try #require(MetricCatalog.mapping(for: "litellm_deployment_state", in: mappings))
    #expect(state.role == .breakerState(.numeric([0: .closed, 1: .open])))
    #expect(state.origin == "config")
}

@Test func metricsMappingMistakesNameTheLineOfTheirOwnTable() {
    let text = """
        [[metrics.mapping]]
        family = "a_total"
        role = "cost"

        [[metrics.mapping]]
        family = "b_seconds"
        role = "latncy"
        """
    #expect(
        throws: ConfigError(
            file: "c.toml", line: 7,
            message:
                "unknown role 'latncy'; did you mean 'latency'?; roles: cost, latency, tokens, requests, errors, breaker_state, breaker_open, breaker_trips, budget_remaining, budget_limit"
        )
    ) { try ConfigLoader.parse(text, file: "c.toml") }
}

@Test func metricsMappingWithoutAFamilyPointsAtItsHeader() {
    let text = """
        [[metrics.mapping]]
        family = "a_total"
        role = "cost"

        [[metrics.mapping]]
        role = "cost"
        """
    #expect(
        throws: ConfigError(
            file: "c.toml", line: 5,
            message:
                "[[metrics.mapping]] needs 'family', the metric family's name (e.g. family = \"myapp_llm_cost_usd_total\")"
        )
    ) { try ConfigLoader.parse(text, file: "c.toml") }
}

@Test func metricsMappingRejectsUnknownUnitsAndLabelRoles() {
    #expect(throws: ConfigError.self) {
        try ConfigLoader.parse(
            "[[metrics.mapping]]\nfamily = \"x\"\nrole = \"latency\"\nunit = \"fortnights\"\n", file: "c.toml")
    }
    #expect(throws: ConfigError.self) {
        try ConfigLoader.parse(
            "[[metrics.mapping]]\nfamily = \"x\"\nrole = \"cost\"\nlabels = { modle = \"m\" }\n", file: "c.toml")
    }
    #expect(throws: ConfigError.self) { try ConfigLoader.parse("[metrics]\nmapping = 3\n", file: "c.toml") }
}
