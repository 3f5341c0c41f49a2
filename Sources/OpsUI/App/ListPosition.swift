/// The selected row of a scrolling list and the first row shown.
package struct ListPosition: Sendable, Hashable {
    package var selected: Int
    package var offset: Int

    package init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    package static let top = ListPosition()

    /// Moves the selection by `delta`, clamped to `count` rows, keeping it within `visible` rows.
    package mutating func move(by delta: Int, count: Int, visible: Int) {
        select(selected.clampedAdd(delta), count: count, visible: visible)
    }

    package mutating func select(_ row: Int, count: Int, visible: Int) {
        selected = count > 0 ? min(max(row, 0), count - 1) : 0
        offset = Table.scrollOffset(selected: selected, offset: offset, visibleRows: visible, rowCount: count)
    }

    /// Brings an out-of-date position back within `count` rows.
    package mutating func clamp(count: Int, visible: Int) {
        select(selected, count: count, visible: visible)
    }
}

extension Int {
    func clampedAdd(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }
}
