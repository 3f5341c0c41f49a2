import OpsModel
import OpsEngine

/// Guardrails and the app's own rate limiter: requests checked, blocked, flagged and refused,
/// the guardrails, reasons and users behind them, and blocks per minute.
struct GuardrailsPanel: Sendable {
    enum Part: Hashable, Sendable {
        case totals, rows, sparkline
    }

    var environment: PanelEnvironment

    func render(in area: Rect, buffer: inout ScreenBuffer) {
        let guardrails = environment.input.snapshot.guardrails
        var trailing = environment.input.snapshot.window.label
        if let rate = guardrails.blockRate { trailing += " " + Percent.format(rate) + " blocked" }
        let inner = environment.frame(.guardrails, trailing: trailing)
            .render(in: area, buffer: &buffer, context: environment.context)
        guard !inner.isEmpty else { return }
        let rows = environment.model.guardrailRows
        var sections = PanelSections<Part>()
        sections.add(.totals, height: 1, priority: 100)
        sections.add(.rows, height: rows.isEmpty ? 0 : 2, priority: 90, grows: true)
        // The rows come before the sparkline: it only takes the line they leave (or stands in for none).
        if rows.isEmpty || inner.height >= 3 + rows.count {
            sections.add(.sparkline, height: 1, priority: 40, grows: rows.isEmpty)
        }
        for (part, rect) in sections.layout(inner) {
            let padded = rect.inset(horizontal: 1, vertical: 0)
            switch part {
            case .totals: drawTotals(guardrails, in: padded, buffer: &buffer)
            case .rows: table(rows).render(in: padded, buffer: &buffer, context: environment.context)
            case .sparkline: drawSparkline(guardrails, in: padded, buffer: &buffer)
            }
        }
    }

    /// Critical when the block rate at least doubled on the previous hour's (and rose a point),
    /// warning while anything is blocked.
    static func blockRole(_ guardrails: GuardrailSummary) -> ColorRole {
        guard let rate = guardrails.blockRate, guardrails.blocked > 0 else { return .ok }
        if let previous = guardrails.previousHourBlockRate, rate >= Swift.max(2 * previous, previous + 0.01) {
            return .critical
        }
        return .warning
    }

    private func drawTotals(_ guardrails: GuardrailSummary, in rect: Rect, buffer: inout ScreenBuffer) {
        var short = TextLine(DashboardFormat.count(guardrails.blocked), Style(Self.blockRole(guardrails), [.bold]))
        short.add(" blocked  ", Style(.muted))
        short.add(DashboardFormat.count(guardrails.flagged), Style(guardrails.flagged > 0 ? .warning : .text))
        short.add(" flagged", Style(.muted))
        var limited = short
        if guardrails.rateLimited > 0 {
            limited.add("  " + DashboardFormat.count(guardrails.rateLimited), Style(.text))
            limited.add(" rate-limited", Style(.muted))
        }
        var long = limited
        long.add(" of " + DashboardFormat.count(guardrails.checked), Style(.muted))
        TextLine.firstFitting([long, limited, short], width: rect.width)
            .render(in: rect, buffer: &buffer, context: environment.context)
    }

    private func table(_ rows: [GuardrailRow]) -> ColumnTable {
        let countWidth = Swift.max(5, rows.map { DashboardFormat.count($0.triggered).count }.max() ?? 5)
        let cells = rows.map { row -> Table.Row in
            Table.Row([
                Table.Cell(row.kind, style: Style(.muted)),
                Table.Cell(row.name, style: Style(.text)),
                Table.Cell(DashboardFormat.count(row.triggered), style: Style(row.triggered > 0 ? .warning : .muted)),
            ])
        }
        return ColumnTable(
            columns: [
                .init("", width: .length(6), priority: 60),
                .init("name", width: .fill(1), minimumWidth: 8, priority: 100),
                .init("count", width: .length(countWidth), alignment: .right, priority: 90),
            ],
            rows: cells, selected: environment.selectedRow(.guardrails),
            highlightsSelection: environment.isFocused(.guardrails))
    }

    private func drawSparkline(_ guardrails: GuardrailSummary, in rect: Rect, buffer: inout ScreenBuffer) {
        let label = "blocked/min"
        guard rect.width > label.count + 1 else { return }
        buffer.put(label, x: rect.x, y: rect.maxY - 1, style: Style(.muted), maxWidth: rect.width)
        let chart = Rect(x: rect.x + label.count + 1, y: rect.y, width: rect.width - label.count - 1, height: rect.height)
        Sparkline(guardrails.blockedPerMinute.map(Double.init), style: Style(.critical))
            .render(in: chart, buffer: &buffer, context: environment.context)
    }
}
