/// The queries one fleet refresh sends, built from the families the server actually has.
///
/// Per component, the first latency family present is used (so `gen_ai_invoke_agent_duration_seconds` wins over
/// `gen_ai_workflow_duration_seconds` for queries); likewise the first cost, token, error and breaker family.
public struct FleetQueryPlan: Sendable, Hashable {
    public static let quantiles: [Double] = [0.5, 0.9, 0.95, 0.99]

    public var queries: [FleetQuery]
    /// The families the plan reads, in catalog order.
    public var families: [FleetFamily]

    /// - Parameter available: metric names the server has (nil: assume every family is there).
    public init(families catalog: [FleetFamily], available: Set<String>?, builder: PromQLBuilder) {
        let present = catalog.filter { available?.contains($0.probeName) ?? true }
        var chosen: [FleetFamily] = []
        func first(_ role: FleetFamily.Role) -> FleetFamily? {
            guard let family = present.first(where: { $0.role == role }) else { return nil }
            chosen.append(family)
            return family
        }
        var queries: [FleetQuery] = []
        func add(_ purpose: FleetQuery.Purpose, _ family: FleetFamily, _ promQL: String) {
            queries.append(FleetQuery(purpose: purpose, family: family, promQL: promQL))
        }
        if let cost = first(.cost) {
            add(.costInWindow, cost, builder.counterIncrease(cost.name))
            var total = builder
            total.window = .all
            add(.costTotal, cost, total.counterIncrease(cost.name))
            if let model = cost.modelLabel { add(.costByModel, cost, builder.counterIncrease(cost.name, by: [model])) }
            for range in [TimeWindow.oneMinute, .fifteenMinutes, .oneHour] {
                add(.burnPerSecond(range), cost, builder.counterRate(cost.name, range: range))
            }
        }
        for component in [Component.llm, .tool, .query, .retrieval] {
            guard let family = first(.latency(component)) else { continue }
            for q in Self.quantiles { add(.quantile(component, q), family, builder.histogramQuantile(q, histogram: family.name)) }
            add(.count(component), family, builder.histogramCount(family.name))
            add(.sum(component), family, builder.histogramSum(family.name))
            if component == .llm, let model = family.modelLabel {
                for q in Self.quantiles {
                    add(.modelQuantile(q), family, builder.histogramQuantile(q, histogram: family.name, by: [model]))
                }
                add(.modelCount, family, builder.histogramCount(family.name, by: [model]))
                add(.modelSum, family, builder.histogramSum(family.name, by: [model]))
            }
            if component == .llm, !present.contains(where: { $0.role == .errors }), let label = family.errorLabels.first {
                add(
                    .failedCallsByType, family,
                    builder.histogramCount(family.name, by: [label], extra: [LabelMatcher(label, .notEqual, "")]))
            }
        }
        if let input = first(.inputTokens) { add(.inputTokens, input, builder.counterIncrease(input.name)) }
        if let output = first(.outputTokens) { add(.outputTokens, output, builder.counterIncrease(output.name)) }
        if let errors = first(.errors) { add(.errorsByType, errors, builder.counterIncrease(errors.name, by: errors.errorLabels)) }
        if let breaker = first(.breakerState) {
            add(.breakerStates, breaker, builder.gauge(breaker.name, by: ["instance"] + (breaker.targetLabel.map { [$0] } ?? [])))
        }
        self.queries = queries
        families = chosen
    }
}
