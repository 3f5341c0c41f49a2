import OpsModel

extension FleetFigures {
    /// Fills the figures from each query's answer (a failed query leaves its figure out and notes why).
    package init(
        plan: FleetQueryPlan, answers: [Result<PrometheusAPIResponse, some Error>], asOfNanos: Int64,
        window: TimeWindow,
        classifier: ErrorClassifier = ErrorClassifier()
    ) {
        self.init(asOfNanos: asOfNanos, window: window)
        coverage = plan.coverage
        var latency = LatencyAccumulator()
        var budgets = BudgetAccumulator()
        for (query, answer) in zip(plan.queries, answers) {
            switch answer {
            case let .failure(error):
                if problems.count < 5 { problems.append("\(query.family.name): \(error)") }
            case let .success(response):
                apply(response, to: query, latency: &latency, budgets: &budgets, classifier: classifier)
            }
        }
        self.latency = latency.byComponent()
        latencyByModel = latency.byModel()
        if requests == nil, plan.coverage.contains(.requests) {
            let byComponent = self.latency
            let calls = [Component.llm, .query, .tool, .retrieval].compactMap { byComponent[$0] }.first
            requests = calls.map { Int($0.count) }
        }
        if let breakers {
            self.breakers = breakers.sorted {
                $0.state.severity != $1.state.severity ? $0.state.severity > $1.state.severity : $0.target < $1.target
            }
        }
        if errors != nil { errors?.sort { $0.count != $1.count ? $0.count > $1.count : $0.type < $1.type } }
        if plan.coverage.contains(.budgets) { self.budgets = budgets.events(at: asOfNanos) }
    }

    private mutating func apply(
        _ response: PrometheusAPIResponse, to query: FleetQuery, latency: inout LatencyAccumulator,
        budgets: inout BudgetAccumulator, classifier: ErrorClassifier
    ) {
        let family = query.family
        let scale = family.mapping.scale
        let value = Self.finite(response.series.reduce(0.0) { $0 + (Self.finite($1.value) ?? 0) }) ?? 0
        func model(_ labels: [Label]) -> String { Self.name(MetricLabels.first(family.labels.model, in: labels)) }
        switch query.purpose {
        case .costInWindow: cost(\.windowUSD, value * scale)
        case .costTotal: cost(\.totalUSD, value * scale)
        case .costByModel:
            var byModel: [String: Double] = [:]
            for series in response.series {
                guard let usd = Self.finite(series.value), usd != 0 else { continue }
                byModel[model(series.labels), default: 0] += usd * scale
            }
            let shares = byModel.map { CostSummary.Share(name: $0.key, usd: $0.value, spans: 0) }
            cost(\.byModel, shares.sorted { $0.usd != $1.usd ? $0.usd > $1.usd : $0.name < $1.name })
        case let .burnPerSecond(range):
            let perSecond = response.resultType == .matrix ? Self.coveredRate(response) : value
            let perHour = perSecond * scale * 3600
            switch range {
            case .oneMinute: cost(\.burnPerHour1m, perHour)
            case .fifteenMinutes: cost(\.burnPerHour15m, perHour)
            default: cost(\.burnPerHour1h, perHour)
            }
        case let .quantile(component, q):
            latency.set(component: component, quantile: q, seconds: response.singleValue.map { $0 * scale })
        case let .count(component): latency.set(component: component, count: value)
        case let .sum(component): latency.set(component: component, sumSeconds: value * scale)
        case let .modelQuantile(q):
            for series in response.series {
                latency.set(model: model(series.labels), quantile: q, seconds: series.value.map { $0 * scale })
            }
        case .modelCount:
            for series in response.series {
                latency.add(model: model(series.labels), count: Self.finite(series.value) ?? 0)
            }
        case .modelSum:
            for series in response.series {
                latency.add(model: model(series.labels), sumSeconds: (Self.finite(series.value) ?? 0) * scale)
            }
        case .tokens:
            var tokens = self.tokens ?? TokenUsage()
            for series in response.series {
                let count = Self.count(Self.finite(series.value) ?? 0)
                let kind: TokenKind?
                if case let .tokens(fixed) = family.role, let fixed {
                    kind = fixed
                } else {
                    kind = MetricLabels.first(family.labels.tokenType, in: series.labels).flatMap(
                        TokenKind.init(label:))
                }
                switch kind {
                case .input?: tokens.input &+= count
                case .output?: tokens.output &+= count
                case .cacheRead?: tokens.cacheRead &+= count
                case .cacheCreation?: tokens.cacheCreation &+= count
                case .reasoning?: tokens.reasoning &+= count
                case nil: break
                }
            }
            self.tokens = tokens
        case .requests: requests = Int(Self.count(value))
        case .errorsByType, .failedCallsByType:
            var errors = self.errors ?? []
            for series in response.series {
                let count = Int(Self.count(Self.finite(series.value) ?? 0))
                guard count > 0 else { continue }
                let (type, category) = Self.error(series.labels, labels: family.labels, classifier: classifier)
                if let index = errors.firstIndex(where: { $0.type == type }) {
                    errors[index].count += count
                } else {
                    errors.append(ErrorSummary.TypeCount(type: type, category: category, count: count))
                }
            }
            self.errors = errors
        case .breakerStates:
            var breakers = self.breakers ?? []
            breakers.append(contentsOf: Self.breakers(response, family: family, asOfNanos: asOfNanos))
            self.breakers = breakers
        case .budgetRemaining:
            for series in response.series {
                budgets.remaining(Self.name(MetricLabels.first(family.labels.target, in: series.labels)), series.value)
            }
        case .budgetLimit:
            for series in response.series {
                budgets.limit(Self.name(MetricLabels.first(family.labels.target, in: series.labels)), series.value)
            }
        }
    }

