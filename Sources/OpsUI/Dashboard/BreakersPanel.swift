import OpsModel
import OpsEngine

/// One row per circuit breaker: state, time in state, failures, opens in the window.
struct BreakersPanel: Sendable {
    var environment: PanelEnvironment

    func render(in area: Rect, buffer: inout ScreenBuffer) {
        let breakers = environment.model.breakers
        let open = breakers.filter { $0.state == .open }.count
        let trailing = open > 0 ? "\(open) open" : breakers.isEmpty ? nil : "all closed"
        let inner = environment.frame(.breakers, trailing: trailing)
            .render(in: area, buffer: &buffer, context: environment.context)
        let padded = inner.inset(horizontal: 1, vertical: 0)
        guard !padded.isEmpty else { return }
        guard !breakers.isEmpty else {
            buffer.put("no breakers seen", in: padded, style: Style(.muted))
            return
        }
        table(breakers).render(in: padded, buffer: &buffer, context: environment.context)
    }

    private func table(_ breakers: [BreakerStatus]) -> ColumnTable {
        let snapshot = environment.input.snapshot
        let glyphs = environment.glyphs
        let range = Self.windowRange(snapshot)
        let rows = breakers.map { breaker -> Table.Row in
            let role = Self.role(breaker.state)
            let opens = range.map { breaker.opens(in: $0) } ?? breaker.openedCount
            return Table.Row([
                Table.Cell(glyphs.breaker(breaker.state) + " " + Self.label(breaker.state), style: Style(role, [.bold])),
                Table.Cell(breaker.target),
                Table.Cell(DashboardFormat.elapsed(since: breaker.since, asOf: snapshot.asOfNanos)),
                Table.Cell(String(breaker.consecutiveFailures), style: Style(breaker.consecutiveFailures > 0 ? .warning : .muted)),
                Table.Cell(String(opens), style: Style(opens > 0 ? .warning : .muted)),
                Table.Cell(Self.sourceLabel(breaker.source), style: Style(.muted)),
            ])
        }
        let stateWidth = breakers.map { 2 + Self.label($0.state).count }.max() ?? 8
        return ColumnTable(
            columns: [
                .init("state", width: .length(Swift.max(5, stateWidth)), priority: 100),
                .init("target", width: .fill(1), minimumWidth: 10, priority: 95),
                .init("for", width: .length(7), alignment: .right, priority: 80),
                .init("fails", width: .length(5), alignment: .right, priority: 60),
                .init("opens", width: .length(5), alignment: .right, priority: 70),
                .init("src", width: .length(3), priority: 40),
            ],
            rows: rows, selected: environment.selectedRow(.breakers),
            highlightsSelection: environment.isFocused(.breakers))
    }

    /// The window as a time range ending at the clock; nil for `all`.
    static func windowRange(_ snapshot: MetricsSnapshot) -> ClosedRange<Int64>? {
        guard let length = snapshot.window.nanos else { return nil }
        let (start, overflow) = snapshot.asOfNanos.subtractingReportingOverflow(length)
        return overflow ? nil : Swift.min(start, snapshot.asOfNanos)...snapshot.asOfNanos
    }

    static func role(_ state: BreakerState) -> ColorRole {
        switch state {
        case .closed: return .ok
        case .halfOpen: return .warning
        case .open: return .critical
        }
    }

    static func label(_ state: BreakerState) -> String {
        switch state {
        case .closed: return "closed"
        case .halfOpen: return "half-open"
        case .open: return "OPEN"
        }
    }

    /// The `src` column: a logged breaker line, opstop's inference, or a scraped gauge.
    static func sourceLabel(_ source: BreakerSource) -> String {
        switch source {
        case .explicit: return "log"
        case .inferred: return "inf"
        case .scraped: return "met"
        }
    }
}
