import OpsModel
import OpsEngine

/// The most recent traces, as sorted by the user: time, root, user, models, tokens, cost,
/// latency and outcome.
struct TracesPanel: Sendable {
    var environment: PanelEnvironment

    func render(in area: Rect, buffer: inout ScreenBuffer) {
        let traces = environment.model.traces
        let inner = environment.frame(.traces, trailing: "by " + environment.input.traceSortLabel)
            .render(in: area, buffer: &buffer, context: environment.context)
        let padded = inner.inset(horizontal: 1, vertical: 0)
        guard !padded.isEmpty else { return }
        guard !traces.isEmpty else {
            buffer.put("no traces yet", in: padded, style: Style(.muted))
            return
        }
        table(traces).render(in: padded, buffer: &buffer, context: environment.context)
    }

    private func table(_ traces: [TraceSummary]) -> ColumnTable {
        let glyphs = environment.glyphs
        let targetMs = environment.input.snapshot.latency.targetsMs[.query]
        let rows = traces.map { trace -> Table.Row in
            let millis = Double(trace.durationNanos) / 1_000_000
            let status: Table.Cell = trace.isFailed
                ? Table.Cell(glyphs.failed + " " + (trace.errorType ?? "error"), style: Style(.critical))
                : Table.Cell(glyphs.ok + " ok", style: Style(.ok))
            let tokens = trace.tokens.input + trace.tokens.output
            return Table.Row([
                Table.Cell(DashboardFormat.clock(trace.startNanos), style: Style(.muted)),
                Table.Cell(trace.name),
                Table.Cell(trace.userID ?? "", style: Style(.muted)),
                Table.Cell(trace.models.joined(separator: ",")),
                Table.Cell(trace.tools.joined(separator: ","), style: Style(.muted)),
                Table.Cell(tokens > 0 ? DashboardFormat.tokens(tokens) : ""),
                Table.Cell(Money.format(trace.costUSD)),
                Table.Cell(DurationText.label(millis: millis), style: Style(LatencyPanel.role(millis, target: targetMs))),
                status,
            ])
        }
        return ColumnTable(
            columns: [
                .init("time", width: .length(8), priority: 90),
                .init("root", width: .fill(2), minimumWidth: 16, priority: 85),
                .init("user", width: .length(10), priority: 40),
                .init("models", width: .fill(2), minimumWidth: 12, priority: 50),
                .init("tools", width: .fill(2), minimumWidth: 14, priority: 35),
                .init("tokens", width: .length(6), alignment: .right, priority: 45),
                .init("cost", width: .length(8), alignment: .right, priority: 70),
                .init("latency", width: .length(7), alignment: .right, priority: 80),
                .init("status", width: .fill(2), minimumWidth: 14, priority: 100),
            ],
            rows: rows, selected: environment.selectedRow(.traces), highlightsSelection: environment.isFocused(.traces))
    }
}
