import OpsModel
import OpsEngine

/// Spend: burn rates, today and projections, the daily budget, spend per minute, top models.
struct CostPanel: Sendable {
    enum Part: Hashable, Sendable {
        case burn, projection, budget, sparkline, models, providerCache, unpriced
    }

    var environment: PanelEnvironment

    func render(in area: Rect, buffer: inout ScreenBuffer) {
        let cost = environment.input.snapshot.cost
        let window = environment.input.snapshot.window.label
        let inner = environment.frame(.cost, trailing: window + " " + Money.format(cost.windowUSD))
            .render(in: area, buffer: &buffer, context: environment.context)
        guard !inner.isEmpty else { return }
        var sections = PanelSections<Part>()
        sections.add(.burn, height: 1, priority: 100)
        sections.add(.budget, height: 1, priority: 90)
        sections.add(.projection, height: 1, priority: 80)
        sections.add(.sparkline, height: environment.detail >= .full ? 2 : 1, priority: 40)
        sections.add(.models, height: 2, priority: 70, grows: true)
        sections.add(.providerCache, height: showsProviderCache ? 1 : 0, priority: 35)
        sections.add(.unpriced, height: cost.unpricedModels.isEmpty && !Self.mixesPricing(cost) ? 0 : 1, priority: 30)
        for (part, rect) in sections.layout(inner) {
            draw(part, cost: cost, in: rect.inset(horizontal: 1, vertical: 0), buffer: &buffer)
        }
    }

    private func draw(_ part: Part, cost: CostSummary, in rect: Rect, buffer: inout ScreenBuffer) {
        let context = environment.context
        switch part {
        case .burn:
            let figures = [(cost.burnPerHour1m, "1m"), (cost.burnPerHour15m, "15m"), (cost.burnPerHour1h, "1h")]
                .filter { $0.0.isFinite }
            guard !figures.isEmpty else {
                buffer.put("burn/h " + dash, in: rect, style: Style(.muted))
                return
            }
            let candidates = (1...figures.count).reversed().map { count -> TextLine in
                var line = TextLine("burn/h", Style(.muted))
                for (index, (usd, label)) in figures.prefix(count).enumerated() {
                    line.add(index == 0 ? " " : "  ", .plain)
                    line.add(Money.format(usd), Style(.text, index == 0 ? [.bold] : []))
                    line.add(" " + label, Style(.muted))
                }
                return line
            }
            TextLine.firstFitting(candidates, width: rect.width).render(in: rect, buffer: &buffer, context: context)
        case .projection where !knowsToday:
            let arrow = environment.glyphs.projection
            var line = TextLine("today ", Style(.muted))
            line.add(dash, Style(.muted))
            var month = line
            month.add("  month\(arrow) ", Style(.muted))
            month.add(cost.projectedMonthUSD.isFinite ? Money.format(cost.projectedMonthUSD) : dash, Style(.text))
            TextLine.firstFitting([month, line], width: rect.width).render(in: rect, buffer: &buffer, context: context)
        case .budget where !knowsToday:
            drawReportedBudget(cost, in: rect, buffer: &buffer)
        case .projection:
            let arrow = environment.glyphs.projection
            var today = TextLine("today ", Style(.muted))
            today.add(Money.format(cost.todayUSD), Style(.text, [.bold]))
            var day = today
            day.add("  day\(arrow) ", Style(.muted))
            day.add(Money.format(cost.projectedDayUSD), Style(projectionRole(cost)))
            var month = day
            month.add("  month\(arrow) ", Style(.muted))
            month.add(Money.format(cost.projectedMonthUSD), Style(.text))
            TextLine.firstFitting([month, day, today], width: rect.width)
                .render(in: rect, buffer: &buffer, context: context)
        case .budget:
            let ratio = cost.dailyBudgetUSD > 0 ? cost.todayUSD / cost.dailyBudgetUSD : 0
            let budget = Self.wholeDollars(cost.dailyBudgetUSD)
            let long = Percent.format(ratio) + " of " + budget + "/day"
            let gaugeArea = Rect(x: rect.x + 7, y: rect.y, width: rect.width - 7, height: 1)
            let label = gaugeArea.width - long.count >= 10 ? long : Percent.format(ratio)
            buffer.put("budget", in: rect, style: Style(.muted))
            Gauge(ratio: ratio, label: label, thresholds: Gauge.thresholds(warning: 0.8, critical: 1.0))
                .render(in: gaugeArea, buffer: &buffer, context: context)
        case .sparkline:
            let label = "$/min"
            buffer.put(label, x: rect.x, y: rect.maxY - 1, style: Style(.muted), maxWidth: rect.width)
            let chart = Rect(x: rect.x + 6, y: rect.y, width: rect.width - 6, height: rect.height)
            Sparkline(cost.perMinute, style: Style(.graph)).render(in: chart, buffer: &buffer, context: context)
        case .models:
            modelsTable(cost).render(in: rect, buffer: &buffer, context: context)
        case .providerCache:
            let cache = environment.input.snapshot.cache
            ProviderCacheLine.fitted(
                title: "prompt cache ", share: cache.providerCachedInputShare ?? 0, shareStyle: Style(.text),
                savedUSD: cache.providerCacheSavedUSD, width: rect.width)
                .render(in: rect, buffer: &buffer, context: context)
        case .unpriced:
            var parts: [String] = []
            if Self.mixesPricing(cost) { parts.append("table-priced " + Money.format(cost.tablePricedUSD)) }
            if !cost.unpricedModels.isEmpty { parts.append("unpriced: " + cost.unpricedModels.joined(separator: ", ")) }
            let text = TerminalText.truncate(parts.joined(separator: "  "), toWidth: rect.width, ellipsis: environment.ellipsis)
            buffer.put(text, in: rect, style: Style(cost.unpricedModels.isEmpty ? .muted : .warning))
        }
    }

