import OpsModel
import OpsEngine
import Testing

private struct Failed: Error, CustomStringConvertible {
    var description: String { "connection refused" }
}

private func vector(_ rows: [([Label], Double)]) -> PrometheusAPIResponse {
    PrometheusAPIResponse(
        resultType: .vector, series: rows.map { .init(labels: $0.0, points: [.init(time: 1, value: $0.1)]) })
}

private func scalar(_ value: Double) -> PrometheusAPIResponse { vector([([], value)]) }

@Suite struct FleetFiguresTests {
    let plan = FleetQueryPlan(
        families: FleetFamily.resolve(MetricCatalog.builtIn, available: fleetAppNames),
        builder: PromQLBuilder(window: .fiveMinutes))

    /// Answers every query of the plan from a table keyed by purpose; nil answers fail.
    private func figures(_ table: (FleetQuery.Purpose) -> PrometheusAPIResponse?) -> FleetFigures {
        let answers = plan.queries.map { query -> Result<PrometheusAPIResponse, Failed> in
            table(query.purpose).map { .success($0) } ?? .failure(Failed())
        }
        return FleetFigures(plan: plan, answers: answers, asOfNanos: 1_795_447_363_000_000_000, window: .fiveMinutes)
    }

    @Test func answersBecomeFleetFiguresAndASnapshot() {
        let figures = figures { purpose in
            switch purpose {
            case .costInWindow: return scalar(0.75)
            case .costTotal: return scalar(2.75)
            case .costByModel:
                return vector([
                    ([Label("model", "gpt-4o-mini")], 0.25), ([Label("model", "claude")], 0.5),
                    ([Label("requested_model", "claude")], 0.25), ([Label("model", "idle")], 0),
                ])
            case .burnPerSecond(.oneMinute): return scalar(0.001)
            case .burnPerSecond: return scalar(0.0005)
            case .quantile(.llm, 0.95): return scalar(1.1733333333333333)
            case .quantile(.llm, _): return scalar(0.14)
            case .quantile(.tool, _): return scalar(.nan)
            case .count(.llm): return scalar(999.6)
            case .sum(.llm): return scalar(500)
            case .count(.tool), .sum(.tool): return scalar(0)
            case .modelQuantile(let q):
                return vector([([Label("gen_ai_request_model", "gpt-4o-mini")], q == 0.95 ? 0.6 : 0.1)])
            case .modelCount: return vector([([Label("gen_ai_request_model", "gpt-4o-mini")], 900)])
            case .tokens: return scalar(100_000)
            case .errorsByType:
                return vector([
                    ([Label("exception_class", "RateLimitError"), Label("exception_status", "429")], 30),
                    ([Label("exception_class", "None"), Label("exception_status", "503")], 2),
                    ([Label("exception_class", "Timeout")], 20.4),
                ])
            case .breakerStates:
                return vector([
                    ([Label("instance", "a:1"), Label("litellm_model_name", "claude")], 2),
                    ([Label("instance", "b:1"), Label("litellm_model_name", "claude")], 0),
                    ([Label("instance", "b:1"), Label("litellm_model_name", "odd")], 7),
                ])
            default: return nil
            }
        }
        #expect(figures.cost?.windowUSD == 0.75)
        #expect(figures.cost?.totalUSD == 2.75)
        #expect(figures.cost?.byModel.map(\.name) == ["claude", "gpt-4o-mini"])
        #expect(figures.cost?.byModel.map(\.usd) == [0.75, 0.25])
        #expect(figures.cost?.burnPerHour1m == 3.6)
        #expect(figures.cost?.burnPerHour1h == 1.8)
        let llm = figures.latency[.llm]
        #expect(llm?.count == 1000)
        #expect(llm?.p95Ms == 1173.3333333333333)
        #expect(llm?.p50Ms == 140)
        #expect(llm?.meanMs == 500)
        #expect(figures.latency[.tool]?.count == 0)
        #expect(figures.latencyByModel.map(\.name) == ["gpt-4o-mini"])
        #expect(figures.latencyByModel.first?.summary.p95Ms == 600)
        #expect(figures.requests == 1000)
        // Input and output token counters each answered 100 000.
        #expect(figures.tokens == TokenUsage(input: 100_000, output: 100_000))
        #expect(figures.errors?.map(\.type) == ["RateLimitError", "Timeout", "HTTP 503"])
        #expect(figures.errors?.map(\.count) == [30, 20, 2])
        #expect(figures.errors?.map(\.category) == [.transient, .transient, .transient])
        #expect(figures.breakers?.map(\.target) == ["claude @ a:1", "claude @ b:1"])
        #expect(figures.breakers?.map(\.state) == [.open, .closed])
        // The per-model sum query failed: noted, not fatal.
        #expect(figures.problems == ["gen_ai_client_operation_duration_seconds: connection refused"])

        let snapshot = figures.snapshot()
        #expect(snapshot.coverage == [.cost, .latency, .requests, .errors, .tokens, .breakers])
        #expect(snapshot.cost.totalUSD == 2.75)
        #expect(snapshot.errors.failedSpans == 52)
        #expect(snapshot.errors.spans == 1000)
        #expect(snapshot.errors.byCategory[.transient] == 52)
        #expect(snapshot.latency[.llm].p95Ms == 1173.3333333333333)
        #expect(snapshot.breakers.first?.state == .open)
        #expect(snapshot.spansPerSecond == 1000.0 / 300)
        #expect(snapshot.notice == "1 query failed: gen_ai_client_operation_duration_seconds: connection refused")
    }

