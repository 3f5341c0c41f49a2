import OpsModel
import OpsEngine

/// The trace list: one row per trace, newest first or as sorted, inside a titled box.
///
/// ```
/// ╭ Failed traces · transient errors ───────────── 3 of 3 · sort time · 5m ╮
/// │time     name          models      tokens     cost latency status       │
/// ```
package struct TraceListView: Widget, Sendable {
    package var result: TraceListResult
    package var position: ListPosition
    package var window: TimeWindow?

    package init(result: TraceListResult, position: ListPosition, window: TimeWindow?) {
        self.result = result
        self.position = position
        self.window = window
    }

    enum Column: Hashable, Sendable, CaseIterable {
        case time, name, user, models, spans, tokens, cost, latency, status, score
    }

    /// A quality drill-down's list shows each trace's score of the metric after its time.
    static let scoreColumn: (Column, Table.Column, PriorityItem<Column>) =
        (.score, .init("score", width: .length(6), alignment: .right), PriorityItem(.score, minimumSize: 6, priority: 9))

    static let columns: [(Column, Table.Column, PriorityItem<Column>)] = [
        (.time, .init("time", width: .length(8)), PriorityItem(.time, minimumSize: 8, priority: 9)),
        (.name, .init("name", width: .fill(2)), PriorityItem(.name, minimumSize: 14, priority: 10)),
        (.user, .init("user", width: .length(8)), PriorityItem(.user, minimumSize: 8, priority: 4)),
        (.models, .init("models", width: .fill(1)), PriorityItem(.models, minimumSize: 12, priority: 6)),
        (.spans, .init("spans", width: .length(5), alignment: .right), PriorityItem(.spans, minimumSize: 5, priority: 3)),
        (.tokens, .init("tokens", width: .length(6), alignment: .right), PriorityItem(.tokens, minimumSize: 6, priority: 5)),
        (.cost, .init("cost", width: .length(8), alignment: .right), PriorityItem(.cost, minimumSize: 8, priority: 7)),
        (.latency, .init("latency", width: .length(7), alignment: .right), PriorityItem(.latency, minimumSize: 7, priority: 8)),
        (.status, .init("status", width: .fill(1)), PriorityItem(.status, minimumSize: 12, priority: 8)),
    ]

    package func render(in area: Rect, buffer: inout ScreenBuffer, context: RenderContext) {
        guard !area.isEmpty else { return }
        var trailing = "\(result.rows.count)"
        if result.isTruncated { trailing += " of \(result.matched)" }
        trailing += " · sort \(result.sort.label)"
        if let window { trailing += " · \(window.label)" }
        let block = Block(title: result.title, trailingTitle: trailing)
        block.render(in: area, buffer: &buffer, context: context)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return }
        if result.rows.isEmpty {
            let note = "No traces match. Esc goes back; / changes the filter; 1-5 widens the window."
            Paragraph(note, style: Style(.muted)).render(in: inner.inset(horizontal: 1, vertical: 1), buffer: &buffer, context: context)
            return
        }
        var columns = Self.columns
        if !result.scores.isEmpty, result.scores.count == result.rows.count { columns.insert(Self.scoreColumn, at: 1) }
        let visible = Set(PriorityFit.visible(columns.map(\.2), in: inner.width, spacing: 1))
        let chosen = columns.filter { visible.contains($0.0) }
        let rows = result.rows.enumerated().map { index, summary in
            Table.Row(chosen.map { cell($0.0, summary, index: index) }, style: Style(.text))
        }
        Table(
            columns: chosen.map(\.1), rows: rows, selected: position.selected, offset: position.offset
        ).render(in: inner, buffer: &buffer, context: context)
    }

    private func cell(_ column: Column, _ trace: TraceSummary, index: Int) -> Table.Cell {
        switch column {
        case .score:
            let score = result.scores.indices.contains(index) ? result.scores[index] : nil
            return Table.Cell(score.map(QualityPanel.score) ?? "–", style: Style(.accent, .bold))
        case .time: return Table.Cell(ClockText.time(nanos: trace.startNanos), style: Style(.muted))
        case .name: return Table.Cell(trace.name.isEmpty ? "(unnamed)" : trace.name)
        case .user: return Table.Cell(trace.userID ?? "–", style: Style(.muted))
        case .models: return Table.Cell(trace.models.joined(separator: ","))
        case .spans: return Table.Cell(String(trace.spanCount))
        case .tokens: return Table.Cell(CountText.compact(trace.tokens.total))
        case .cost: return Table.Cell(Money.format(trace.costUSD))
        case .latency: return Table.Cell(DurationText.label(nanos: trace.durationNanos))
        case .status: return Self.status(trace)
        }
    }

    static func status(_ trace: TraceSummary) -> Table.Cell {
        guard trace.isFailed else { return Table.Cell("ok", style: Style(.ok)) }
        var text = trace.errorType ?? "error"
        if trace.failedSpans > 1 { text = "\(trace.failedSpans)× " + text }
        return Table.Cell(text, style: Style(.critical, .bold))
    }
}
