import OpsModel
import OpsEngine

/// The semantic cache: hit rate and its trend, requests served from cache and what they saved,
/// latency of hits against misses, and the share of input tokens read from provider caches.
struct CachePanel: Sendable {
    enum Part: Hashable, Sendable {
        case rate, served, rows, provider, sparkline
    }

    var environment: PanelEnvironment

    func render(in area: Rect, buffer: inout ScreenBuffer) {
        let cache = environment.input.snapshot.cache
        var trailing = environment.input.snapshot.window.label
        if let rate = cache.hitRate { trailing += " " + Percent.format(rate) + " hit" }
        let inner = environment.frame(.cache, trailing: trailing)
            .render(in: area, buffer: &buffer, context: environment.context)
        guard !inner.isEmpty else { return }
        let looked = cache.lookups > 0
        var sections = PanelSections<Part>()
        sections.add(.rate, height: 1, priority: 100)
        sections.add(.served, height: looked ? 1 : 0, priority: 90)
        sections.add(.rows, height: looked ? 2 : 0, priority: 80)
        sections.add(.provider, height: cache.cachedInputTokens > 0 ? 1 : 0, priority: 70)
        sections.add(.sparkline, height: looked ? 1 : 0, priority: 40, grows: true)
        for (part, rect) in sections.layout(inner) {
            draw(part, cache, in: rect.inset(horizontal: 1, vertical: 0), buffer: &buffer)
        }
    }

    /// Critical below half the previous hour's hit rate (the alert's rule), warning below 80 % of it.
    static func hitRateRole(_ rate: Double, previous: Double?) -> ColorRole {
        guard let previous, previous > 0 else { return .text }
        if rate < previous / 2 { return .critical }
        if rate < previous * 0.8 { return .warning }
        return .ok
    }

    private func draw(_ part: Part, _ cache: CacheSummary, in rect: Rect, buffer: inout ScreenBuffer) {
        let context = environment.context
        switch part {
        case .rate:
            guard let rate = cache.hitRate else {
                buffer.put("no semantic-cache lookups", in: rect, style: Style(.muted))
                return
            }
            var line = TextLine("hit rate ", Style(.muted))
            line.add(Percent.format(rate), Style(Self.hitRateRole(rate, previous: cache.previousHourHitRate), [.bold]))
            var long = line
            if let previous = cache.previousHourHitRate, previous.isFinite {
                long.add("  prev 1h ", Style(.muted))
                long.add(Percent.format(previous), Style(.text))
            }
            TextLine.firstFitting([long, line], width: rect.width).render(in: rect, buffer: &buffer, context: context)
        case .served:
            var short = TextLine("served ", Style(.muted))
            short.add(DashboardFormat.count(cache.hits), Style(.text, [.bold]))
            short.add("/" + DashboardFormat.count(cache.lookups), Style(.muted))
            var long = TextLine("served ", Style(.muted))
            long.add(DashboardFormat.count(cache.hits), Style(.text, [.bold]))
            long.add(" of " + DashboardFormat.count(cache.lookups), Style(.muted))
            let saved = { (line: TextLine) -> TextLine in
                var line = line
                line.add("  saved ", Style(.muted))
                line.add(Money.format(cache.savedUSD), Style(.ok, [.bold]))
                return line
            }
            TextLine.firstFitting([saved(long), saved(short), short], width: rect.width)
                .render(in: rect, buffer: &buffer, context: context)
        case .rows:
            let rows = environment.model.cacheRows
            let countWidth = Swift.max(DashboardFormat.count(cache.hits).count, DashboardFormat.count(cache.misses).count)
            let list = RowList(
                count: rows.count, selected: environment.selectedRow(.cache),
                highlightsSelection: environment.isFocused(.cache))
            list.render(in: rect, buffer: &buffer) { index, line, buffer in
                latencyLine(hit: rows[index], cache, countWidth: countWidth, width: line.width)
                    .render(in: line, buffer: &buffer, context: context)
            }
        case .provider:
            guard let share = cache.providerCachedInputShare else { return }
            ProviderCacheLine.fitted(
                title: "provider cache ", share: share, shareStyle: Style(.text, [.bold]),
                savedUSD: cache.providerCacheSavedUSD, width: rect.width)
                .render(in: rect, buffer: &buffer, context: context)
        case .sparkline:
            let label = "hit%/min"
            guard rect.width > label.count + 1 else { return }
            buffer.put(label, x: rect.x, y: rect.maxY - 1, style: Style(.muted), maxWidth: rect.width)
            let chart = Rect(x: rect.x + label.count + 1, y: rect.y, width: rect.width - label.count - 1, height: rect.height)
            Sparkline(cache.hitRatePerMinute.map { $0 ?? 0 }, maximum: 1, style: Style(.graph))
                .render(in: chart, buffer: &buffer, context: context)
        }
    }

    /// `hit   1,234  p50 12ms  p95 40ms`, dropping the p95 and then the p50 when narrow.
    private func latencyLine(hit: Bool, _ cache: CacheSummary, countWidth: Int, width: Int) -> TextLine {
        let summary = hit ? cache.hitLatency : cache.missLatency
        let count = hit ? cache.hits : cache.misses
        let glyphs = environment.glyphs
        var line = TextLine(hit ? "hit  " : "miss ", Style(hit ? .ok : .muted, [.bold]))
        line.add(TerminalText.fit(DashboardFormat.count(count), toWidth: countWidth, alignment: .right), Style(.text))
        var p50 = line
        p50.add("  p50 ", Style(.muted))
        p50.add(DashboardFormat.latency(summary.p50Ms, count: summary.count, glyphs: glyphs), Style(.text))
        var p95 = p50
        p95.add("  p95 ", Style(.muted))
        p95.add(DashboardFormat.latency(summary.p95Ms, count: summary.count, glyphs: glyphs), Style(.text))
        return TextLine.firstFitting([p95, p50, line], width: width)
    }
}