    private mutating func cost<Value>(_ path: WritableKeyPath<Cost, Value>, _ value: Value) {
        var cost = self.cost ?? Cost()
        cost[keyPath: path] = value
        self.cost = cost
    }

    /// The error type (type label, else status, else the family's fixed type) and its category.
    static func error(_ series: [Label], labels: MetricLabels, classifier: ErrorClassifier) -> (String, ErrorCategory) {
        let type = MetricLabels.first(labels.errorType, in: series).flatMap { $0 == "None" ? nil : $0 }
        let status = MetricLabels.first(labels.status, in: series).flatMap { Int($0) }
        let stated = MetricLabels.first(labels.category, in: series).flatMap {
            ErrorCategory(rawValue: $0.lowercased())
        }
        let name = type ?? status.map { "HTTP \($0)" } ?? labels.fixedErrorType ?? "unknown"
        if let stated { return (name, stated) }
        if type == nil, let status { return (name, BuiltInErrorNames.category(ofStatus: status)) }
        return (name, classifier.category(ofType: name))
    }

    /// The summed per-second rate of counters over the time each series' samples cover (first to last sample,
    /// resets counted as in `rate()`), not over the whole range: a fleet scraped for 5 minutes at $72/h burns
    /// $72/h on the 1h figure too. A series with fewer than two samples adds nothing.
    package static func coveredRate(_ response: PrometheusAPIResponse) -> Double {
        var total = 0.0
        for series in response.series {
            let points = series.points.filter { $0.value.isFinite && $0.time.isFinite }
            guard let first = points.first, let last = points.last, last.time > first.time else { continue }
            var increase = 0.0
            for (earlier, later) in zip(points, points.dropFirst()) {
                increase += later.value >= earlier.value ? later.value - earlier.value : later.value
            }
            total += increase / (last.time - first.time)
        }
        return total
    }

    /// One breaker per instance and target, from a state gauge, a per-state series set, or an "open" gauge.
    static func breakers(_ response: PrometheusAPIResponse, family: FleetFamily, asOfNanos: Int64) -> [BreakerStatus] {
        var states: [String: BreakerState] = [:]
        for series in response.series {
            guard let value = finite(series.value) else { continue }
            let target = name(family.labels.target(in: series.labels) ?? family.name)
            let key = series.labels["instance"].map { "\(target) @ \($0)" } ?? target
            switch family.role {
            case let .breakerState(.numeric(table)):
                if let state = table[value] { states[key] = state }
            case let .breakerState(.stateLabel(label)):
                if value == 1, let text = series.labels[label], let state = BreakerState(parsing: text) {
                    states[key] = state
                }
            case .breakerOpen:
                states[key] = value > 0 ? .open : (states[key] ?? .closed)
            default: continue
            }
        }
        return states.map {
            BreakerStatus(
                target: $0.key, kind: family.mapping.targetKind, state: $0.value, since: asOfNanos, source: .scraped)
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

/// Budget gauges by target: remaining and limit answered separately.
struct BudgetAccumulator {
    private var remaining: [String: Double] = [:]
    private var limits: [String: Double] = [:]

    mutating func remaining(_ name: String, _ value: Double?) {
        if let value = FleetFigures.finite(value) { remaining[name] = value }
    }

    mutating func limit(_ name: String, _ value: Double?) {
        if let value = FleetFigures.finite(value) { limits[name] = value }
    }

    func events(at nanos: Int64) -> [BudgetEvent] {
        Set(remaining.keys).union(limits.keys).sorted().map { name in
            let limit = limits[name]
            let spent = limit.flatMap { limit in remaining[name].map { limit - $0 } }
            return BudgetEvent(timeNanos: nanos, name: name, limitUSD: limit, spentUSD: spent)
        }
    }
}
