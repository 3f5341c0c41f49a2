/// The last hour per minute (the panels' sparklines), from `/api/v1/query_range` with a 60 s step.
public struct FleetHistory: Sendable, Hashable {
    /// A range query and the series it fills.
    public struct Query: Sendable, Hashable {
        public enum Series: Sendable, Hashable {
            case costPerMinute, failedPerMinute, queryP95PerMinute
        }

        public var series: Series
        public var promQL: String
        /// Multiplies the values (a family's scale; 1000 for seconds → ms).
        public var scale: Double

        public init(series: Series, promQL: String, scale: Double) {
            self.series = series
            self.promQL = promQL
            self.scale = scale
        }
    }

    public static let minutes = 60
    public static let stepSeconds = 60.0

    /// Spend per minute, oldest first.
    public var costPerMinute: [Double] = []
    public var failedPerMinute: [Int] = []
    public var queryP95PerMinute: [Double?] = []

    public init() {}

    /// The range queries for `plan`'s families: spend, failures and the query (else LLM) p95, each per minute.
    public static func queries(for plan: FleetQueryPlan, match: SeriesMatch, model: String? = nil) -> [Query] {
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
    public mutating func apply(_ query: Query, _ response: PrometheusAPIResponse, end: Double) {
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
