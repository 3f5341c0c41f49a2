import OpsModel
import OpsEngine

/// The key figures in a small terminal: burn, error rate, p95, open breakers and firing alerts,
/// then a line each for cache, guardrails and quality when they have data.
struct SummaryView: Sendable {
    var environment: PanelEnvironment

    func render(in area: Rect, buffer: inout ScreenBuffer) {
        let frame = PanelFrame(
            title: "Summary", trailingTitle: environment.input.snapshot.window.label, isFocused: false)
        let inner = frame.render(in: area, buffer: &buffer, context: environment.context)
            .inset(horizontal: 1, vertical: 0)
        guard !inner.isEmpty else { return }
        // Figures and firing alerts first; history and the hint only in rows they leave.
        // Cache, guardrails and quality after the alerts: on a short screen they give way first.
        var lines = figures() + alertLines() + optionalLines(width: inner.width)
        let history = historyLines(width: inner.width)
        if inner.height >= lines.count + history.count + 2 { lines += [TextLine()] + history }
        for (index, line) in lines.prefix(inner.height).enumerated() {
            line.render(in: inner.row(index), buffer: &buffer, context: environment.context)
        }
        let hint = TextLine("enlarge to 80×24 for every panel".asciiFallback(environment.glyphs), Style(.muted))
        if inner.height > lines.count + 1 {
            hint.render(in: inner.row(inner.height - 1), buffer: &buffer, context: environment.context)
        }
    }

    private func label(_ text: String) -> String { TerminalText.fit(text, toWidth: 9) }

    private func figures() -> [TextLine] {
        let snapshot = environment.input.snapshot
        let cost = snapshot.cost
        var burn = TextLine(label("burn"), Style(.muted))
        burn.add(Money.format(cost.burnPerHour1m) + "/h", Style(.text, [.bold]))
        let ratio = cost.dailyBudgetUSD > 0 ? cost.todayUSD / cost.dailyBudgetUSD : 0
        let budgetRole: ColorRole = ratio >= 1 ? .critical : ratio >= 0.8 ? .warning : .ok
        burn.add("  today " + Money.format(cost.todayUSD), Style(.text))
        burn.add(" (" + Percent.format(ratio) + " of budget)", Style(budgetRole))

        let errors = snapshot.errors
        var failures = TextLine(label("errors"), Style(.muted))
        failures.add(Percent.format(errors.rate), Style(ErrorsPanel.rateRole(errors.rate), [.bold]))
        failures.add("  " + DashboardFormat.count(errors.failedSpans) + " of " + DashboardFormat.count(errors.spans), Style(.muted))

        let query = snapshot.latency[.query]
        let target = snapshot.latency.targetsMs[.query]
        var p95 = TextLine(label("p95"), Style(.muted))
        p95.add(DashboardFormat.latency(query.p95Ms, count: query.count, glyphs: environment.glyphs),
                Style(query.count == 0 ? .muted : LatencyPanel.role(query.p95Ms, target: target), [.bold]))
        if let target { p95.add("  target " + DurationText.label(millis: target), Style(.muted)) }

        let open = environment.model.breakers.filter { $0.state != .closed }
        var breakers = TextLine(label("breakers"), Style(.muted))
        if open.isEmpty {
            breakers.add(environment.model.breakers.isEmpty ? "none seen" : "all closed", Style(.ok))
        } else {
            for (index, breaker) in open.enumerated() {
                if index > 0 { breakers.add("  ") }
                let role = BreakersPanel.role(breaker.state)
                breakers.add(environment.glyphs.breaker(breaker.state) + " ", Style(role, [.bold]))
                breakers.add(breaker.target + " " + BreakersPanel.label(breaker.state), Style(role))
            }
        }
        return [burn, failures, p95, breakers]
    }

    /// One line per optional panel with data, in the order the dashboard shows them.
    private func optionalLines(width: Int) -> [TextLine] {
        let snapshot = environment.input.snapshot
        var panels = environment.model.panelsWithData
        let providerOnly = snapshot.coverage.contains(.cache) && snapshot.cache.cachedInputTokens > 0
        if providerOnly, !panels.contains(.cache) { panels.insert(.cache, at: 0) }
        return panels.compactMap { panel -> TextLine? in
            switch panel {
            case .cache: return cacheLine(snapshot.cache, width: width)
            case .guardrails: return guardrailLine(snapshot.guardrails, width: width)
            case .quality: return qualityLine(width: width)
            default: return nil
            }
        }
    }

