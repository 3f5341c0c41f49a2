import Foundation
import OpsModel
import OpsEngine
import Testing

@testable import OpsUI

/// Focus, hostile text, ASCII mode and every size.
struct DashboardRenderingTests {
    private func rect(_ panel: PanelID, width: Int, height: Int) -> Rect {
        DashboardLayout(area: Rect(width: width, height: height)).panels[panel] ?? .zero
    }

    private func rows(withRole role: ColorRole, in buffer: ScreenBuffer) -> Set<Int> {
        var rows: Set<Int> = []
        for y in 0..<buffer.height {
            for x in 0..<buffer.width where buffer[x, y].style.role == role { rows.insert(y) }
        }
        return rows
    }

    @Test func focusedPanelHasAnAccentBorderAndItsSelectedRowHighlighted() {
        let input = DashboardFixture.input(focus: .breakers, selection: [.breakers: 0, .cost: 1, .traces: 2])
        let buffer = DashboardFixture.render(input, width: 120, height: 40)
        let panel = rect(.breakers, width: 120, height: 40)
        #expect(buffer[panel.x, panel.y].style.role == .accent)
        #expect(buffer[panel.maxX - 1, panel.maxY - 1].style.role == .accent)
        let cost = rect(.cost, width: 120, height: 40)
        #expect(buffer[cost.x, cost.y].style.role == .border)
        // Only the breakers' first row (under the column header) is highlighted, across the panel.
        let selectedY = panel.y + 2
        #expect(rows(withRole: .selection, in: buffer) == [selectedY])
        #expect(buffer[panel.x + 1, selectedY].style.role == .selection)
        #expect(buffer[panel.maxX - 2, selectedY].style.role == .selection)
        #expect(buffer[panel.x, selectedY].style.role == .accent)
        let line = buffer.lines[selectedY]
        #expect(line.contains("OPEN") && line.contains("cancel_order"))
    }

    @Test func selectionScrollsIntoViewInTheFocusedPanel() {
        let input = DashboardFixture.input(focus: .traces, selection: [.traces: 30])
        let buffer = DashboardFixture.render(input, width: 80, height: 24)
        let selected = rows(withRole: .selection, in: buffer)
        let panel = rect(.traces, width: 80, height: 24)
        #expect(selected.count == 1)
        #expect(selected.allSatisfy { $0 > panel.y + 1 && $0 < panel.maxY - 1 })
        let clock = DashboardFormat.clock(input.recentTraces[30].startNanos)
        #expect(selected.allSatisfy { buffer.lines[$0].contains(clock) })
    }

