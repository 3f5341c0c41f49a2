import OpsModel
import OpsEngine

/// One trace: its totals, then the span tree with a waterfall bar per span on a shared time axis.
package struct TraceView: Widget, Sendable {
    package var traceID: TraceID
    /// nil when the store no longer has the trace (evicted).
    package var record: TraceRecord?
    package var position: ListPosition
    /// The `/` search; matching spans are marked.
    package var search: TraceFilter?

    package init(traceID: TraceID, record: TraceRecord?, position: ListPosition, search: TraceFilter? = nil) {
        self.traceID = traceID
        self.record = record
        self.position = position
        self.search = search
    }

    enum Column: Hashable, Sendable {
        case span, kind, target, tokensIn, tokensOut, cost, duration, waterfall, status
    }

    static let columns: [(Column, Table.Column, PriorityItem<Column>)] = [
        (.span, .init("span", width: .fill(3)), PriorityItem(.span, minimumSize: 18, priority: 10)),
        (.kind, .init("kind", width: .length(5)), PriorityItem(.kind, minimumSize: 5, priority: 3)),
        (.target, .init("model/tool", width: .fill(2)), PriorityItem(.target, minimumSize: 12, priority: 6)),
        (.tokensIn, .init("in", width: .length(6), alignment: .right), PriorityItem(.tokensIn, minimumSize: 6, priority: 5)),
        (.tokensOut, .init("out", width: .length(6), alignment: .right), PriorityItem(.tokensOut, minimumSize: 6, priority: 4)),
        (.cost, .init("cost", width: .length(7), alignment: .right), PriorityItem(.cost, minimumSize: 7, priority: 7)),
        (.duration, .init("time", width: .length(7), alignment: .right), PriorityItem(.duration, minimumSize: 7, priority: 9)),
        (.waterfall, .init("waterfall", width: .fill(2)), PriorityItem(.waterfall, minimumSize: 10, priority: 7)),
        (.status, .init("status", width: .fill(2)), PriorityItem(.status, minimumSize: 10, priority: 8)),
    ]

    package func render(in area: Rect, buffer: inout ScreenBuffer, context: RenderContext) {
        guard !area.isEmpty else { return }
        guard let record else {
            let block = Block(title: "Trace \(traceID)")
            block.render(in: area, buffer: &buffer, context: context)
            let note = "This trace is no longer in memory (the store keeps the most recent ones). Esc goes back."
            Paragraph(note, style: Style(.muted)).render(in: block.inner(area).inset(horizontal: 1, vertical: 1), buffer: &buffer, context: context)
            return
        }
        let summary = record.summary
        let block = Block(title: "Trace · " + (summary.name.isEmpty ? "(unnamed)" : summary.name), trailingTitle: traceID.description)
        block.render(in: area, buffer: &buffer, context: context)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return }
        let scores = Self.scores(record.evaluations)
        buffer.put(
            Self.totals(summary) + (scores.isEmpty ? "" : " · " + scores), in: inner.row(0),
            style: summary.isFailed ? Style(.warning) : Style(.muted))
        let tableArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        guard !tableArea.isEmpty else { return }
        let tree = TraceTree(record)
        let visible = Set(PriorityFit.visible(Self.columns.map(\.2), in: tableArea.width, spacing: 1))
        let chosen = Self.columns.filter { visible.contains($0.0) }
        let rects = Layout.horizontal(chosen.map(\.1.width), spacing: 1).split(tableArea.row(0))
        let barWidth = zip(chosen, rects).first { $0.0.0 == .waterfall }?.1.width ?? 0
        let axis = Axis(start: tree.startNanos, end: tree.endNanos, width: barWidth, full: context.glyphs.barFull)
        let rows = tree.rows.map { row -> Table.Row in
            let entry = record.entries[row.entryIndex]
            let matched = search.map { $0.matches(entry, evaluations: record.evaluations) } ?? false
            return Table.Row(chosen.map { cell($0.0, entry, row: row, axis: axis, matched: matched, glyphs: context.glyphs) })
        }
        Table(columns: chosen.map(\.1), rows: rows, selected: position.selected, offset: position.offset)
            .render(in: tableArea, buffer: &buffer, context: context)
    }

    static func totals(_ trace: TraceSummary) -> String {
        var parts = ["\(trace.spanCount) spans"]
        if trace.isFailed { parts.append("\(trace.failedSpans) failed") }
        parts.append("\(CountText.compact(trace.tokens.input)) in / \(CountText.compact(trace.tokens.output)) out tokens")
        parts.append(Money.format(trace.costUSD))
        parts.append(DurationText.label(nanos: trace.durationNanos))
        parts.append("started \(ClockText.time(nanos: trace.startNanos)) UTC")
        if let user = trace.userID { parts.append("user \(user)") }
        return parts.joined(separator: " · ")
    }

    private func cell(
        _ column: Column, _ entry: TraceRecord.Entry, row: TraceTree.Row, axis: Axis, matched: Bool, glyphs: GlyphSet
    ) -> Table.Cell {
        let span = entry.span
        switch column {
        case .span:
            let text = Self.treePrefix(row, glyphs: glyphs) + Self.noteText(row.note) + (span.name.isEmpty ? "(unnamed)" : span.name)
            return Table.Cell(text, style: matched ? Style(.accent, .bold) : nil)
        case .kind:
            return Table.Cell(span.component.rawValue, style: Style(.muted))
        case .target:
            return Table.Cell(span.model ?? span.tool ?? "")
        case .tokensIn:
            return Table.Cell(span.usage.input == 0 ? "" : CountText.compact(span.usage.input))
        case .tokensOut:
            return Table.Cell(span.usage.output == 0 ? "" : CountText.compact(span.usage.output))
        case .cost:
            return Table.Cell(entry.costUSD == 0 ? "" : Money.format(entry.costUSD), style: entry.countsUsage ? nil : Style(.muted))
        case .duration:
            return Table.Cell(DurationText.label(nanos: span.durationNanos))
        case .waterfall:
            return Table.Cell(axis.bar(span), style: Style(span.isError ? .critical : .graph))
        case .status:
            if let verdict = span.guardrail, verdict.outcome != .pass || !span.isError {
                let text = verdict.outcome.rawValue + " " + verdict.guardrail
                return Table.Cell(text, style: Style(SpanDetailView.role(verdict.outcome), verdict.outcome == .pass ? [] : .bold))
            }
            if let cache = span.cache, !span.isError {
                return Table.Cell(cache.hit ? "cache hit" : "cache miss", style: Style(cache.hit ? .ok : .muted))
            }
            switch span.status {
            case .error:
                var text = span.error?.type ?? "error"
                if let category = entry.errorCategory { text += " (\(category.rawValue))" }
                return Table.Cell(text, style: Style(.critical, .bold))
            case .ok: return Table.Cell("ok", style: Style(.ok))
            case .unset: return Table.Cell("–", style: Style(.muted))
            }
        }
    }

    /// The trace's scores for the totals line, each metric's lowest: `faithfulness 0.62, relevancy 0.9`.
    static func scores(_ evaluations: [Evaluation]) -> String {
        var lowest: [(String, Double)] = []
        for evaluation in evaluations {
            guard let score = evaluation.score, score.isFinite else { continue }
            if let index = lowest.firstIndex(where: { $0.0 == evaluation.name }) {
                lowest[index].1 = Swift.min(lowest[index].1, score)
            } else {
                lowest.append((evaluation.name, score))
            }
        }
        return lowest.map { $0.0 + " " + SpanDetailView.scoreText($0.1) }.joined(separator: ", ")
    }

    static func treePrefix(_ row: TraceTree.Row, glyphs: GlyphSet) -> String {
        guard row.depth > 0 else { return "" }
        let (pipe, tee, elbow) = glyphs.isUnicode ? ("│ ", "├ ", "└ ") : ("| ", "|-", "`-")
        var prefix = row.guides.map { $0 ? pipe : "  " }.joined()
        if row.depth > TraceTree.maxIndent + 1 { prefix += "…" }
        return prefix + (row.isLast ? elbow : tee)
    }

    static func noteText(_ note: TraceTree.Note?) -> String {
        switch note {
        case .none: return ""
        case .orphan: return "(orphan) "
        case .cycle: return "(cycle) "
        case .duplicateID: return "(dup id) "
        }
    }

    /// Maps span times onto the waterfall column.
    struct Axis {
        var start: Int64
        var end: Int64
        var width: Int
        var full: Character

        func bar(_ span: Span) -> String {
            guard width > 0 else { return "" }
            let total = Double(Swift.max(1, end &- start))
            let from = Double(span.startNanos &- start) / total
            let to = Double(span.endNanos &- start) / total
            let first = Swift.min(Swift.max(0, Int((from * Double(width)).rounded(.down))), width - 1)
            let last = Swift.min(Swift.max(first + 1, Int((to * Double(width)).rounded(.up))), width)
            return String(repeating: " ", count: first) + String(repeating: full, count: last - first)
        }
    }
}
