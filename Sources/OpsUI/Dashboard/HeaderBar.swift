import OpsModel
import OpsEngine

/// The top of the screen: product, mode, clock, window, throughput and the sources' health.
///
/// Two rows when there is room (figures, then sources); one row otherwise. Parts that do not
/// fit are dropped by priority, never cut in half.
struct HeaderBar: Sendable {
    struct Segment: Sendable {
        var line: TextLine
        var priority: Int
        var trailing = false
        /// Drawn one column (not two) before the next segment, as a date before its time.
        var joinsNext = false
    }

    var environment: PanelEnvironment

    /// Rows the header wants in an area this tall.
    static func height(for area: Rect) -> Int { area.height >= 24 ? 2 : 1 }

    func render(in area: Rect, buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        var top =
            [brand(), mode(withBar: area.width >= 60)] + redacted() + loading() + clock()
            + [window(), throughput()] + freshness()
        var bottom = sources()
        if let malformed = malformed() { bottom.append(malformed) }
        if let ignored = ignored() { bottom.append(ignored) }
        if area.height < 2 {
            top += bottom.map { Segment(line: $0.line, priority: $0.priority - 50, trailing: $0.trailing) }
            bottom = []
        }
        Self.draw(top, in: area.row(0), buffer: &buffer, context: environment.context)
        Self.draw(bottom, in: area.row(1), buffer: &buffer, context: environment.context)
    }

    static func draw(_ segments: [Segment], in row: Rect, buffer: inout ScreenBuffer, context: RenderContext) {
        guard !row.isEmpty else { return }
        let items = segments.indices.map { PriorityItem($0, minimumSize: segments[$0].line.width, priority: segments[$0].priority) }
        let shown = PriorityFit.visible(items, in: row.width - 2, spacing: 2)
        var x = row.x + 1
        for index in shown where !segments[index].trailing {
            let segment = segments[index]
            let next = shown.first { $0 > index }
            let gap = segment.joinsNext && next == index + 1 ? 1 : 2
            x += segment.line.render(in: Rect(x: x, y: row.y, width: row.maxX - x, height: 1), buffer: &buffer, context: context) + gap
        }
        var right = row.maxX - 1
        for index in shown.reversed() where segments[index].trailing {
            let width = segments[index].line.width
            right -= width
            segments[index].line.render(in: Rect(x: right, y: row.y, width: width, height: 1), buffer: &buffer, context: context)
            right -= 2
        }
    }

    private func brand() -> Segment {
        Segment(line: TextLine("opstop", Style(.accent, [.bold])), priority: 100)
    }

    /// REDACTED while `--redact` masks the data, next to the mode so it is never dropped first.
    private func redacted() -> [Segment] {
        guard environment.input.snapshot.redacted else { return [] }
        return [Segment(line: TextLine("REDACTED", Style(.warning, [.bold])), priority: 94)]
    }

    /// The clock mode; a replay shows a progress bar when `withBar`, else only its percentage.
    private func mode(withBar: Bool) -> Segment {
        let glyphs = environment.glyphs
        var line = TextLine()
        switch environment.input.mode {
        case .live:
            line.add(glyphs.live + " LIVE", Style(.ok, [.bold]))
        case .paused:
            line.add(glyphs.pause + " PAUSED", Style(.warning, [.bold]))
        case .snapshot:
            line.add(glyphs.stop + " SNAPSHOT", Style(.accent, [.bold]))
        case let .replay(speed, progress, paused):
            let shownSpeed = speed.first.map { $0.isNumber } == true ? glyphs.times + speed : speed
            line.add((paused ? glyphs.pause : glyphs.play) + " REPLAY ", Style(paused ? .warning : .accent, [.bold]))
            line.add(shownSpeed, Style(.text, [.bold]))
            line.add(" ")
            let fraction = progress.isFinite ? Swift.min(Swift.max(progress, 0), 1) : 0
            let filled = Int((fraction * 10).rounded())
            let bar = environment.context.glyphs
            if withBar {
                line.add(String(repeating: String(bar.barFull), count: filled), Style(.graph))
                line.add(String(repeating: String(bar.barEmpty), count: 10 - filled) + " ", Style(.muted))
            }
            line.add(Percent.format(fraction), Style(.text))
            if paused { line.add(" paused", Style(.warning)) }
        }
        return Segment(line: line, priority: 95)
    }

    /// `loading 43 % · 140 MB of 334 MB` while sources catch up with what was there at start.
    private func loading() -> [Segment] {
        guard let progress = LoadProgress.combined(environment.input.sources.compactMap(\.loading)) else { return [] }
        let percent = Int((progress.fraction * 100).rounded(.down))
        let dot = environment.context.glyphs.isUnicode ? " · " : " - "
        var line = TextLine("loading", Style(.accent, [.bold]))
        line.add(" \(percent) %", Style(.text, [.bold]))
        line.add(dot + DashboardFormat.bytes(progress.readBytes) + " of " + DashboardFormat.bytes(progress.totalBytes), Style(.muted))
        return [Segment(line: line, priority: 94)]
    }