    @Test func noPanelIsHighlightedWithoutFocus() {
        let buffer = DashboardFixture.render(DashboardFixture.input(focus: nil), width: 120, height: 40)
        #expect(rows(withRole: .selection, in: buffer).isEmpty)
        #expect(rows(withRole: .accent, in: buffer) == [0])
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 60), (60, 20)])
    func hostileTextIsSanitizedAndKeepsColumnsAligned(width: Int, height: Int) {
        let buffer = DashboardFixture.render(HostileFixture.input(), width: width, height: height)
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                for scalar in buffer[x, y].grapheme.unicodeScalars {
                    let value = scalar.value
                    #expect(value >= 0x20 && value != 0x7F && !(0x80...0x9F).contains(value), "control at \(x),\(y)")
                    #expect(!(0x202A...0x202E).contains(value), "bidi override at \(x),\(y)")
                }
            }
        }
        let text = buffer.lines.joined(separator: "\n")
        #expect(text.contains("␛"))
        guard width >= 80 else { return }
        // Every panel's right border stays in its column on every row, whatever the names' widths.
        let layout = DashboardLayout(area: buffer.area)
        for (panel, rect) in layout.panels {
            for y in rect.y..<rect.maxY {
                let cell = buffer[rect.maxX - 1, y]
                #expect(!cell.isContinuation && "│╮╯".contains(cell.grapheme), "\(panel) border at row \(y)")
            }
        }
        #expect(text.contains("日本語"))
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 60), (60, 20), (30, 8), (45, 12)])
    func asciiModeDrawsOnlyASCII(width: Int, height: Int) {
        let input = DashboardFixture.input(mode: .replay(speed: "4", progress: 0.4, paused: true))
        let buffer = DashboardFixture.render(input, width: width, height: height, context: .ascii)
        for (y, line) in buffer.lines.enumerated() {
            #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "row \(y): \(line)")
        }
    }

    @Test func everySizeRendersWithinItsBuffer() {
        let input = DashboardFixture.input(focus: .alerts, selection: [.alerts: 1])
        let model = DashboardModel(input)
        var sizes: [(Int, Int)] = []
        for width in stride(from: 0, through: 100, by: 3) {
            for height in stride(from: 0, through: 40, by: 3) { sizes.append((width, height)) }
        }
        sizes += [(0, 0), (1, 1), (39, 10), (40, 9), (40, 10), (79, 23), (80, 23), (79, 24), (300, 100), (120, 39)]
        for (width, height) in sizes {
            var buffer = ScreenBuffer(width: width, height: height)
            DashboardView.render(input, model: model, into: &buffer, area: buffer.area, context: .unicode)
            #expect(buffer.lines.count == height)
            if height > 0, width > 0, width < 40 || height < 10 {
                #expect("enlarge the terminal (needs 40×10)".hasPrefix(buffer.lines[0].trimmingSuffix(" ").dropLast()))
            }
        }
    }

    @Test func renderingIntoPartOfTheBufferLeavesTheRestAlone() {
        let input = DashboardFixture.input()
        var buffer = ScreenBuffer(width: 100, height: 30)
        buffer.fill(buffer.area, with: "x")
        let area = Rect(x: 10, y: 3, width: 82, height: 25)
        DashboardView.render(input, model: DashboardModel(input), into: &buffer, area: area, context: .unicode)
        #expect(buffer.lines[2] == String(repeating: "x", count: 100))
        #expect(buffer.lines[10].hasPrefix(String(repeating: "x", count: 10)))
        #expect(buffer.lines[10].hasSuffix(String(repeating: "x", count: 8)))
    }

    @Test func headerShowsModeSourcesAndHighlightsTheWindow() {
        let input = DashboardFixture.input(window: .fifteenMinutes, mode: .replay(speed: "4", progress: 0.5, paused: true))
        let buffer = DashboardFixture.render(input, width: 120, height: 40)
        let top = buffer.lines[0]
        #expect(top.contains("⏸ REPLAY ×4"))
        #expect(top.contains("50%") && top.contains("paused"))
        let windowStart = top.range(of: "15m").map { top.distance(from: top.startIndex, to: $0.lowerBound) } ?? -1
        #expect(buffer[windowStart, 0].style.attributes.contains(.reverse))
        let sources = buffer.lines[1]
        #expect(sources.contains("● demo.jsonl live"))
        #expect(sources.contains("✕ otlp :4318 failed: address already in use"))
        #expect(sources.contains("3 malformed"))
        let malformedX = sources.range(of: "3 malformed").map { sources.distance(from: sources.startIndex, to: $0.lowerBound) } ?? -1
        #expect(buffer[malformedX, 1].style.role == .warning)
    }

    @Test func headerCountsIgnoredRecordsOnlyWhenThereAreSome() {
        var input = DashboardFixture.input()
        #expect(!DashboardFixture.render(input, width: 120, height: 40).lines[1].contains("ignored"))
        input.sources[0].ignoredLines = 1_234
        let sources = DashboardFixture.render(input, width: 120, height: 40).lines[1]
        #expect(sources.contains("3 malformed"))
        #expect(sources.contains("1.2k ignored") || sources.contains("1,234 ignored"), "\(sources)")
    }

    @Test func costPanelSaysWhatOpstopPricedItselfWhenProducersStatedTheRest() {
        var input = DashboardFixture.input()
        let plain = DashboardFixture.render(input, width: 200, height: 60).lines.joined(separator: "\n")
        #expect(!plain.contains("table-priced"))
        input.snapshot.cost.tablePricedUSD = input.snapshot.cost.totalUSD / 4
        input.snapshot.cost.unpricedModels = ["my-finetune-v3"]
        let mixed = DashboardFixture.render(input, width: 200, height: 60).lines.joined(separator: "\n")
        #expect(mixed.contains("table-priced " + Money.format(input.snapshot.cost.totalUSD / 4)), "\(mixed)")
        #expect(mixed.contains("unpriced: my-finetune-v3"), "\(mixed)")
        // All of it priced by the table: nothing to tell apart.
        input.snapshot.cost.tablePricedUSD = input.snapshot.cost.totalUSD
        #expect(!DashboardFixture.render(input, width: 200, height: 60).lines.joined().contains("table-priced"))
    }

    @Test func flashingAlertRowsAreReversed() throws {
        let base = DashboardFixture.input(focus: nil)
        let alert = try #require(DashboardModel(base).alerts.first)
        let input = DashboardFixture.input(focus: nil, flashing: [alert.id])
        let buffer = DashboardFixture.render(input, width: 120, height: 40)
        let panel = rect(.alerts, width: 120, height: 40)
        let cell = buffer[panel.x + 2, panel.y + 2]
        #expect(cell.style.attributes.contains(.reverse))
        #expect(!buffer[panel.x + 2, panel.y + 3].style.attributes.contains(.reverse))
    }

    @Test func clockFormatsUTC() {
        let nanos: Int64 = 1_795_433_580_000_000_000
        #expect(DashboardFormat.date(nanos) == "2026-11-23")
        #expect(DashboardFormat.clock(nanos) == "11:33:00")
        #expect(DashboardFormat.date(0) == "1970-01-01")
        #expect(DashboardFormat.clock(-1) == "23:59:59")
        #expect(DashboardFormat.age(nanos - 192_000_000_000, asOf: nanos) == "3m12s ago")
        #expect(DashboardFormat.tokens(45_300) == "45k")
        #expect(DashboardFormat.tokens(1_250) == "1.3k")
    }
}