    private func cacheLine(_ cache: CacheSummary, width: Int) -> TextLine {
        var line = TextLine(label("cache"), Style(.muted))
        guard let rate = cache.hitRate else {
            line.add("prompt cache " + Percent.format(cache.providerCachedInputShare ?? 0) + " of input", Style(.text))
            var long = line
            long.add("  saved " + Money.format(cache.providerCacheSavedUSD), Style(.ok))
            return TextLine.firstFitting([long, line], width: width)
        }
        line.add(Percent.format(rate) + " hit", Style(CachePanel.hitRateRole(rate, previous: cache.previousHourHitRate), [.bold]))
        var long = line
        long.add("  " + DashboardFormat.count(cache.hits) + " served", Style(.text))
        long.add("  saved " + Money.format(cache.savedUSD), Style(.ok))
        return TextLine.firstFitting([long, line], width: width)
    }

    private func guardrailLine(_ guardrails: GuardrailSummary, width: Int) -> TextLine {
        var line = TextLine(label("guards"), Style(.muted))
        line.add(DashboardFormat.count(guardrails.blocked) + " blocked", Style(GuardrailsPanel.blockRole(guardrails), [.bold]))
        var long = line
        if let rate = guardrails.blockRate { long.add(" (" + Percent.format(rate) + ")", Style(.muted)) }
        long.add("  " + DashboardFormat.count(guardrails.flagged) + " flagged", Style(.text))
        long.add(" of " + DashboardFormat.count(guardrails.checked), Style(.muted))
        return TextLine.firstFitting([long, line], width: width)
    }

    /// The metrics worst first (below threshold, then the rest), as many as fit.
    private func qualityLine(width: Int) -> TextLine {
        func rank(_ role: ColorRole) -> Int { role == .critical ? 0 : role == .warning ? 1 : 2 }
        let metrics = environment.model.qualityRows.enumerated().sorted { lhs, rhs in
            (rank(QualityPanel.role(lhs.element)), lhs.offset) < (rank(QualityPanel.role(rhs.element)), rhs.offset)
        }.map(\.element)
        var line = TextLine(label("quality"), Style(.muted))
        var candidates: [TextLine] = []
        for (index, metric) in metrics.enumerated() {
            if index > 0 { line.add("  ") }
            line.add(metric.name + " ", Style(.text))
            line.add(metric.mean.map(QualityPanel.score) ?? "?", Style(QualityPanel.role(metric), [.bold]))
            if let threshold = metric.threshold, QualityPanel.role(metric) == .critical {
                line.add(" < " + QualityPanel.score(threshold), Style(.critical))
            }
            candidates.insert(line, at: 0)
        }
        return TextLine.firstFitting(candidates, width: width)
    }

    /// The last hour per minute: spend, query p95 and failures, with the top model.
    private func historyLines(width: Int) -> [TextLine] {
        let snapshot = environment.input.snapshot
        let glyphs = environment.context.glyphs
        let sparkWidth = Swift.max(0, width - 9)
        func spark(_ name: String, _ values: [Double?], _ role: ColorRole) -> TextLine {
            var line = TextLine(label(name), Style(.muted))
            line.add(SparkText.make(values, width: sparkWidth, glyphs: glyphs), Style(role))
            return line
        }
        var lines = [
            spark("$/min", snapshot.cost.perMinute.map { $0 }, .graph),
            spark("p95/min", snapshot.latency.queryP95PerMinute, .graph),
            spark("fail/min", snapshot.errors.perMinute.map { Double($0) }, .critical),
        ]
        if let top = snapshot.cost.byModel.first {
            var line = TextLine(label("top"), Style(.muted))
            line.add(top.name, Style(.text))
            line.add("  " + Money.format(top.usd), Style(.text, [.bold]))
            let share = snapshot.cost.windowUSD > 0 ? top.usd / snapshot.cost.windowUSD : 0
            line.add(" (" + Percent.format(share) + ")", Style(.muted))
            lines.append(line)
        }
        return lines
    }

    private func alertLines() -> [TextLine] {
        let firing = environment.model.alerts.filter { $0.state == .firing }
        var head = TextLine(label("alerts"), Style(.muted))
        guard !firing.isEmpty else {
            head.add(environment.glyphs.ok + " none firing", Style(.ok))
            return [head]
        }
        head.add("\(firing.count) firing", Style(.critical, [.bold]))
        let now = environment.input.snapshot.asOfNanos
        return [head] + firing.map { alert in
            let role: ColorRole = alert.severity == .critical ? .critical : .warning
            var line = TextLine(label(""), .plain)
            line.add(alert.id, Style(role, environment.input.flashingAlerts.contains(alert.id) ? [.reverse] : []))
            line.add("  " + DashboardFormat.age(alert.sinceNanos, asOf: now), Style(.muted))
            return line
        }
    }
}

extension String {
    /// This text with `×` written as `x` when only ASCII may be drawn.
    func asciiFallback(_ glyphs: DashboardGlyphs) -> String {
        glyphs.isUnicode ? self : String(map { $0 == "×" ? "x" : $0 })
    }
}
