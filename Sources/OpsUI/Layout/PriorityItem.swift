/// A part of the screen that may be hidden when space is short (see ``PriorityFit``).
public struct PriorityItem<ID: Hashable & Sendable>: Sendable, Hashable {
    public var id: ID
    /// Cells it needs along the axis to be worth showing.
    public var minimumSize: Int
    /// Higher stays longer.
    public var priority: Int

    public init(_ id: ID, minimumSize: Int, priority: Int) {
        self.id = id
        self.minimumSize = minimumSize
        self.priority = priority
    }
}
