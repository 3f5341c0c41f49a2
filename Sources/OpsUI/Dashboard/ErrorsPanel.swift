import OpsModel
import OpsEngine

/// The error rate, failures per category and the top error types with their trend.
struct ErrorsPanel: Sendable {
    enum Part: Hashable, Sendable {
        case rate, rows, sparkline
    }

    var environment: PanelEnvironment

    func render(in area: Rect, buffer: inout ScreenBuffer) {
        let errors = environment.input.snapshot.errors
        let inner = environment.frame(.errors, trailing: environment.input.snapshot.window.label)
            .render(in: area, buffer: &buffer, context: environment.context)
        guard !inner.isEmpty else { return }
        var sections = PanelSections<Part>()
        sections.add(.rate, height: 1, priority: 100)
        sections.add(.rows, height: 3, priority: 90, grows: true)
        // The error types come before the failure sparkline: it only takes rows they leave.
        if inner.height >= 2 + environment.model.errorRows.count {
            sections.add(.sparkline, height: 1, priority: 40)
        }
        for (part, rect) in sections.layout(inner) {
            let padded = rect.inset(horizontal: 1, vertical: 0)
            switch part {
            case .rate: drawRate(errors, in: padded, buffer: &buffer)
            case .rows: drawRows(errors, in: padded, buffer: &buffer)
            case .sparkline: drawSparkline(errors, in: padded, buffer: &buffer)
            }
        }
    }

    /// Warning from 1 % failed spans, critical from 5 %.
    static func rateRole(_ rate: Double) -> ColorRole {
        if rate >= 0.05 { return .critical }
        if rate >= 0.01 { return .warning }
        return .ok
    }

    private func drawRate(_ errors: ErrorSummary, in rect: Rect, buffer: inout ScreenBuffer) {
        let coverage = environment.input.snapshot.coverage
        let knowsCalls = coverage.contains(.requests) || coverage.contains(.traces)
        let unit = coverage.contains(.traces) ? " spans" : " requests"
        let dash = environment.context.glyphs.isUnicode ? "—" : "-"
        var rate = TextLine("rate ", Style(.muted))
        if knowsCalls {
            rate.add(Percent.format(errors.rate), Style(Self.rateRole(errors.rate), [.bold]))
        } else {
            rate.add(dash, Style(.muted))
        }
        let calls = knowsCalls ? DashboardFormat.count(errors.spans) : dash
        var short = rate
        short.add("  " + DashboardFormat.count(errors.failedSpans), Style(.text))
        short.add("/" + calls, Style(.muted))
        var long = rate
        long.add("  " + DashboardFormat.count(errors.failedSpans), Style(.text))
        long.add(" of " + calls + unit, Style(.muted))
        TextLine.firstFitting([long, short, rate], width: rect.width)
            .render(in: rect, buffer: &buffer, context: environment.context)
    }

    private func drawRows(_ errors: ErrorSummary, in rect: Rect, buffer: inout ScreenBuffer) {
        let rows = environment.model.errorRows
        let maximum = Double(rows.reduce(0) { top, row in
            if case let .category(_, count) = row { return Swift.max(top, count) }
            return top
        })
        let countWidth = Swift.max(3, rows.map { row -> Int in
            switch row {
            case let .category(_, count): return DashboardFormat.count(count).count
            case let .type(type): return DashboardFormat.count(type.count).count
            }
        }.max() ?? 3)
        let list = RowList(
            count: rows.count, selected: environment.selectedRow(.errors),
            highlightsSelection: environment.isFocused(.errors))
        list.render(in: rect, buffer: &buffer) { index, line, buffer in
            switch rows[index] {
            case let .category(category, count):
                BarRow(
                    label: category.rawValue, value: Double(count), maximum: maximum,
                    valueText: DashboardFormat.count(count), labelWidth: 9, valueWidth: countWidth,
                    role: count == 0 ? .muted : Self.categoryRole(category)
                ).render(in: line, buffer: &buffer, context: environment.context)
            case let .type(type):
                drawType(type, countWidth: countWidth, in: line, buffer: &buffer)
            }
        }
    }

    private func drawType(_ type: ErrorSummary.TypeCount, countWidth: Int, in line: Rect, buffer: inout ScreenBuffer) {
        let glyphs = environment.glyphs
        let (arrow, role) = trend(type, glyphs: glyphs)
        let arrowWidth = TerminalText.displayWidth(of: arrow)
        let nameWidth = Swift.max(0, line.width - countWidth - arrowWidth - 4)
        let name = TerminalText.fit(type.type, toWidth: nameWidth, ellipsis: environment.ellipsis)
        buffer.put("  " + name, x: line.x, y: line.y, style: Style(.text), maxWidth: line.width)
        let count = TerminalText.fit(DashboardFormat.count(type.count), toWidth: countWidth, alignment: .right)
        let countX = line.maxX - countWidth
        buffer.put(count, x: countX, y: line.y, style: Style(.text), maxWidth: countWidth)
        buffer.put(arrow, x: countX - arrowWidth - 1, y: line.y, style: Style(role, [.bold]), maxWidth: arrowWidth)
    }

    /// Up when the later half of the window saw more of this error than the earlier half.
    private func trend(_ type: ErrorSummary.TypeCount, glyphs: DashboardGlyphs) -> (String, ColorRole) {
        guard let earlier = type.earlierHalf, let later = type.laterHalf else { return (" ", .muted) }
        if later > earlier { return (glyphs.up, .critical) }
        if later < earlier { return (glyphs.down, .ok) }
        return (glyphs.flat, .muted)
    }

    private func drawSparkline(_ errors: ErrorSummary, in rect: Rect, buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let label = "failed/min"
        buffer.put(label, x: rect.x, y: rect.maxY - 1, style: Style(.muted), maxWidth: rect.width)
        let chart = Rect(x: rect.x + label.count + 1, y: rect.y, width: rect.width - label.count - 1, height: rect.height)
        Sparkline(errors.perMinute.map(Double.init), style: Style(.critical))
            .render(in: chart, buffer: &buffer, context: environment.context)
    }

    static func categoryRole(_ category: ErrorCategory) -> ColorRole {
        switch category {
        case .transient: return .warning
        case .user: return .muted
        case .system: return .critical
        }
    }
}
