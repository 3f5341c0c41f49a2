import OpsModel
import OpsEngine

@testable import OpsUI

/// Hand-built traces for the app and screen tests, ingested into a real `MetricsStore`.
enum TraceFixtures {
    /// 2026-01-01 12:00:00 UTC.
    static let base: Int64 = 1_767_268_800 * 1_000_000_000

    static func at(_ seconds: Double) -> Int64 { base + Int64(seconds * 1e9) }

    static func span(
        _ trace: String, _ id: String, parent: String? = nil, name: String, component: Component = .other,
        from start: Double, to end: Double, model: String? = nil, tool: String? = nil,
        tokens: (Int64, Int64) = (0, 0), cost: Double? = nil, error: SpanError? = nil, user: String? = nil,
        content: SpanContent? = nil
    ) -> Span {
        Span(
            traceID: TraceID(trace), spanID: SpanID(id), parentID: parent.map(SpanID.init), name: name,
            component: component, status: error == nil ? .ok : .error, startNanos: at(start), endNanos: at(end),
            provider: model == nil ? nil : "openai", requestModel: model, tool: tool,
            usage: TokenUsage(input: tokens.0, output: tokens.1), reportedCostUSD: cost, error: error, userID: user,
            content: content)
    }

    static let rateLimit = SpanError(
        type: "RateLimitError", message: "Rate limit reached for gpt-4o-mini in organization org-1 on tokens per min.",
        statedCategory: .transient)
    static let toolTimeout = SpanError(type: "ToolTimeout", message: "lookup_order timed out after 5s", statedCategory: .system)

    /// Four traces: a healthy agent run, a rate-limited refund, a failed lookup, and one whose root never arrived.
    static var spans: [Span] {
        [
            span("t-answer", "a0", name: "answer_question", component: .query, from: 0, to: 2.4, user: "u42"),
            span(
                "t-answer", "a1", parent: "a0", name: "chat gpt-4o", component: .llm, from: 0.1, to: 1.2,
                model: "gpt-4o", tokens: (1200, 300), cost: 0.006, user: "u42",
                content: SpanContent(input: messagesJSON, output: answerJSON)),
            span("t-answer", "a2", parent: "a1", name: "lookup_order", component: .tool, from: 1.2, to: 1.5, tool: "lookup_order"),
            span(
                "t-answer", "a3", parent: "a0", name: "chat gpt-4o", component: .llm, from: 1.5, to: 2.3, model: "gpt-4o",
                tokens: (1600, 120), cost: 0.0052),
            span("t-refund", "r0", name: "refund_request", component: .query, from: 10, to: 13.1, error: rateLimit, user: "u7"),
            span(
                "t-refund", "r1", parent: "r0", name: "chat gpt-4o-mini", component: .llm, from: 10.2, to: 13.0,
                model: "gpt-4o-mini", tokens: (900, 0), cost: 0.0001, error: rateLimit, user: "u7"),
            span("t-lookup", "l0", name: "lookup", component: .query, from: 20, to: 25.2, error: toolTimeout, user: "u42"),
            span(
                "t-lookup", "l1", parent: "l0", name: "lookup_order", component: .tool, from: 20.1, to: 25.1,
                tool: "lookup_order", error: toolTimeout),
            span(
                "t-orphan", "o2", parent: "o1", name: "chat claude", component: .llm, from: 30.5, to: 31,
                model: "claude-sonnet-4", tokens: (500, 80), cost: 0.0027),
            span("t-orphan", "o1", parent: "o0", name: "plan", component: .other, from: 30.2, to: 31.2),
        ]
    }

    static let messagesJSON = """
        [{"role":"system","parts":[{"type":"text","content":"You are a helpful support agent."}]},\
        {"role":"user","parts":[{"type":"text","content":"Where is my order 42? It was due on Monday."}]},\
        {"role":"assistant","parts":[{"type":"tool_call","id":"c1","name":"lookup_order","arguments":{"order_id":42}}]},\
        {"role":"tool","parts":[{"type":"tool_call_response","id":"c1","response":{"status":"shipped"}}]}]
        """

    static let answerJSON = """
        [{"role":"assistant","parts":[{"type":"text","content":"Your order 42 has shipped and should arrive tomorrow."}],\
        "finish_reason":"stop"}]
        """

    static func store(_ spans: [Span] = spans) -> MetricsStore {
        var store = MetricsStore()
        store.ingest(spans.map(Event.span))
        return store
    }
}

/// A dashboard stand-in: rows per panel with what each opens.
struct StubPanels: PanelRows {
    var rows: [PanelID: [DrillTarget?]] = [:]

    func rowCount(_ panel: PanelID) -> Int { rows[panel]?.count ?? 0 }

    func drillTarget(_ panel: PanelID, row: Int) -> DrillTarget? {
        guard let list = rows[panel], list.indices.contains(row) else { return nil }
        return list[row]
    }
}
