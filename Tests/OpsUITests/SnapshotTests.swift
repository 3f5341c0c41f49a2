import Testing

@testable import OpsUI

/// Whole-screen compositions checked against files in Snapshots/.
struct SnapshotTests {
    private func screen(width: Int, height: Int, context: RenderContext) -> [String] {
        var buffer = ScreenBuffer(width: width, height: height)
        let rows = Layout.vertical([.length(3), .fill(1), .length(1)]).split(buffer.area)
        let top = Layout.horizontal([.percentage(50), .fill(1)], spacing: 1).split(rows[0])
        let gaugeBlock = Block(title: "Budget", trailingTitle: "today")
        gaugeBlock.render(in: top[0], buffer: &buffer, context: context)
        Gauge(ratio: 0.83, label: "$41.50 / $50", thresholds: Gauge.thresholds(warning: 0.8, critical: 0.95))
            .render(in: gaugeBlock.inner(top[0]), buffer: &buffer, context: context)
        let sparkBlock = Block(title: "Requests/s")
        sparkBlock.render(in: top[1], buffer: &buffer, context: context)
        Sparkline([3, 5, 2, 8, 13, 9, 4, 6, 11, 7, 2, 1, 5, 9, 12, 15, 10, 8, 4, 3, 6])
            .render(in: sparkBlock.inner(top[1]), buffer: &buffer, context: context)
        let tableBlock = Block(title: "Models", trailingTitle: "1m", border: .plain)
        tableBlock.render(in: rows[1], buffer: &buffer, context: context)
        let table = Table(
            columns: [
                .init("Model", width: .fill(1)), .init("Req", width: .length(6), alignment: .right),
                .init("Err%", width: .length(6), alignment: .right), .init("p95", width: .length(7), alignment: .right),
            ],
            rows: [
                .init(["claude-sonnet-4-5", "1,204", "0.4", "2.31s"]),
                .init(["gpt-4o-mini-2024-07-18", "988", "12.5", "0.84s"], style: Style(.warning)),
                .init(["日本語モデル", "17", "0.0", "1.02s"]),
                .init(["bad\u{1b}[2Jname", "3", "100", "—"], style: Style(.critical)),
            ],
            selected: 1)
        table.render(in: tableBlock.inner(rows[1]), buffer: &buffer, context: context)
        StatusBar(
            leading: "LIVE",
            hints: [
                KeyHelp(keys: "q", description: "quit"), KeyHelp(keys: "/", description: "filter"),
                KeyHelp(keys: "?", description: "help"),
            ],
            trailing: "12:04:31"
        ).render(in: rows[2], buffer: &buffer, context: context)
        return buffer.lines
    }

    @Test func dashboardLikeScreenUnicode() {
        expectSnapshot(screen(width: 60, height: 12, context: .unicode), named: "composed-60x12-unicode")
    }

    @Test func dashboardLikeScreenASCII() {
        expectSnapshot(screen(width: 60, height: 12, context: .ascii), named: "composed-60x12-ascii")
    }

    @Test func dashboardLikeScreenTiny() {
        expectSnapshot(screen(width: 20, height: 5, context: .unicode), named: "composed-20x5-unicode")
        #expect(screen(width: 0, height: 0, context: .unicode) == [])
    }

    @Test func diffShowsChangedLinesWithVisibleEdges() {
        #expect(
            lineDiff(expected: "a\nb \n", actual: "a\nb\nc\n")
                == "line 2:\n  - |b |\n  + |b|\nline 3:\n  - ||\n  + |c|\nline 4:\n  - (missing)\n  + ||")
    }
}
