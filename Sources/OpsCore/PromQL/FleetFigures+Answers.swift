extension FleetFigures {
    /// Fills the figures from each query's answer (a failed query leaves its figure out and notes why).
    public init(
        plan: FleetQueryPlan, answers: [Result<PrometheusAPIResponse, some Error>], asOfNanos: Int64, window: TimeWindow
    ) {
        self.init(asOfNanos: asOfNanos, window: window)
        var accumulator = LatencyAccumulator()
        for (query, answer) in zip(plan.queries, answers) {
            switch answer {
            case let .failure(error):
                if problems.count < 5 { problems.append("\(query.family.name): \(error)") }
            case let .success(response):
                apply(response, to: query, latency: &accumulator)
            }
        }
        latency = accumulator.byComponent()
        latencyByModel = accumulator.byModel()
        if let llm = latency[.llm] { requests = Int(llm.count) }
        if let breakers { self.breakers = breakers.sorted { ($0.state.severity, $0.target) > ($1.state.severity, $1.target) } }
        if var errors {
            errors.byType.sort { $0.count != $1.count ? $0.count > $1.count : $0.type < $1.type }
            self.errors = errors
        }
    }

    private mutating func apply(_ response: PrometheusAPIResponse, to query: FleetQuery, latency: inout LatencyAccumulator) {
        let value = Self.finite(response.singleValue) ?? 0
        switch query.purpose {
        case .costInWindow: cost(\.windowUSD, value)
        case .costTotal: cost(\.totalUSD, value)
        case .costByModel:
            let label = query.family.modelLabel ?? ""
            let shares = response.series.compactMap { series -> CostSummary.Share? in
                guard let usd = Self.finite(series.value), usd != 0 else { return nil }
                return CostSummary.Share(name: Self.name(series.labels[label]), usd: usd, spans: 0)
            }
            cost(\.byModel, shares.sorted { $0.usd != $1.usd ? $0.usd > $1.usd : $0.name < $1.name })
        case let .burnPerSecond(range):
            let perHour = value * 3600
            switch range {
            case .oneMinute: cost(\.burnPerHour1m, perHour)
            case .fifteenMinutes: cost(\.burnPerHour15m, perHour)
            default: cost(\.burnPerHour1h, perHour)
            }
        case let .quantile(component, q): latency.set(component: component, quantile: q, seconds: response.singleValue)
        case let .count(component): latency.set(component: component, count: value)
        case let .sum(component): latency.set(component: component, sumSeconds: value)
        case let .modelQuantile(q):
            for series in response.series {
                latency.set(model: Self.name(series.labels[query.family.modelLabel ?? ""]), quantile: q, seconds: series.value)
            }
        case .modelCount:
            for series in response.series {
                latency.set(model: Self.name(series.labels[query.family.modelLabel ?? ""]), count: Self.finite(series.value) ?? 0)
            }
        case .modelSum:
            for series in response.series {
                latency.set(model: Self.name(series.labels[query.family.modelLabel ?? ""]), sumSeconds: Self.finite(series.value) ?? 0)
            }
        case .inputTokens:
            var tokens = self.tokens ?? TokenUsage()
            tokens.input = Self.count(value)
            self.tokens = tokens
        case .outputTokens:
            var tokens = self.tokens ?? TokenUsage()
            tokens.output = Self.count(value)
            self.tokens = tokens
        case .errorsByType, .failedCallsByType:
            var errors = self.errors ?? Errors()
            for series in response.series {
                let count = Int(Self.count(Self.finite(series.value) ?? 0))
                guard count > 0 else { continue }
                let type = query.family.errorLabels.lazy.compactMap { series.labels[$0] }.first { !$0.isEmpty && $0 != "None" }
                let name = type ?? "unknown"
                if let index = errors.byType.firstIndex(where: { $0.type == name }) {
                    errors.byType[index].count += count
                } else {
                    errors.byType.append((name, count))
                }
            }
            self.errors = errors
        case .breakerStates:
            var breakers = self.breakers ?? []
            for series in response.series {
                guard let state = Self.breakerState(series.value) else { continue }
                let target = series.labels[query.family.targetLabel ?? ""] ?? query.family.name
                let instance = series.labels["instance"]
                let name = instance.map { "\(Self.name(target)) @ \($0)" } ?? Self.name(target)
                breakers.append(
                    BreakerStatus(target: name, kind: .model, state: state, since: asOfNanos, source: .explicit))
            }
            self.breakers = breakers
        }
    }

    private mutating func cost<Value>(_ path: WritableKeyPath<Cost, Value>, _ value: Value) {
        var cost = self.cost ?? Cost()
        cost[keyPath: path] = value
        self.cost = cost
    }

    /// 0 closed, 1 half-open (LiteLLM: degraded), 2 open; anything else is not a state.
    static func breakerState(_ value: Double?) -> BreakerState? {
        switch value {
        case 0?: return .closed
        case 1?: return .halfOpen
        case 2?: return .open
        default: return nil
        }
    }

    static func finite(_ value: Double?) -> Double? {
        guard let value, value.isFinite else { return nil }
        return value
    }

    /// Counts from `increase()` are extrapolated floats: round to the nearest whole call.
    static func count(_ value: Double) -> Int64 {
        guard value.isFinite, value > 0 else { return 0 }
        return value >= 9e18 ? Int64.max : Int64(value.rounded())
    }

    /// Empty and `"None"` label values mean the label is missing.
    static func name(_ value: String?) -> String {
        guard let value, !value.isEmpty, value != "None" else { return "unknown" }
        return value
    }
}

extension BreakerState {
    fileprivate var severity: Int {
        switch self {
        case .open: return 2
        case .halfOpen: return 1
        case .closed: return 0
        }
    }
}
