/// A ``Table`` whose columns drop out by priority when the area is too narrow.
struct ColumnTable: Sendable, Hashable {
    struct Column: Sendable, Hashable {
        var column: Table.Column
        /// Columns it needs to be worth showing.
        var minimumWidth: Int
        /// Higher stays longer.
        var priority: Int

        init(_ title: String, width: Constraint, alignment: TextAlignment = .left, minimumWidth: Int? = nil,
             priority: Int) {
            column = Table.Column(title, width: width, alignment: alignment)
            self.priority = priority
            switch width {
            case .length(let cells), .min(let cells): self.minimumWidth = minimumWidth ?? cells
            default: self.minimumWidth = minimumWidth ?? 1
            }
        }
    }

    var columns: [Column]
    var rows: [Table.Row]
    /// The row kept in view.
    var selected: Int?
    /// Whether the selected row is highlighted (only in the focused panel).
    var highlightsSelection: Bool
    var showsHeader = true
    /// Columns either side of the area the selection bar also covers (the panel's padding).
    var bleed = 1

    func render(in area: Rect, buffer: inout ScreenBuffer, context: RenderContext) {
        guard !area.isEmpty else { return }
        let items = columns.indices.map { PriorityItem($0, minimumSize: columns[$0].minimumWidth, priority: columns[$0].priority) }
        let shown = PriorityFit.visible(items, in: area.width, spacing: 1)
        let visibleRows = area.height - (showsHeader ? 1 : 0)
        let offset = Table.scrollOffset(selected: selected, offset: 0, visibleRows: visibleRows, rowCount: rows.count)
        let table = Table(
            columns: shown.map { columns[$0].column },
            rows: rows.map { row in
                Table.Row(shown.map { $0 < row.cells.count ? row.cells[$0] : "" }, style: row.style)
            },
            selected: highlightsSelection ? selected : nil, offset: offset, showsHeader: showsHeader,
            headerStyle: Style(.header), selectionStyle: Style(.selection), columnSpacing: 1)
        table.render(in: area, buffer: &buffer, context: context)
        if highlightsSelection, let selected, selected >= offset, selected - offset < visibleRows {
            let y = area.y + (showsHeader ? 1 : 0) + selected - offset
            buffer.setStyle(Style(.selection), in: Rect(x: area.x - bleed, y: y, width: area.width + 2 * bleed, height: 1))
        }
    }
}
