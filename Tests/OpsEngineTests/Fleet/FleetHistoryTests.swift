import OpsModel
import OpsEngine
import Testing

@Suite struct FleetHistoryTests {
    let plan = FleetQueryPlan(
        families: FleetFamily.resolve(MetricCatalog.builtIn, available: fleetAppNames), builder: PromQLBuilder())

    @Test func rangeQueriesForSpendFailuresAndP95PerMinute() throws {
        let queries = FleetHistory.queries(for: plan, match: try SeriesMatch.parse(#"{job="x"}"#), model: "m")
        #expect(
            queries.map(\.promQL) == [
                #"sum(increase(litellm_spend_metric_total{job="x",model="m"}[1m]))"#,
                #"sum(increase(litellm_proxy_failed_requests_metric_total{job="x",model="m"}[1m]))"#,
                #"histogram_quantile(0.95, sum by (le) (rate(gen_ai_client_operation_duration_seconds_bucket{job="x",gen_ai_request_model="m"}[1m])))"#,
            ])
        #expect(queries.map(\.scale) == [1, 1, 1000])
    }

    @Test func pointsLandInTheirMinuteAndGapsStayEmpty() {
        var history = FleetHistory()
        let end = 1_795_449_600.0
        let query = FleetHistory.Query(series: .queryP95PerMinute, promQL: "", scale: 1000)
        let response = PrometheusAPIResponse(
            resultType: .matrix,
            series: [
                .init(
                    labels: [],
                    points: [
                        .init(time: end - 59 * 60, value: 0.5), .init(time: end - 60, value: .nan),
                        .init(time: end, value: 1.25), .init(time: end + 60, value: 9),
                    ])
            ])
        history.apply(query, response, end: end)
        #expect(history.queryP95PerMinute.count == 60)
        #expect(history.queryP95PerMinute.first == 500)
        #expect(history.queryP95PerMinute[58] == nil)
        #expect(history.queryP95PerMinute.last == 1250)
        var counts = FleetHistory()
        counts.apply(
            FleetHistory.Query(series: .failedPerMinute, promQL: "", scale: 1),
            PrometheusAPIResponse(
                resultType: .matrix, series: [.init(labels: [], points: [.init(time: end, value: 2.6)])]),
            end: end)
        #expect(counts.failedPerMinute.last == 3)
        #expect(counts.failedPerMinute.first == 0)
    }
}
