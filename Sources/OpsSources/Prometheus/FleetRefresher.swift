import Foundation
import OpsCore

/// One fleet refresh: which families the server has, then the plan's queries, then the figures.
///
/// The list of metric names is asked once and again every `namesMaxAge` seconds, so a server without LiteLLM is
/// not sent dozens of empty queries. Synchronous: call it from a source thread or a command, never the screen.
public struct FleetRefresher: Sendable {
    public let client: PrometheusClient
    public let families: [FleetFamily]
    public let match: SeriesMatch
    public var namesMaxAge: Double = 60
    private var names: (set: Set<String>?, at: Double)?

    public init(client: PrometheusClient, families: [FleetFamily], match: SeriesMatch) {
        self.client = client
        self.families = families
        self.match = match
    }

    /// The figures for `view`, evaluated at `time` (Unix seconds; nil: the server's now).
    public mutating func refresh(_ view: FleetView, at time: Double? = nil, wallSeconds: Double)
        -> Result<FleetFigures, PrometheusQueryError>
    {
        if names == nil || wallSeconds - (names?.at ?? 0) > namesMaxAge {
            switch client.metricNames(matching: match) {
            case let .success(set): names = (set, wallSeconds)
            case let .failure(error):
                switch error {
                // A proxy that only allows /api/v1/query: assume every family is there.
                case .http(status: 403, _), .http(status: 404, _), .http(status: 405, _), .api(.rejected): names = (nil, wallSeconds)
                default: return .failure(error)
                }
            }
        }
        let narrowed = SeriesMatch(match.matchers + view.narrowing)
        let plan = FleetQueryPlan(
            families: families, available: names?.set, builder: PromQLBuilder(match: narrowed, window: view.window))
        let answers = client.queryAll(plan.queries.map(\.promQL), at: time)
        // When every query failed for the same transport reason, the server is down, not the queries wrong.
        if !answers.isEmpty, let firstFailure = Self.transportFailure(answers.first),
            answers.allSatisfy({ Self.transportFailure($0) != nil })
        {
            names = nil
            return .failure(firstFailure)
        }
        let asOf = Int64(((time ?? wallSeconds) * 1_000_000_000).rounded())
        var figures = FleetFigures(plan: plan, answers: answers, asOfNanos: asOf, window: view.window)
        if plan.queries.isEmpty {
            figures.problems.append("none of the known metric families is on the server for \(match.promQL)")
        }
        return .success(figures)
    }

    static func transportFailure(_ answer: Result<PrometheusAPIResponse, PrometheusQueryError>?) -> PrometheusQueryError? {
        guard case let .failure(error)? = answer else { return nil }
        if case .api(.rejected) = error { return nil }
        return error
    }
}
