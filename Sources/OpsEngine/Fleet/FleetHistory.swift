import OpsModel

/// The last hour per minute (the panels' sparklines), from `/api/v1/query_range` with a 60 s step.
package struct FleetHistory: Sendable, Hashable {
    /// A range query and the series it fills.
    package struct Query: Sendable, Hashable {
        package enum Series: Sendable, Hashable {
            case costPerMinute, failedPerMinute, queryP95PerMinute
        }

        package var series: Series
        package var promQL: String
        /// Multiplies the values (a family's scale; 1000 for seconds → ms).
        package var scale: Double

        package init(series: Series, promQL: String, scale: Double) {
            self.series = series
            self.promQL = promQL
            self.scale = scale
        }
    }

    package static let minutes = 60
    package static let stepSeconds = 60.0

    /// Spend per minute, oldest first.
    package var costPerMinute: [Double] = []
    package var failedPerMinute: [Int] = []
    package var queryP95PerMinute: [Double?] = []

    package init() {}

    /// The range queries for `plan`'s families: spend, failures and the query (else LLM) p95, each per minute.
    package static func queries(for plan: FleetQueryPlan, match: SeriesMatch, model: String? = nil) -> [Query] {
        let base = PromQLBuilder(match: match, window: .oneMinute)
        var queries: [Query] = []
        for query in plan.queries {
            let builder = FleetQueryPlan.builder(base, for: query.family, model: model)
            switch query.purpose {
            case .costInWindow:
                queries.append(
                    Query(
                        series: .costPerMinute, promQL: builder.counterIncrease(query.family.counterName),
                        scale: query.family.mapping.scale))
            case .errorsByType:
                queries.append(
                    Query(series: .failedPerMinute, promQL: builder.counterIncrease(query.family.counterName), scale: 1)
                )
            case .failedCallsByType:
                guard let label = query.family.labels.errorType.first else { continue }
                queries.append(
                    Query(
                        series: .failedPerMinute,
                        promQL: builder.histogramCount(query.family.name, extra: [LabelMatcher(label, .notEqual, "")]),
                        scale: 1))
            default: continue
            }
        }
        let latency = [Component.query, .llm].lazy.compactMap { component in
            plan.queries.first { $0.purpose == .count(component) }
        }.first
        if let latency {
            let builder = FleetQueryPlan.builder(base, for: latency.family, model: model)
            queries.append(
                Query(
                    series: .queryP95PerMinute, promQL: builder.histogramQuantile(0.95, histogram: latency.family.name),
                    scale: latency.family.mapping.scale * 1000))
        }
        return queries
    }

    /// Fills the series from the answers of a range ending at `end` (Unix seconds, whole minutes back).
    package mutating func apply(_ query: Query, _ response: PrometheusAPIResponse, end: Double) {
        var slots = [Double?](repeating: nil, count: Self.minutes)
        let start = end - Self.stepSeconds * Double(Self.minutes - 1)
        for series in response.series {
            for point in series.points where point.value.isFinite {
                let index = Int(((point.time - start) / Self.stepSeconds).rounded())
                guard slots.indices.contains(index) else { continue }
                slots[index] = (slots[index] ?? 0) + point.value * query.scale
            }
        }
        switch query.series {
        case .costPerMinute: costPerMinute = slots.map { $0 ?? 0 }
        case .failedPerMinute: failedPerMinute = slots.map { Int(FleetFigures.count($0 ?? 0)) }
        case .queryP95PerMinute: queryP95PerMinute = slots
        }
    }
}
