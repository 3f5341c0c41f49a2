import Testing

@testable import OpsUI

struct WidgetTests {
    @Test func blockWithTitles() {
        let block = Block(title: "Models", trailingTitle: "1m")
        #expect(
            render(block, width: 20, height: 3) == [
                "╭ Models ────── 1m ╮",
                "│                  │",
                "╰──────────────────╯",
            ])
    }

    @Test func blockBorderKinds() {
        #expect(render(Block(border: .plain), width: 4, height: 2) == ["┌──┐", "└──┘"])
        #expect(render(Block(border: .double), width: 3, height: 3) == ["╔═╗", "║ ║", "╚═╝"])
        #expect(render(Block(title: "x"), width: 6, height: 2, context: .ascii) == ["+ x -+", "+----+"])
    }

    @Test func blockTitleIsTruncatedAndSanitized() {
        let block = Block(title: "\u{1b}[2Jlong title", trailingTitle: "5m")
        #expect(render(block, width: 12, height: 2) == ["╭ ␛[2Jlon… ╮", "╰──────────╯"])
    }

    @Test func blockInnerArea() {
        #expect(Block().inner(Rect(x: 2, y: 3, width: 10, height: 5)) == Rect(x: 3, y: 4, width: 8, height: 3))
        #expect(Block().inner(Rect(width: 1, height: 1)).isEmpty)
    }

    @Test func sparklineIsRightAlignedAndScaled() {
        let line = Sparkline([0, 1, 2, 3, 4, 5, 6, 7, 8], maximum: 8)
        #expect(render(line, width: 9, height: 1) == [" ▁▂▃▄▅▆▇█"])
        #expect(render(Sparkline([8, 4]), width: 5, height: 1) == ["   █▄"])
        #expect(render(Sparkline([8, 4, 0.01]), width: 3, height: 2) == ["█  ", "██▁"])
    }

    @Test func sparklineHandlesBadValuesAndKeepsTheNewest() {
        #expect(render(Sparkline([.nan, -3, .infinity, 2]), width: 4, height: 1) == ["   █"])
        #expect(render(Sparkline([9, 9, 1, 2]), width: 2, height: 1) == ["▄█"])
        #expect(render(Sparkline([0, 0]), width: 2, height: 1) == ["  "])
    }

    @Test func sparklineInASCII() {
        #expect(render(Sparkline([1, 7], maximum: 7), width: 2, height: 1, context: .ascii) == ["_#"])
    }

    @Test func gaugeShowsPercentAndSmoothEdge() {
        #expect(render(Gauge(ratio: 0.5), width: 14, height: 1) == ["█████░░░░░ 50%"])
        #expect(render(Gauge(ratio: 0.55), width: 14, height: 1) == ["█████▌░░░░ 55%"])
        #expect(render(Gauge(ratio: 0.55), width: 14, height: 1, context: .ascii) == ["######.... 55%"])
        #expect(render(Gauge(ratio: 2, label: "over"), width: 8, height: 1) == ["███ over"])
    }

    @Test func gaugeRoleFollowsThresholds() {
        let thresholds = Gauge.thresholds(warning: 0.8, critical: 0.95)
        #expect(Gauge(ratio: 0.5, thresholds: thresholds).effectiveRole == .ok)
        #expect(Gauge(ratio: 0.8, thresholds: thresholds).effectiveRole == .warning)
        #expect(Gauge(ratio: 0.99, thresholds: thresholds).effectiveRole == .critical)
        let critical = renderBuffer(Gauge(ratio: 0.97, thresholds: thresholds), width: 10, height: 1)
        #expect(critical[0, 0].style.role == .critical)
        #expect(critical[9, 0].style.role == .critical)
        let ok = renderBuffer(Gauge(ratio: 0.5, thresholds: thresholds), width: 10, height: 1)
        #expect(ok[0, 0].style.role == .ok)
        #expect(ok[5, 0].style.role == .muted)
    }

    @Test func gaugeInTinyAreasShowsTheLabelOnly() {
        #expect(render(Gauge(ratio: 0.5), width: 3, height: 1) == ["50%"])
        #expect(render(Gauge(ratio: 0.5), width: 2, height: 1) == ["5…"])
    }

    @Test func barRowLaysOutLabelBarAndValue() {
        let row = BarRow(label: "gpt-4o", value: 50, maximum: 100, valueText: "50", labelWidth: 8, valueWidth: 4)
        #expect(render(row, width: 24, height: 1) == ["gpt-4o   █████        50"])
    }

    @Test func barRowDropsTheBarWhenNarrow() {
        let row = BarRow(label: "claude-sonnet", value: 1, maximum: 1, valueText: "1,204")
        #expect(render(row, width: 12, height: 1) == ["claud… 1,204"])
        #expect(render(row, width: 5, height: 1) == ["1,204"])
        #expect(render(row, width: 3, height: 1) == ["1,…"])
    }

    @Test func paragraphWrapsAndScrolls() {
        let text = "the quick brown fox jumps over the lazy dog"
        #expect(render(Paragraph(text), width: 10, height: 3) == ["the quick ", "brown fox ", "jumps over"])
        #expect(render(Paragraph(text, scroll: 3), width: 10, height: 3) == ["the lazy  ", "dog       ", "          "])
        #expect(render(Paragraph("a\nb", wraps: false), width: 3, height: 2) == ["a  ", "b  "])
        #expect(render(Paragraph("abcdef", wraps: false), width: 4, height: 1) == ["abc…"])
    }

    @Test func statusBarDropsHintsThatDoNotFit() {
        let bar = StatusBar(
            leading: "LIVE", hints: [KeyHelp(keys: "q", description: "quit"), KeyHelp(keys: "?", description: "help")],
            trailing: "12:00")
        #expect(render(bar, width: 32, height: 1) == [" LIVE  q quit  ? help     12:00 "])
        #expect(render(bar, width: 20, height: 1) == [" LIVE  q quit 12:00 "])
        #expect(render(bar, width: 4, height: 1) == [" LI…"])
        let buffer = renderBuffer(bar, width: 32, height: 1)
        #expect(buffer[7, 0].style == Style(.keyHint))
        #expect(buffer[31, 0].style == Style(.statusBar))
    }

    @Test func everyWidgetSurvivesEmptyAndTinyAreas() {
        let widgets: [any Widget] = [
            Block(title: "title", trailingTitle: "t"), Sparkline([1, 2, 3]), Gauge(ratio: 0.3),
            BarRow(label: "l", value: 1, maximum: 2, valueText: "1"),
            Table(columns: [.init("a", width: .fill(1))], rows: [.init(["x"])], selected: 0),
            Paragraph("some words here 中文"), StatusBar(leading: "x", hints: [KeyHelp(keys: "q", description: "quit")]),
        ]
        for widget in widgets {
            for (width, height) in [(0, 0), (1, 1), (2, 1), (1, 3), (3, 2), (20, 5)] {
                var buffer = ScreenBuffer(width: width, height: height)
                widget.render(in: buffer.area, buffer: &buffer, context: .unicode)
                widget.render(
                    in: Rect(x: width - 1, y: height - 1, width: 5, height: 5), buffer: &buffer, context: .ascii)
                #expect(buffer.lines.count == height)
            }
        }
    }
}
