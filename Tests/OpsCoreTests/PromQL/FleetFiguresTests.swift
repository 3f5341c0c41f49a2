import OpsCore
import Testing

private struct Failed: Error, CustomStringConvertible {
    var description: String { "connection refused" }
}

private func vector(_ rows: [([Label], String)]) -> PrometheusAPIResponse {
    PrometheusAPIResponse(
        resultType: .vector,
        series: rows.map { labels, text in
            .init(labels: labels, points: [.init(time: 1, value: Double(text) ?? .nan)])
        })
}

private func scalarVector(_ value: Double) -> PrometheusAPIResponse {
    PrometheusAPIResponse(resultType: .vector, series: [.init(labels: [], points: [.init(time: 1, value: value)])])
}

@Suite struct FleetFiguresTests {
    let plan = FleetQueryPlan(families: testFamilies, available: nil, builder: PromQLBuilder(window: .fiveMinutes))

    /// Answers every query of the plan from a table keyed by purpose.
    private func answers(_ table: (FleetQuery.Purpose) -> PrometheusAPIResponse?) -> [Result<PrometheusAPIResponse, Failed>] {
        plan.queries.map { query in table(query.purpose).map { .success($0) } ?? .failure(Failed()) }
    }

    @Test func answersBecomeFleetFiguresAndASnapshot() {
        let figures = FleetFigures(
            plan: plan,
            answers: answers { purpose in
                switch purpose {
                case .costInWindow: return scalarVector(0.75)
                case .costTotal: return scalarVector(2.75)
                case .costByModel:
                    return vector([([Label("model", "gpt-4o-mini")], "0.25"), ([Label("model", "claude")], "0.5"), ([Label("model", "idle")], "0")])
                case .burnPerSecond(.oneMinute): return scalarVector(0.001)
                case .burnPerSecond: return scalarVector(0.0005)
                case .quantile(.llm, 0.95): return scalarVector(1.1733333333333333)
                case .quantile(.llm, _): return scalarVector(0.14)
                case .quantile(.tool, _): return vector([([], "NaN")])
                case .count(.llm): return scalarVector(999.6)
                case .sum(.llm): return scalarVector(500)
                case .count(.tool): return scalarVector(0)
                case .modelQuantile(let q):
                    return vector([([Label("gen_ai_request_model", "gpt-4o-mini")], q == 0.95 ? "0.6" : "0.1")])
                case .modelCount: return vector([([Label("gen_ai_request_model", "gpt-4o-mini")], "900")])
                case .inputTokens: return scalarVector(100_000)
                case .errorsByType:
                    return vector([
                        ([Label("exception_class", "RateLimitError")], "30"), ([Label("exception_class", "None")], "2"),
                        ([Label("exception_class", "Timeout")], "20.4"),
                    ])
                case .breakerStates:
                    return vector([
                        ([Label("instance", "a:1"), Label("litellm_model_name", "claude")], "2"),
                        ([Label("instance", "b:1"), Label("litellm_model_name", "claude")], "0"),
                        ([Label("instance", "b:1"), Label("litellm_model_name", "odd")], "7"),
                    ])
                default: return nil
                }
            }, asOfNanos: 1_795_447_363_000_000_000, window: .fiveMinutes)
        #expect(figures.cost?.windowUSD == 0.75)
        #expect(figures.cost?.totalUSD == 2.75)
        #expect(figures.cost?.byModel.map(\.name) == ["claude", "gpt-4o-mini"])
        #expect(figures.cost?.burnPerHour1m == 3.6)
        #expect(figures.cost?.burnPerHour1h == 1.8)
        let llm = figures.latency[.llm]
        #expect(llm?.count == 1000)
        #expect(llm?.p95Ms == 1173.3333333333333)
        #expect(llm?.p50Ms == 140)
        #expect(llm?.meanMs == 500)
        #expect(figures.latency[.tool]?.count == 0)
        #expect(figures.latency[.tool]?.p95Ms == 0)
        #expect(figures.latencyByModel.map(\.name) == ["gpt-4o-mini"])
        #expect(figures.latencyByModel.first?.summary.p95Ms == 600)
        #expect(figures.requests == 1000)
        #expect(figures.tokens?.input == 100_000)
        #expect(figures.errors?.byType.map(\.type) == ["RateLimitError", "Timeout", "unknown"])
        #expect(figures.errors?.byType.map(\.count) == [30, 20, 2])
        #expect(figures.breakers?.map(\.target) == ["claude @ a:1", "claude @ b:1"])
        #expect(figures.breakers?.map(\.state) == [.open, .closed])
        // The output-tokens query was not answered (not in the table): noted, not fatal.
        #expect(figures.problems.contains { $0.hasPrefix("gen_ai_client_operation_duration_seconds: connection refused") })

        let snapshot = figures.snapshot()
        #expect(snapshot.cost.totalUSD == 2.75)
        #expect(snapshot.cost.windowUSD == 0.75)
        #expect(snapshot.errors.failedSpans == 52)
        #expect(snapshot.errors.spans == 1000)
        #expect(snapshot.errors.byCategory[.transient] == 50)
        #expect(snapshot.latency[.llm].p95Ms == 1173.3333333333333)
        #expect(snapshot.breakers.first?.state == .open)
        #expect(snapshot.asOfNanos == 1_795_447_363_000_000_000)
    }

    @Test func aFamilyNotOnTheServerLeavesItsFiguresNil() {
        let plan = FleetQueryPlan(
            families: testFamilies, available: ["gen_ai_execute_tool_duration_seconds_bucket"], builder: PromQLBuilder())
        let figures = FleetFigures(
            plan: plan, answers: plan.queries.map { _ in Result<PrometheusAPIResponse, Failed>.success(scalarVector(3)) },
            asOfNanos: 0, window: .fiveMinutes)
        #expect(figures.cost == nil)
        #expect(figures.errors == nil)
        #expect(figures.breakers == nil)
        #expect(figures.tokens == nil)
        #expect(figures.requests == nil)
        #expect(figures.latency[.tool]?.count == 3)
    }
}
