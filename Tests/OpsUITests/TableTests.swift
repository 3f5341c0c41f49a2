import Testing

@testable import OpsUI

struct TableTests {
    private let columns: [Table.Column] = [
        .init("Model", width: .fill(1)),
        .init("Req", width: .length(5), alignment: .right),
        .init("p95", width: .length(6), alignment: .right),
    ]

    private func rows(_ count: Int) -> [Table.Row] {
        (0..<count).map { .init(["model-\($0)", "\($0 * 10)", "\($0).0s"]) }
    }

    @Test func headerRowsAndRightAlignedNumbers() {
        let table = Table(columns: columns, rows: rows(2))
        #expect(
            render(table, width: 24, height: 4) == [
                "Model         Req    p95",
                "model-0         0   0.0s",
                "model-1        10   1.0s",
                "                        ",
            ])
    }

    @Test func longCellsAreTruncatedWithAnEllipsis() {
        let table = Table(
            columns: columns, rows: [.init(["a-very-long-model-name", "123456", "\u{1b}[2J"])], showsHeader: false)
        #expect(render(table, width: 24, height: 1) == ["a-very-lon… 1234…   ␛[2J"])
    }

    @Test func selectionIsHighlightedAndScrolledIntoView() {
        let table = Table(columns: columns, rows: rows(10), selected: 7)
        let buffer = renderBuffer(table, width: 24, height: 4)
        #expect(buffer.lines.dropFirst().map { String($0.prefix(7)) } == ["model-5", "model-6", "model-7"])
        #expect(buffer[0, 3].style == Style(.selection))
        #expect(buffer[23, 3].style == Style(.selection))
        #expect(buffer[0, 2].style == .plain)
    }

    @Test func scrollOffsetKeepsTheSelectionVisible() {
        #expect(Table.scrollOffset(selected: 0, offset: 5, visibleRows: 3, rowCount: 10) == 0)
        #expect(Table.scrollOffset(selected: 9, offset: 0, visibleRows: 3, rowCount: 10) == 7)
        #expect(Table.scrollOffset(selected: 4, offset: 3, visibleRows: 3, rowCount: 10) == 3)
        #expect(Table.scrollOffset(selected: nil, offset: 50, visibleRows: 3, rowCount: 10) == 7)
        #expect(Table.scrollOffset(selected: 99, offset: 0, visibleRows: 3, rowCount: 10) == 7)
        #expect(Table.scrollOffset(selected: 2, offset: 0, visibleRows: 0, rowCount: 10) == 0)
        #expect(Table.scrollOffset(selected: 2, offset: 0, visibleRows: 5, rowCount: 0) == 0)
    }

    @Test func cellStylesOverrideTheRowStyle() {
        let row = Table.Row([Table.Cell("x"), Table.Cell("err", style: Style(.critical)), "1"], style: Style(.muted))
        let buffer = renderBuffer(Table(columns: columns, rows: [row], showsHeader: false), width: 24, height: 1)
        #expect(buffer[0, 0].style == Style(.muted))
        #expect(buffer[16, 0].style == Style(.critical))
    }

    @Test func wideTextInNarrowColumns() {
        let table = Table(
            columns: [.init("名前", width: .length(5)), .init("値", width: .fill(1))], rows: [.init(["日本語", "中文"])])
        #expect(render(table, width: 10, height: 2) == ["名前  値  ", "日本… 中文"])
    }
}
