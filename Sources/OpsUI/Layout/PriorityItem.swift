/// A part of the screen that may be hidden when space is short (see ``PriorityFit``).
package struct PriorityItem<ID: Hashable & Sendable>: Sendable, Hashable {
    package var id: ID
    /// Cells it needs along the axis to be worth showing.
    package var minimumSize: Int
    /// Higher stays longer.
    package var priority: Int

    package init(_ id: ID, minimumSize: Int, priority: Int) {
        self.id = id
        self.minimumSize = minimumSize
        self.priority = priority
    }
}
