import OpsEngine

/// The dashboard screen: header and panels, rendered purely into a ``ScreenBuffer``.
///
/// Adapts to the area (see `DashboardLayout`): every panel from 80×24, more rows, columns and
/// history as the screen grows, a summary of the key figures below 80×24 and a notice below
/// 40×10. Any size, including 0×0, is safe.
package enum DashboardView {
    /// The line shown when the area is smaller than the summary needs.
    package static let enlargeNotice = "enlarge the terminal (needs 40×10)"

    package static func render(
        _ input: DashboardInput, model: DashboardModel, into buffer: inout ScreenBuffer, area: Rect,
        context: RenderContext
    ) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        buffer.fill(area)
        let layout = DashboardLayout(area: area, optional: model.panelsWithData)
        let environment = PanelEnvironment(
            input: input, model: model, context: context, detail: layout.detail, placed: Set(layout.panels.keys))
        switch layout.arrangement {
        case .notice:
            let notice = context.glyphs.isUnicode ? enlargeNotice : "enlarge the terminal (needs 40x10)"
            let text = TerminalText.truncate(notice, toWidth: area.width, ellipsis: context.glyphs.ellipsis)
            buffer.put(text, in: area.row(0), style: Style(.warning))
        case .summary:
            HeaderBar(environment: environment).render(in: layout.header, buffer: &buffer)
            SummaryView(environment: environment).render(in: layout.body, buffer: &buffer)
        case .panels:
            HeaderBar(environment: environment).render(in: layout.header, buffer: &buffer)
            for panel in PanelID.allCases {
                guard let rect = layout.panels[panel] else { continue }
                render(panel, environment: environment, in: rect, buffer: &buffer)
            }
        }
    }

    /// What a panel needs its source to report; without it the panel says so instead of showing zeros.
    static func requiredCoverage(_ panel: PanelID) -> SnapshotCoverage {
        switch panel {
        case .cost: return .cost
        case .latency: return .latency
        case .errors: return .errors
        case .breakers: return .breakers
        case .alerts: return .alerts
        case .cache: return .cache
        case .guardrails: return .guardrails
        case .quality: return .quality
        case .traces: return .traces
        }
    }

    /// The line an uncovered panel shows.
    package static let notReported = "not reported by this source"

    private static func render(
        _ panel: PanelID, environment: PanelEnvironment, in rect: Rect, buffer: inout ScreenBuffer
    ) {
        guard environment.input.snapshot.coverage.contains(requiredCoverage(panel)) else {
            let inner = environment.frame(panel).render(in: rect, buffer: &buffer, context: environment.context)
            guard !inner.isEmpty else { return }
            let dash = environment.context.glyphs.isUnicode ? "— " : "- "
            let text = TerminalText.truncate(
                dash + notReported, toWidth: inner.width - 2, ellipsis: environment.ellipsis)
            buffer.put(text, in: inner.row(0).inset(horizontal: 1, vertical: 0), style: Style(.muted))
            return
        }
        switch panel {
        case .cost: CostPanel(environment: environment).render(in: rect, buffer: &buffer)
        case .latency: LatencyPanel(environment: environment).render(in: rect, buffer: &buffer)
        case .errors: ErrorsPanel(environment: environment).render(in: rect, buffer: &buffer)
        case .breakers: BreakersPanel(environment: environment).render(in: rect, buffer: &buffer)
        case .alerts: AlertsPanel(environment: environment).render(in: rect, buffer: &buffer)
        case .cache: CachePanel(environment: environment).render(in: rect, buffer: &buffer)
        case .guardrails: GuardrailsPanel(environment: environment).render(in: rect, buffer: &buffer)
        case .quality: QualityPanel(environment: environment).render(in: rect, buffer: &buffer)
        case .traces: TracesPanel(environment: environment).render(in: rect, buffer: &buffer)
        }
    }
}
