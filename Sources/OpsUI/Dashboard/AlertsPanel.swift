import OpsEngine

/// Firing alerts, then recently resolved ones, newest first; newly firing rows flash.
struct AlertsPanel: Sendable {
    var environment: PanelEnvironment

    func render(in area: Rect, buffer: inout ScreenBuffer) {
        let alerts = environment.model.alerts
        let firing = alerts.filter { $0.state == .firing }.count
        let inner = environment.frame(.alerts, trailing: firing > 0 ? "\(firing) firing" : nil)
            .render(in: area, buffer: &buffer, context: environment.context)
        let padded = inner.inset(horizontal: 1, vertical: 0)
        guard !padded.isEmpty else { return }
        guard !alerts.isEmpty else {
            buffer.put(environment.glyphs.ok + " no alerts", in: padded, style: Style(.ok))
            return
        }
        table(alerts).render(in: padded, buffer: &buffer, context: environment.context)
    }

    private func table(_ alerts: [Alert]) -> ColumnTable {
        let now = environment.input.snapshot.asOfNanos
        let flashing = environment.input.flashingAlerts
        let rows = alerts.map { alert -> Table.Row in
            let firing = alert.state == .firing
            let role: ColorRole = firing ? (alert.severity == .critical ? .critical : .warning) : .muted
            let row = Table.Row(
                [
                    Table.Cell(firing ? "FIRING" : "resolved", style: Style(role, firing ? [.bold] : [])),
                    Table.Cell(alert.severity == .critical ? "crit" : "warn", style: Style(firing ? role : .muted)),
                    Table.Cell(alert.id, style: Style(firing ? .text : .muted)),
                    Table.Cell(alert.message, style: Style(.muted)),
                    Table.Cell(DashboardFormat.elapsed(since: alert.sinceNanos, asOf: now), style: Style(.text)),
                    Table.Cell(DashboardFormat.clock(alert.sinceNanos), style: Style(.muted)),
                ],
                style: Style(.text))
            guard flashing.contains(alert.id) else { return row }
            // A flashing row is drawn reversed in its severity colour, every cell alike.
            return Table.Row(row.cells.map { Table.Cell($0.text, style: Style(role, [.reverse, .bold])) })
        }
        return ColumnTable(
            columns: [
                .init("state", width: .length(8), priority: 100),
                .init("sev", width: .length(4), priority: 60),
                .init("alert", width: .fill(3), minimumWidth: 10, priority: 95),
                .init("message", width: .fill(4), minimumWidth: 14, priority: 30),
                .init("for", width: .length(7), alignment: .right, priority: 90),
                .init("since", width: .length(8), alignment: .right, priority: 25),
            ],
            rows: rows, selected: environment.selectedRow(.alerts), highlightsSelection: environment.isFocused(.alerts))
    }
}
