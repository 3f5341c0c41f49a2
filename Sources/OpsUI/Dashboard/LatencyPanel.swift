import OpsModel
import OpsEngine

/// Percentiles per component (and per model and tool), coloured against the SLA targets,
/// with the query p95 per minute.
struct LatencyPanel: Sendable {
    enum Part: Hashable, Sendable {
        case table, sparkline, empty
    }

    var environment: PanelEnvironment

    func render(in area: Rect, buffer: inout ScreenBuffer) {
        let latency = environment.input.snapshot.latency
        let inner = environment.frame(.latency, trailing: environment.input.snapshot.window.label)
            .render(in: area, buffer: &buffer, context: environment.context)
        guard !inner.isEmpty else { return }
        var sections = PanelSections<Part>()
        let rows = environment.model.latencyRows
        if rows.isEmpty {
            sections.add(.empty, height: 1, priority: 100)
        } else {
            sections.add(.table, height: Swift.min(rows.count + 1, 3), priority: 100, grows: true)
        }
        sections.add(.sparkline, height: environment.detail >= .full ? 2 : 1, priority: rows.count >= 4 ? 40 : 120)
        for (part, rect) in sections.layout(inner) {
            let padded = rect.inset(horizontal: 1, vertical: 0)
            switch part {
            case .empty:
                buffer.put("no spans in the window", in: padded, style: Style(.muted))
            case .table:
                table(rows, targets: latency.targetsMs).render(in: padded, buffer: &buffer, context: environment.context)
            case .sparkline:
                drawSparkline(latency, in: padded, buffer: &buffer)
            }
        }
    }

    private func table(_ rows: [LatencyRow], targets: [Component: Double]) -> ColumnTable {
        let glyphs = environment.glyphs
        let tableRows = rows.map { row -> Table.Row in
            let target = targets[row.component]
            let summary = row.summary
            func value(_ millis: Double) -> Table.Cell {
                Table.Cell(
                    DashboardFormat.latency(millis, count: summary.count, glyphs: glyphs),
                    style: Style(Self.role(millis, target: target)))
            }
            let label = row.kind == .component ? row.name : "  " + row.name
            let labelStyle = row.kind == .component ? Style(.text, [.bold]) : Style(.text)
            return Table.Row([
                Table.Cell(label, style: labelStyle), value(summary.p50Ms), value(summary.p90Ms), value(summary.p95Ms),
                value(summary.p99Ms), value(summary.maxMs),
                Table.Cell(DashboardFormat.count(Int(clamping: summary.count), width: 6), style: Style(.muted)),
                Table.Cell(target.map { DurationText.label(millis: $0) } ?? "", style: Style(.muted)),
            ])
        }
        return ColumnTable(
            columns: [
                .init("", width: .fill(1), minimumWidth: 12, priority: 100),
                .init("p50", width: .length(6), alignment: .right, priority: 80),
                .init("p90", width: .length(6), alignment: .right, priority: 50),
                .init("p95", width: .length(6), alignment: .right, priority: 95),
                .init("p99", width: .length(6), alignment: .right, priority: 90),
                .init("max", width: .length(6), alignment: .right, priority: 60),
                .init("n", width: .length(6), alignment: .right, priority: 30),
                .init("SLA", width: .length(5), alignment: .right, priority: 40),
            ],
            rows: tableRows, selected: environment.selectedRow(.latency),
            highlightsSelection: environment.isFocused(.latency))
    }

    private func drawSparkline(_ latency: LatencyBreakdown, in rect: Rect, buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let label = "p95/min"
        let labelWidth = label.count + 1
        buffer.put(label, x: rect.x, y: rect.maxY - 1, style: Style(.muted), maxWidth: rect.width)
        let target = latency.targetsMs[.query]
        let values = latency.queryP95PerMinute
        let last = values.last { $0 != nil } ?? nil
        let lastRole = last.map { Self.role($0, target: target) } ?? .muted
        let chart = Rect(x: rect.x + labelWidth, y: rect.y, width: rect.width - labelWidth, height: rect.height)
        Sparkline(values.map { $0 ?? 0 }, style: Style(lastRole == .ok ? .graph : lastRole))
            .render(in: chart, buffer: &buffer, context: environment.context)
    }

    /// ok up to the target, warning above it, critical above twice the target.
    static func role(_ millis: Double, target: Double?) -> ColorRole {
        guard let target, target > 0, millis.isFinite else { return .text }
        if millis > 2 * target { return .critical }
        if millis > target { return .warning }
        return .ok
    }
}