    private func clock() -> [Segment] {
        let now = environment.input.snapshot.asOfNanos
        guard now != .min else { return [Segment(line: TextLine("no data yet", Style(.muted)), priority: 90)] }
        return [
            Segment(line: TextLine(DashboardFormat.date(now), Style(.muted)), priority: 50, joinsNext: true),
            Segment(line: TextLine(DashboardFormat.clock(now) + " UTC", Style(.text, [.bold])), priority: 90),
        ]
    }

    private func window() -> Segment {
        let current = environment.input.snapshot.window
        var line = TextLine()
        for (index, window) in TimeWindow.allCases.enumerated() {
            if index > 0 { line.add(" ") }
            let selected = window == current
            line.add(window.label, selected ? Style(.accent, [.reverse, .bold]) : Style(.muted))
        }
        return Segment(line: line, priority: 80)
    }

    private func throughput() -> Segment {
        let snapshot = environment.input.snapshot
        let rate = snapshot.spansPerSecond
        let unit = snapshot.coverage.contains(.traces) ? " spans/s" : " req/s"
        var line = TextLine()
        if rate.isFinite {
            line.add(Money.fixed(rate, decimals: rate < 10 ? 1 : 0), Style(.text, [.bold]))
        } else {
            line.add(environment.context.glyphs.isUnicode ? "—" : "-", Style(.muted))
        }
        line.add(unit, Style(.muted))
        return Segment(line: line, priority: 70, trailing: true)
    }

    /// "stale since 14:02:11 — connection refused" while a source's last good figures are shown,
    /// or a notice such as "waiting for a second scrape".
    private func freshness() -> [Segment] {
        let snapshot = environment.input.snapshot
        if let stale = snapshot.stale {
            let dash = environment.context.glyphs.isUnicode ? " — " : " - "
            var line = TextLine("STALE", Style(.warning, [.bold, .reverse]))
            line.add(" since " + DashboardFormat.clock(stale.sinceNanos) + dash, Style(.warning))
            line.add(TerminalText.truncate(stale.reason, toWidth: 40, ellipsis: environment.ellipsis), Style(.warning))
            return [Segment(line: line, priority: 92)]
        }
        if let notice = snapshot.notice {
            let text = TerminalText.truncate(notice, toWidth: 40, ellipsis: environment.ellipsis)
            return [Segment(line: TextLine(text, Style(.warning)), priority: 75)]
        }
        return []
    }

    private func malformed() -> Segment? {
        let count = environment.input.sources.reduce(0) { $0 + Swift.max(0, $1.malformedLines) }
        var line = TextLine()
        line.add(DashboardFormat.count(count), Style(count > 0 ? .warning : .muted, count > 0 ? [.bold] : []))
        line.add(" malformed", Style(count > 0 ? .warning : .muted))
        return Segment(line: line, priority: count > 0 ? 85 : 40, trailing: true)
    }

    /// Records skipped on purpose, shown only when there are some.
    private func ignored() -> Segment? {
        let count = environment.input.sources.reduce(0) { $0 + Swift.max(0, $1.ignoredLines) }
        guard count > 0 else { return nil }
        var line = TextLine(DashboardFormat.count(count), Style(.muted))
        line.add(" ignored", Style(.muted))
        return Segment(line: line, priority: 38, trailing: true)
    }

    private func sources() -> [Segment] {
        let glyphs = environment.glyphs
        let ellipsis = environment.ellipsis
        return environment.input.sources.enumerated().map { index, source in
            let role = Self.role(source.health)
            var line = TextLine()
            line.add(glyphs.health(source.health) + " ", Style(role, [.bold]))
            line.add(TerminalText.truncate(source.name, toWidth: 32, ellipsis: ellipsis), Style(.text))
            line.add(" " + Self.label(source.health), Style(role))
            if !source.detail.isEmpty {
                line.add(": " + TerminalText.truncate(source.detail, toWidth: 40, ellipsis: ellipsis), Style(.muted))
            }
            // Unhealthy sources stay longest; earlier sources before later ones.
            let base = source.health == .live || source.health == .finished ? 60 : 88
            return Segment(line: line, priority: base - Swift.min(index, 20))
        }
    }

    static func role(_ health: SourceLine.Health) -> ColorRole {
        switch health {
        case .live: return .ok
        case .finished: return .muted
        case .waiting, .stale: return .warning
        case .failed: return .critical
        }
    }

    static func label(_ health: SourceLine.Health) -> String {
        switch health {
        case .live: return "live"
        case .finished: return "done"
        case .waiting: return "waiting"
        case .stale: return "stale"
        case .failed: return "failed"
        }
    }
}
