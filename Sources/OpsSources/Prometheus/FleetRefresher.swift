import Foundation
import OpsModel
import OpsEngine

/// One fleet refresh: which catalog families the server has, then the plan's queries, then the figures.
///
/// The server's metric names are asked once and again every `namesMaxAge` seconds, so a fleet without LiteLLM is
/// not sent dozens of empty queries. Synchronous: call it from a source thread or a command, never the screen.
package struct FleetRefresher: Sendable {
    package let client: PrometheusClient
    package let mappings: [MetricMapping]
    package let match: SeriesMatch
    package let classifier: ErrorClassifier
    package var namesMaxAge: Double = 60
    private var families: (list: [FleetFamily], at: Double)?
    /// The sparklines' hour, asked again every `historyMaxAge` seconds (and when the view changes).
    package var historyMaxAge: Double = 30
    private var history: (value: FleetHistory, view: FleetView, at: Double)?

    package init(
        client: PrometheusClient, mappings: [MetricMapping] = MetricCatalog.builtIn, match: SeriesMatch,
        classifier: ErrorClassifier = ErrorClassifier()
    ) {
        self.client = client
        self.mappings = mappings
        self.match = match
        self.classifier = classifier
    }

    /// The figures for `view`, evaluated at `time` (Unix seconds; nil: the server's now).
    package mutating func refresh(_ view: FleetView, at time: Double? = nil, wallSeconds: Double)
        -> Result<FleetFigures, PrometheusQueryError>
    {
        if families == nil || wallSeconds - (families?.at ?? 0) > namesMaxAge {
            switch client.metricNames(matching: match) {
            case let .success(names):
                families = (FleetFamily.resolve(mappings, available: names).map(presentLabels), wallSeconds)
            case let .failure(error):
                switch error {
                // A proxy that allows only /api/v1/query: assume the conventional names.
                case .http(status: 403, _), .http(status: 404, _), .http(status: 405, _), .api(.rejected):
                    families = (FleetFamily.resolve(mappings, available: nil), wallSeconds)
                default: return .failure(error)
                }
            }
        }
        let narrowed = SeriesMatch(
            match.matchers + (view.instance.map { [LabelMatcher("instance", .equal, $0)] } ?? []))
        let plan = FleetQueryPlan(
            families: families?.list ?? [], builder: PromQLBuilder(match: narrowed, window: view.window),
            model: view.model)
        let answers = client.queryAll(plan.queries.map(\.promQL), at: time)
        // Every query failing for a transport reason means the server is down, not the queries wrong.
        if let first = answers.first, let failure = Self.transportFailure(first),
            answers.allSatisfy({ Self.transportFailure($0) != nil })
        {
            families = nil
            return .failure(failure)
        }
        let asOf = Int64(((time ?? wallSeconds) * 1_000_000_000).rounded())
        var figures = FleetFigures(
            plan: plan, answers: answers, asOfNanos: asOf, window: view.window, classifier: classifier)
        if history == nil || history?.view != view || wallSeconds - (history?.at ?? 0) > historyMaxAge {
            history = (askHistory(plan, match: narrowed, model: view.model, at: time ?? wallSeconds), view, wallSeconds)
        }
        figures.history = history?.value ?? FleetHistory()
        return .success(figures)
    }

    /// The family with only the model labels its series carry, in catalog order (one small request per family with
    /// model labels), so grouping and drill-downs use the label that is there, and a family without one stays whole.
    private func presentLabels(_ family: FleetFamily) -> FleetFamily {
        guard !family.labels.model.isEmpty else { return family }
        let series = family.isHistogram ? family.name + "_count" : family.name
        guard case let .success(names) = client.labelNames(of: series, matching: match) else { return family }
        var narrowed = family
        let present = family.labels.model.filter(names.contains)
        narrowed.mapping.labels.model = present
        return narrowed
    }

    /// The last hour per minute; a failed range query leaves its series empty.
    private func askHistory(_ plan: FleetQueryPlan, match: SeriesMatch, model: String?, at time: Double) -> FleetHistory
    {
        var history = FleetHistory()
        let end = (time / FleetHistory.stepSeconds).rounded(.down) * FleetHistory.stepSeconds
        let start = end - FleetHistory.stepSeconds * Double(FleetHistory.minutes - 1)
        for query in FleetHistory.queries(for: plan, match: match, model: model) {
            if case let .success(response) = client.queryRange(
                query.promQL, start: start, end: end, step: FleetHistory.stepSeconds)
            {
                history.apply(query, response, end: end)
            }
        }
        return history
    }

    static func transportFailure(_ answer: Result<PrometheusAPIResponse, PrometheusQueryError>) -> PrometheusQueryError?
    {
        guard case let .failure(error) = answer else { return nil }
        if case .api(.rejected) = error { return nil }
        return error
    }
}
