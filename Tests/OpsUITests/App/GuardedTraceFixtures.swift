import OpsModel
import OpsEngine

@testable import OpsUI

/// Traces with semantic-cache lookups, guardrail verdicts and evaluation scores, in a real store.
///
/// | trace | what happened | scores |
/// | --- | --- | --- |
/// | t-hit | cache hit ($0.004 saved) | faithfulness 0.95 |
/// | t-miss | cache miss, then the model | faithfulness 0.62 ("cites an order that does not exist"), 0.70 |
/// | t-jail | jailbreak blocked (u_666, "prompt injection") | |
/// | t-pii | pii flagged (u_9, "email address") | faithfulness 0.81, relevancy label only |
/// | t-limit | the app's rate limiter blocked (u_666) | |
/// | t-pass | jailbreak passed | |
enum GuardedTraceFixtures {
    static func span(
        _ trace: String, _ id: String, parent: String? = nil, name: String, component: Component, from: Double, to: Double,
        user: String? = nil, cache: CacheLookup? = nil, guardrail: GuardrailVerdict? = nil
    ) -> Span {
        var span = TraceFixtures.span(trace, id, parent: parent, name: name, component: component, from: from, to: to, user: user)
        span.cache = cache
        span.guardrail = guardrail
        return span
    }

    static var spans: [Span] {
        [
            span("t-hit", "h0", name: "answer", component: .query, from: 0, to: 0.05, user: "u_1"),
            span(
                "t-hit", "h1", parent: "h0", name: "semantic_cache", component: .cache, from: 0.01, to: 0.03,
                cache: CacheLookup(hit: true, savedUSD: 0.004, cacheName: "RedisSemanticCache")),
            span("t-miss", "m0", name: "answer", component: .query, from: 10, to: 12, user: "u_2"),
            span("t-miss", "m1", parent: "m0", name: "semantic_cache", component: .cache, from: 10, to: 10.02,
                 cache: CacheLookup(hit: false)),
            span("t-miss", "m2", parent: "m0", name: "chat gpt-4o", component: .llm, from: 10.1, to: 11.9),
            span("t-jail", "j0", name: "answer", component: .query, from: 20, to: 20.2, user: "u_666"),
            span(
                "t-jail", "j1", parent: "j0", name: "jailbreak_check", component: .guardrail, from: 20, to: 20.1,
                guardrail: GuardrailVerdict(guardrail: "jailbreak", outcome: .blocked, reason: "prompt injection")),
            span("t-pii", "p0", name: "answer", component: .query, from: 30, to: 31, user: "u_9"),
            span(
                "t-pii", "p1", parent: "p0", name: "pii_check", component: .guardrail, from: 30, to: 30.1,
                guardrail: GuardrailVerdict(guardrail: "pii", outcome: .flagged, reason: "email address")),
            span(
                "t-limit", "l0", name: "answer", component: .guardrail, from: 40, to: 40.01, user: "u_666",
                guardrail: GuardrailVerdict(guardrail: "rate_limiter", outcome: .blocked, reason: "10 requests/min", isRateLimit: true)),
            span("t-pass", "s0", name: "answer", component: .query, from: 50, to: 51, user: "u_3"),
            span(
                "t-pass", "s1", parent: "s0", name: "jailbreak_check", component: .guardrail, from: 50, to: 50.1,
                guardrail: GuardrailVerdict(guardrail: "jailbreak", outcome: .pass)),
        ]
    }

    static let explanation = "The answer cites an order that does not exist in the retrieved context."

    static var evaluations: [Evaluation] {
        [
            Evaluation(timeNanos: TraceFixtures.at(1), traceID: TraceID("t-hit"), name: "faithfulness", score: 0.95),
            Evaluation(
                timeNanos: TraceFixtures.at(13), traceID: TraceID("t-miss"), spanID: SpanID("m2"), name: "faithfulness",
                score: 0.62, label: "unfaithful", explanation: explanation, evaluator: "ragas"),
            Evaluation(timeNanos: TraceFixtures.at(14), traceID: TraceID("t-miss"), name: "faithfulness", score: 0.7),
            Evaluation(timeNanos: TraceFixtures.at(32), traceID: TraceID("t-pii"), name: "faithfulness", score: 0.81),
            Evaluation(timeNanos: TraceFixtures.at(33), traceID: TraceID("t-pii"), name: "answer_relevancy", label: "relevant"),
        ]
    }

    static func store() -> MetricsStore {
        var store = MetricsStore()
        store.ingest(spans.map(Event.span) + evaluations.map(Event.evaluation))
        return store
    }
}
