/// Stacks a panel's parts top to bottom, dropping the least important when rows are short.
///
/// Each part asks for a height; one part may be elastic and takes the rows left over.
struct PanelSections<ID: Hashable & Sendable>: Sendable {
    struct Part: Sendable {
        var id: ID
        var height: Int
        var priority: Int
        /// Takes the rows no other part uses (at least `height`).
        var grows: Bool
    }

    var parts: [Part] = []

    mutating func add(_ id: ID, height: Int, priority: Int, grows: Bool = false) {
        parts.append(Part(id: id, height: Swift.max(0, height), priority: priority, grows: grows))
    }

    /// The area of each part that fits in `area`, in the order they were added.
    func layout(_ area: Rect) -> [(id: ID, area: Rect)] {
        let items = parts.filter { $0.height > 0 }.map { PriorityItem($0.id, minimumSize: $0.height, priority: $0.priority) }
        let shown = Set(PriorityFit.visible(items, in: area.height))
        let kept = parts.filter { shown.contains($0.id) && $0.height > 0 }
        let constraints = kept.map { $0.grows ? Constraint.min($0.height) : Constraint.length($0.height) }
        let growing = kept.contains { $0.grows }
        let rects = Layout.vertical(growing ? constraints : constraints + [.fill(1)]).split(area)
        return zip(kept, rects).map { ($0.id, $1) }
    }
}