    @Test func aFamilyNotOnTheServerLeavesItsFiguresNil() {
        let plan = FleetQueryPlan(
            families: FleetFamily.resolve(
                MetricCatalog.builtIn, available: ["gen_ai_execute_tool_duration_seconds_bucket"]),
            builder: PromQLBuilder())
        let figures = FleetFigures(
            plan: plan, answers: plan.queries.map { _ in Result<PrometheusAPIResponse, Failed>.success(scalar(3)) },
            asOfNanos: 0, window: .fiveMinutes)
        #expect(figures.cost == nil)
        #expect(figures.breakers == nil)
        #expect(figures.tokens == nil)
        #expect(figures.latency[.tool]?.count == 3)
        #expect(figures.requests == 3)
        #expect(figures.snapshot().coverage == [.latency, .requests, .errors])
    }

    @Test func stateSetsAndOpenGaugesBecomeBreakers() {
        let r4j = FleetFamily.resolve(MetricCatalog.resilience4j, available: ["resilience4j_circuitbreaker_state"])
        let plan = FleetQueryPlan(families: r4j, builder: PromQLBuilder())
        #expect(plan.queries.map(\.promQL) == ["max by (instance, name, state) (resilience4j_circuitbreaker_state)"])
        let answer = vector([
            ([Label("name", "payments"), Label("state", "closed")], 0),
            ([Label("name", "payments"), Label("state", "half_open")], 1),
            ([Label("name", "payments"), Label("state", "open")], 0),
        ])
        let figures = FleetFigures(
            plan: plan, answers: [Result<PrometheusAPIResponse, Failed>.success(answer)], asOfNanos: 0, window: .all)
        #expect(figures.breakers?.map(\.target) == ["payments"])
        #expect(figures.breakers?.map(\.state) == [.halfOpen])
    }

    @Test func aBreakerInTheSameStateKeepsWhenItWasFirstSeenSo() {
        var earlier = FleetFigures(asOfNanos: 100, window: .all)
        earlier.breakers = [
            BreakerStatus(target: "a", kind: .model, state: .open, since: 100, source: .scraped),
            BreakerStatus(target: "b", kind: .model, state: .closed, since: 100, source: .scraped),
        ]
        var later = FleetFigures(asOfNanos: 200, window: .all)
        later.breakers = [
            BreakerStatus(target: "a", kind: .model, state: .open, since: 200, source: .scraped),
            BreakerStatus(target: "b", kind: .model, state: .open, since: 200, source: .scraped),
        ]
        later.keepBreakerSince(from: earlier)
        #expect(later.breakers?.map(\.since) == [100, 200])
    }
}

@Suite struct FleetBurnRateTests {
    static func matrix(_ series: [[(Double, Double)]]) -> PrometheusAPIResponse {
        PrometheusAPIResponse(resultType: .matrix, series: series.enumerated().map { index, points in
            .init(labels: [Label("instance", "i\(index)")], points: points.map { .init(time: $0.0, value: $0.1) })
        })
    }

    @Test func aFleetScrapedForFiveMinutesBurnsItsRateNotTheWindowsAverage() {
        // $72/h = $0.02/s, scraped every 15 s for the last 5 minutes of the 1 h window.
        let points = (0...20).map { (1_000.0 + Double($0) * 15, Double($0) * 15 * 0.02) }
        #expect(abs(FleetFigures.coveredRate(Self.matrix([points])) * 3600 - 72) < 1e-9)
    }

    @Test func seriesAddUpResetsCountAndLoneSamplesAddNothing() {
        let reset = [(0.0, 10.0), (10, 20), (20, 5), (30, 15)]  // +10, reset to 5 (+5), +10 = 25 over 30 s
        let steady = [(0.0, 0.0), (60, 60)]  // 1/s
        let lone = [(5.0, 100.0)]
        let broken = [(0.0, Double.nan), (10, 1), (10, 3)]  // no time covered
        let rate = FleetFigures.coveredRate(Self.matrix([reset, steady, lone, broken, []]))
        #expect(abs(rate - (25.0 / 30 + 1)) < 1e-12)
    }
}
