import OpsModel
import OpsEngine

/// The selectable rows of every dashboard panel and what `Enter` on each opens.
///
/// Built once per frame from a ``DashboardInput``; independent of the screen size, so the
/// reducer can clamp selections and drill down without knowing the layout. Panels render
/// exactly these rows in this order and scroll to keep the selected one visible.
package struct DashboardModel: Sendable {
    /// At most this many error types follow the three categories.
    package static let maxErrorTypes = 10
    /// At most this many models and tools each follow the latency components.
    package static let maxLatencyDetailRows = 8
    /// At most this many guardrails, reasons and users each in the guardrails panel.
    package static let maxGuardrailRows = 5
    /// Resolved alerts stay listed for this long after resolving.
    package static let resolvedAlertRetentionNanos: Int64 = 3600 * 1_000_000_000

    let costModels: [CostSummary.Share]
    let latencyRows: [LatencyRow]
    let errorRows: [ErrorRow]
    let breakers: [BreakerStatus]
    let alerts: [Alert]
    let traces: [TraceSummary]
    /// The cache panel's rows: hits, then misses (none without lookups).
    let cacheRows: [Bool]
    let guardrailRows: [GuardrailRow]
    let qualityRows: [QualitySummary.Metric]
    /// The optional panels with something to show, in focus order.
    package let panelsWithData: [PanelID]
    let asOfNanos: Int64

    package init(_ input: DashboardInput) {
        let snapshot = input.snapshot
        asOfNanos = snapshot.asOfNanos
        costModels = snapshot.cost.byModel
        latencyRows = Self.latencyRows(snapshot.latency)
        errorRows = Self.errorRows(snapshot.errors)
        breakers = snapshot.breakers.sorted { lhs, rhs in
            (Self.rank(lhs.state), lhs.target) < (Self.rank(rhs.state), rhs.target)
        }
        alerts = Self.listedAlerts(snapshot.alerts, asOf: snapshot.asOfNanos)
        traces = input.recentTraces
        let coverage = snapshot.coverage
        cacheRows = coverage.contains(.cache) && snapshot.cache.lookups > 0 ? [true, false] : []
        guardrailRows = coverage.contains(.guardrails) ? Self.guardrailRows(snapshot.guardrails) : []
        qualityRows = coverage.contains(.quality) ? snapshot.quality.metrics : []
        var withData: [PanelID] = []
        // Provider prompt caching alone is a line of the cost panel, not a panel of its own.
        if !cacheRows.isEmpty { withData.append(.cache) }
        if coverage.contains(.guardrails), !snapshot.guardrails.isEmpty { withData.append(.guardrails) }
        if !qualityRows.isEmpty { withData.append(.quality) }
        panelsWithData = withData
    }

    /// Whether a panel has its place: the essential ones always, the optional ones with data.
    package func hasData(_ panel: PanelID) -> Bool {
        !panel.isOptional || panelsWithData.contains(panel)
    }

    /// How many selectable rows `panel` has.
    package func rowCount(_ panel: PanelID) -> Int {
        switch panel {
        case .cost: return costModels.count
        case .latency: return latencyRows.count
        case .errors: return errorRows.count
        case .breakers: return breakers.count
        case .alerts: return alerts.count
        case .cache: return cacheRows.count
        case .guardrails: return guardrailRows.count
        case .quality: return qualityRows.count
        case .traces: return traces.count
        }
    }

    /// What `Enter` on `row` of `panel` opens; nil when there is no such row.
    package func drillTarget(_ panel: PanelID, row: Int) -> DrillTarget? {
        guard row >= 0, row < rowCount(panel) else { return nil }
        switch panel {
        case .cost: return .model(costModels[row].name)
        case .latency: return latencyRows[row].drillTarget
        case .errors: return errorRows[row].drillTarget
        case .breakers: return .breaker(breakers[row].target)
        case .alerts:
            let alert = alerts[row]
            return .alert(id: alert.id, from: alert.startedNanos, to: alert.resolvedNanos ?? asOfNanos)
        case .cache: return .cache(hit: cacheRows[row])
        case .guardrails: return guardrailRows[row].drillTarget
        case .quality: return .quality(metric: qualityRows[row].name)
        case .traces: return .trace(traces[row].traceID)
        }
    }

    /// The row of `panel` the input selects, clamped to the rows there are; nil when none.
    func selectedRow(_ panel: PanelID, in input: DashboardInput) -> Int? {
        let count = rowCount(panel)
        guard count > 0 else { return nil }
        return Swift.min(Swift.max(input.selection[panel] ?? 0, 0), count - 1)
    }

    /// Components with data in the window (query, llm, tool, retrieval), then the busiest
    /// models and tools.
    static func latencyRows(_ latency: LatencyBreakdown) -> [LatencyRow] {
        let components: [Component] = [.query, .llm, .tool, .retrieval]
        var rows = components.compactMap { component -> LatencyRow? in
            let summary = latency[component]
            guard summary.count > 0 else { return nil }
            return LatencyRow(kind: .component, component: component, name: component.rawValue, summary: summary)
        }
        rows += latency.byModel.prefix(maxLatencyDetailRows).map {
            LatencyRow(kind: .model, component: .llm, name: $0.name, summary: $0.summary)
        }
        rows += latency.byTool.prefix(maxLatencyDetailRows).map {
            LatencyRow(kind: .tool, component: .tool, name: $0.name, summary: $0.summary)
        }
        guard !latency.exemplars.isEmpty else { return rows }
        for index in rows.indices {
            rows[index].hasExemplars = latency.exemplars(kind: rows[index].exemplarKind, name: rows[index].name) != nil
        }
        return rows
    }

    /// The busiest guardrails, then the commonest reasons, then the users blocked or flagged most.
    static func guardrailRows(_ guardrails: GuardrailSummary) -> [GuardrailRow] {
        guardrails.byGuardrail.prefix(maxGuardrailRows).map(GuardrailRow.guardrail)
            + guardrails.byReason.prefix(maxGuardrailRows).map(GuardrailRow.reason)
            + guardrails.topUsers.prefix(maxGuardrailRows).map(GuardrailRow.user)
    }

    static func errorRows(_ errors: ErrorSummary) -> [ErrorRow] {
        ErrorCategory.allCases.map { ErrorRow.category($0, count: errors.byCategory[$0]) }
            + errors.byType.prefix(maxErrorTypes).map { ErrorRow.type($0) }
    }

    /// Firing alerts, then those resolved within the retention, each newest first.
    static func listedAlerts(_ alerts: [Alert], asOf now: Int64) -> [Alert] {
        let firing = alerts.filter { $0.state == .firing }
        let resolved = alerts.filter { alert in
            guard alert.state == .resolved, let at = alert.resolvedNanos else { return false }
            return now.subtractingReportingOverflow(at).partialValue <= resolvedAlertRetentionNanos
        }
        func newestFirst(_ lhs: Alert, _ rhs: Alert) -> Bool { (lhs.sinceNanos, rhs.id) > (rhs.sinceNanos, lhs.id) }
        return firing.sorted(by: newestFirst) + resolved.sorted(by: newestFirst)
    }

    /// Open breakers first, then half-open, then closed.
    static func rank(_ state: BreakerState) -> Int {
        switch state {
        case .open: return 0
        case .halfOpen: return 1
        case .closed: return 2
        }
    }
}