extension String {
    fileprivate func trimmingSuffix(_ character: Character) -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == character { end = index(before: end) }
        return self[..<end]
    }
}

/// The thresholds behind the panels' colours.
struct DashboardColourTests {
    @Test func latencyIsOkUpToTheTargetWarningAboveCriticalAboveTwice() {
        #expect(LatencyPanel.role(900, target: 1000) == .ok)
        #expect(LatencyPanel.role(1000, target: 1000) == .ok)
        #expect(LatencyPanel.role(1500, target: 1000) == .warning)
        #expect(LatencyPanel.role(2001, target: 1000) == .critical)
        #expect(LatencyPanel.role(5000, target: nil) == .text)
    }

    @Test func latencyCellsAreColouredAgainstTheQueryTarget() throws {
        let input = DashboardFixture.input(focus: nil)
        let buffer = DashboardFixture.render(input, width: 120, height: 40)
        let panel = try #require(DashboardLayout(area: buffer.area).panels[.latency])
        let queryRow = try #require((panel.y..<panel.maxY).first { buffer.lines[$0].contains("│ query ") })
        let p95 = DashboardFormat.latency(input.snapshot.latency[.query].p95Ms, count: 1, glyphs: DashboardGlyphs(.unicode))
        let line = buffer.lines[queryRow]
        let column = try #require(line.range(of: p95)).lowerBound.utf16Offset(in: line)
        let expected = LatencyPanel.role(input.snapshot.latency[.query].p95Ms, target: 3000)
        #expect(expected == .critical)
        #expect(buffer[column, queryRow].style.role == expected)
    }

    @Test func breakerStatesDifferBySymbolWordAndRole() {
        let unicode = DashboardGlyphs(.unicode)
        let ascii = DashboardGlyphs(.ascii)
        let states = BreakerState.allCases
        #expect(Set(states.map(unicode.breaker)).count == 3)
        #expect(Set(states.map(ascii.breaker)).count == 3)
        #expect(Set(states.map(BreakersPanel.label)).count == 3)
        #expect(Set(states.map(BreakersPanel.role)) == [.ok, .warning, .critical])
    }

    @Test func errorTrendArrowsFollowTheHalves() {
        let input = DashboardFixture.input(focus: nil)
        let lines = DashboardFixture.render(input, width: 120, height: 40, context: .ascii).lines.joined()
        let types = input.snapshot.errors.byType
        if types.contains(where: { ($0.laterHalf ?? 0) > ($0.earlierHalf ?? 0) }) { #expect(lines.contains(" ^ ")) }
        if types.contains(where: { ($0.laterHalf ?? 0) < ($0.earlierHalf ?? 0) }) { #expect(lines.contains(" v ")) }
    }
}

/// A store that has seen nothing yet (the clock is still at its minimum).
struct DashboardEmptyTests {
    @Test(arguments: [(80, 24), (120, 40), (60, 20)])
    func anEmptyStoreSaysSoInEveryPanel(width: Int, height: Int) {
        let input = DashboardInput(
            snapshot: MetricsStore().snapshot(window: .all),
            sources: [SourceLine(name: "app.jsonl", health: .waiting, detail: "file does not exist yet")])
        let model = DashboardModel(input)
        #expect(PanelID.allCases.map { model.rowCount($0) } == [0, 0, 3, 0, 0, 0, 0, 0, 0])
        // Cache, guardrails and quality have nothing to show: they take no place at all.
        #expect(model.panelsWithData.isEmpty)
        let text = DashboardFixture.render(input, width: width, height: height).lines.joined(separator: "\n")
        #expect(text.contains("no data yet"))
        guard width >= 80 else { return }
        #expect(text.contains("◌ app.jsonl waiting: file does not exist yet"))
        #expect(text.contains("no spans in the window"))
        #expect(text.contains("no breakers seen"))
        #expect(text.contains("no alerts"))
        #expect(text.contains("no traces yet"))
        for title in ["Cache", "Guardrails", "Quality"] { #expect(!text.contains(title)) }
    }
}