    /// Input tokens read from provider prompt caches, when the cache panel is not there to say so.
    private var showsProviderCache: Bool {
        let snapshot = environment.input.snapshot
        return snapshot.coverage.contains(.cache) && snapshot.cache.cachedInputTokens > 0
            && !environment.placed.contains(.cache)
    }

    private var knowsToday: Bool { environment.input.snapshot.coverage.contains(.today) }

    private var dash: String { environment.context.glyphs.isUnicode ? "—" : "-" }

    /// Without today's spend, the budget line shows a budget the source reports (LiteLLM's team budgets).
    private func drawReportedBudget(_ cost: CostSummary, in rect: Rect, buffer: inout ScreenBuffer) {
        guard let budget = cost.budgets.first(where: { ($0.limitUSD ?? 0) > 0 && $0.spentUSD != nil }),
            let limit = budget.limitUSD, let spent = budget.spentUSD
        else {
            buffer.put("budget " + dash + " today's spend not known", in: rect, style: Style(.muted))
            return
        }
        let ratio = spent / limit
        let label = TerminalText.truncate(budget.name, toWidth: 12, ellipsis: environment.ellipsis)
        buffer.put("budget", in: rect, style: Style(.muted))
        let gaugeArea = Rect(x: rect.x + 7, y: rect.y, width: rect.width - 7, height: 1)
        let long = label + " " + Percent.format(ratio) + " of " + Self.wholeDollars(limit)
        Gauge(ratio: ratio, label: gaugeArea.width - long.count >= 10 ? long : Percent.format(ratio),
            thresholds: Gauge.thresholds(warning: 0.8, critical: 1.0))
            .render(in: gaugeArea, buffer: &buffer, context: environment.context)
    }

    private func modelsTable(_ cost: CostSummary) -> ColumnTable {
        let total = cost.windowUSD
        let rows = environment.model.costModels.map { share -> Table.Row in
            let fraction = total > 0 ? share.usd / total : 0
            return Table.Row([
                Table.Cell(share.name), Table.Cell(Money.format(share.usd)), Table.Cell(Percent.format(fraction)),
                Table.Cell(
                    environment.input.snapshot.coverage.contains(.traces) ? DashboardFormat.count(share.spans, width: 6) : "",
                    style: Style(.muted)),
            ])
        }
        return ColumnTable(
            columns: [
                .init("model", width: .fill(1), minimumWidth: 14, priority: 100),
                .init("cost", width: .length(8), alignment: .right, priority: 90),
                .init("share", width: .length(5), alignment: .right, priority: 50),
                .init("spans", width: .length(6), alignment: .right, priority: 30),
            ],
            rows: rows, selected: environment.selectedRow(.cost), highlightsSelection: environment.isFocused(.cost))
    }

    /// Whether some of the spend was stated by producers and some priced from opstop's table.
    static func mixesPricing(_ cost: CostSummary) -> Bool {
        cost.tablePricedUSD > 0 && cost.tablePricedUSD < cost.totalUSD
    }

    /// `$100` rather than `$100.00` for a round budget.
    static func wholeDollars(_ usd: Double) -> String {
        let text = Money.format(usd)
        return text.hasSuffix(".00") ? String(text.dropLast(3)) : text
    }

    private func projectionRole(_ cost: CostSummary) -> ColorRole {
        guard cost.dailyBudgetUSD > 0 else { return .text }
        if cost.projectedDayUSD >= cost.dailyBudgetUSD { return .critical }
        if cost.projectedDayUSD >= cost.dailyBudgetUSD * 0.8 { return .warning }
        return .ok
    }
}
