import OpsModel

/// The queries one fleet refresh sends, built from the catalog's families the server actually has.
///
/// Per component the first latency family present is used (catalog order, config mappings first); likewise the
/// first cost, requests and errors family. Every token, breaker and budget family is read.
package struct FleetQueryPlan: Sendable, Hashable {
    package static let quantiles: [Double] = [0.5, 0.9, 0.95, 0.99]

    package var queries: [FleetQuery]
    /// The families the plan reads.
    package var families: [FleetFamily]
    /// What the figures can show: the roles the server had.
    package var coverage: SnapshotCoverage

    /// - Parameter model: a drill-down into one model: each family with a model label gets `label="model"` (its first
    ///   model label); families without one are read whole.
    package init(families present: [FleetFamily], builder fleetBuilder: PromQLBuilder, model: String? = nil) {
        func builderFor(_ family: FleetFamily) -> PromQLBuilder {
            Self.builder(fleetBuilder, for: family, model: model)
        }
        var chosen: [FleetFamily] = []
        var queries: [FleetQuery] = []
        var coverage: SnapshotCoverage = []
        func add(_ purpose: FleetQuery.Purpose, _ family: FleetFamily, _ build: (PromQLBuilder) -> String) {
            let promQL = build(builderFor(family))
            queries.append(FleetQuery(purpose: purpose, family: family, promQL: promQL))
            if chosen.last != family && !chosen.contains(family) { chosen.append(family) }
        }
        let errorsFamily = present.first { $0.role == .errors }
        if let cost = present.first(where: { $0.role == .cost }) {
            coverage.insert(.cost)
            let name = cost.counterName
            add(.costInWindow, cost) { builder in builder.counterIncrease(name) }
            add(.costTotal, cost) { builder in
                var total = builder
                total.window = .all
                return total.counterIncrease(name)
            }
            if !cost.labels.model.isEmpty {
                add(.costByModel, cost) { builder in builder.counterIncrease(name, by: cost.labels.model) }
            }
            for range in [TimeWindow.oneMinute, .fifteenMinutes, .oneHour] {
                add(.burnPerSecond(range), cost) { builder in builder.counterSamples(name, range: range) }
            }
        }
        var callsFamily: FleetFamily?
        for component in [Component.llm, .tool, .query, .retrieval] {
            guard let family = present.first(where: { $0.role == .latency(component) && $0.isHistogram }) else {
                continue
            }
            coverage.insert(.latency)
            for q in Self.quantiles {
                add(.quantile(component, q), family) { builder in builder.histogramQuantile(q, histogram: family.name) }
            }
            add(.count(component), family) { builder in builder.histogramCount(family.name) }
            add(.sum(component), family) { builder in builder.histogramSum(family.name) }
            if component == .llm, !family.labels.model.isEmpty {
                let modelLabels = family.labels.model
                for q in Self.quantiles {
                    add(.modelQuantile(q), family) { builder in
                        builder.histogramQuantile(q, histogram: family.name, by: modelLabels)
                    }
                }
                add(.modelCount, family) { builder in builder.histogramCount(family.name, by: modelLabels) }
                add(.modelSum, family) { builder in builder.histogramSum(family.name, by: modelLabels) }
            }
            if callsFamily == nil, family.mapping.countsCalls { callsFamily = family }
        }
        if let requests = present.first(where: { $0.role == .requests }) {
            coverage.insert(.requests)
            add(.requests, requests) { builder in builder.counterIncrease(requests.counterName) }
        } else if callsFamily != nil {
            coverage.insert(.requests)
        }
        if let errors = errorsFamily {
            coverage.insert(.errors)
            var labels: [String] = []
            for label in errors.labels.errorType + errors.labels.status + errors.labels.category
            where !labels.contains(label) {
                labels.append(label)
            }
            add(.errorsByType, errors) { builder in builder.counterIncrease(errors.counterName, by: labels) }
        } else if let calls = callsFamily, let label = calls.labels.errorType.first {
            coverage.insert(.errors)
            add(.failedCallsByType, calls) { builder in
                builder.histogramCount(calls.name, by: [label], extra: [LabelMatcher(label, .notEqual, "")])
            }
        }
        for tokens in present {
            guard case let .tokens(kind) = tokens.role else { continue }
            coverage.insert(.tokens)
            let byType = kind == nil ? tokens.labels.tokenType : []
            add(.tokens, tokens) { builder in builder.counterIncrease(tokens.counterName, by: byType) }
        }
        for breaker in present {
            switch breaker.role {
            case let .breakerState(encoding):
                coverage.insert(.breakers)
                var labels = ["instance"] + breaker.labels.targetAndDetail
                if case let .stateLabel(state) = encoding { labels.append(state) }
                add(.breakerStates, breaker) { builder in builder.gauge(breaker.name, by: labels) }
            case .breakerOpen:
                coverage.insert(.breakers)
                add(.breakerStates, breaker) { builder in
                    builder.gauge(breaker.name, by: ["instance"] + breaker.labels.targetAndDetail)
                }
            case .budgetRemaining:
                coverage.insert(.budgets)
                add(.budgetRemaining, breaker) { builder in builder.gauge(breaker.name, by: breaker.labels.target) }
            case .budgetLimit:
                coverage.insert(.budgets)
                add(.budgetLimit, breaker) { builder in builder.gauge(breaker.name, by: breaker.labels.target) }
            default: continue
            }
        }
        self.queries = queries
        families = chosen
        self.coverage = coverage
    }

    /// `base` narrowed to `model` by the family's first model label; breakers and families without one stay whole
    /// (a deployment's state is not one model's traffic).
    package static func builder(_ base: PromQLBuilder, for family: FleetFamily, model: String?) -> PromQLBuilder {
        switch family.role {
        case .breakerState, .breakerOpen, .breakerTrips: return base
        default: break
        }
        guard let model, let label = family.labels.model.first else { return base }
        var narrowed = base
        narrowed.match = base.match.narrowed(label, equals: model)
        return narrowed
    }
}
