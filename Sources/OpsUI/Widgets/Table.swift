/// Rows of text in columns, with a header, a selected row and vertical scrolling.
///
/// Columns are sized by ``Layout`` constraints; cell text is sanitized, truncated with an
/// ellipsis and aligned per column (right for numbers).
package struct Table: Widget, Sendable, Hashable {
    package struct Column: Sendable, Hashable {
        package var title: String
        package var width: Constraint
        package var alignment: TextAlignment

        package init(_ title: String, width: Constraint, alignment: TextAlignment = .left) {
            self.title = title
            self.width = width
            self.alignment = alignment
        }
    }

    package struct Cell: Sendable, Hashable, ExpressibleByStringInterpolation {
        package var text: String
        /// The row's style when nil.
        package var style: Style?

        package init(_ text: String, style: Style? = nil) {
            self.text = text
            self.style = style
        }

        package init(stringLiteral value: String) {
            self.init(value)
        }

        package init(stringInterpolation: DefaultStringInterpolation) {
            self.init(String(stringInterpolation: stringInterpolation))
        }
    }

    package struct Row: Sendable, Hashable {
        package var cells: [Cell]
        package var style: Style

        package init(_ cells: [Cell], style: Style = .plain) {
            self.cells = cells
            self.style = style
        }
    }

    package var columns: [Column]
    package var rows: [Row]
    /// Index into ``rows``; highlighted and kept in view.
    package var selected: Int?
    /// The first row shown, adjusted when drawing so that the selection is visible.
    package var offset: Int
    package var showsHeader: Bool
    package var headerStyle: Style
    package var selectionStyle: Style
    package var columnSpacing: Int

    package init(
        columns: [Column], rows: [Row], selected: Int? = nil, offset: Int = 0, showsHeader: Bool = true,
        headerStyle: Style = Style(.header), selectionStyle: Style = Style(.selection), columnSpacing: Int = 1
    ) {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.offset = offset
        self.showsHeader = showsHeader
        self.headerStyle = headerStyle
        self.selectionStyle = selectionStyle
        self.columnSpacing = columnSpacing
    }

    /// The first row to show so that `selected` is visible with as little movement from
    /// `offset` as possible, and no empty space below the last row.
    package static func scrollOffset(selected: Int?, offset: Int, visibleRows: Int, rowCount: Int) -> Int {
        guard visibleRows > 0, rowCount > 0 else { return 0 }
        var first = Swift.min(Swift.max(offset, 0), Swift.max(rowCount - visibleRows, 0))
        if let selected {
            let row = Swift.min(Swift.max(selected, 0), rowCount - 1)
            if row < first { first = row }
            if row >= first + visibleRows { first = row - visibleRows + 1 }
        }
        return first
    }

    package func render(in area: Rect, buffer: inout ScreenBuffer, context: RenderContext) {
        guard !area.isEmpty, !columns.isEmpty else { return }
        let cellAreas = Layout.horizontal(columns.map(\.width), spacing: columnSpacing).split(area.row(0))
        var y = area.y
        if showsHeader {
            buffer.fill(area.row(0), style: headerStyle)
            for (column, cellArea) in zip(columns, cellAreas) {
                put(
                    column.title, in: cellArea, y: y, alignment: column.alignment, style: headerStyle, context: context,
                    buffer: &buffer)
            }
            y += 1
        }
        let visibleRows = area.maxY - y
        let first = Self.scrollOffset(
            selected: selected, offset: offset, visibleRows: visibleRows, rowCount: rows.count)
        for (index, row) in rows.enumerated().dropFirst(first).prefix(Swift.max(visibleRows, 0)) {
            let isSelected = index == selected
            let rowStyle = isSelected ? selectionStyle : row.style
            if isSelected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: rowStyle) }
            for (cell, (column, cellArea)) in zip(row.cells, zip(columns, cellAreas)) {
                let style = isSelected ? rowStyle : (cell.style ?? rowStyle)
                put(
                    cell.text, in: cellArea, y: y, alignment: column.alignment, style: style, context: context,
                    buffer: &buffer)
            }
            y += 1
        }
    }

    private func put(
        _ text: String, in cellArea: Rect, y: Int, alignment: TextAlignment, style: Style,
        context: RenderContext, buffer: inout ScreenBuffer
    ) {
        guard cellArea.width > 0 else { return }
        let fitted = TerminalText.fit(
            text, toWidth: cellArea.width, alignment: alignment, ellipsis: context.glyphs.ellipsis)
        buffer.put(fitted, x: cellArea.x, y: y, style: style, maxWidth: cellArea.width)
    }
}
