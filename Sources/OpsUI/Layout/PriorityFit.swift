/// Chooses which optional parts of a screen to show when space is short.
///
/// Items are dropped lowest priority first (the later one on ties) until the rest, with
/// spacing, fit.
package enum PriorityFit {
    /// The ids of the items that fit in `length` cells, in their original order.
    package static func visible<ID>(_ items: [PriorityItem<ID>], in length: Int, spacing: Int = 0) -> [ID] {
        var kept = Array(items.indices)
        func needed() -> Int {
            let sizes = kept.reduce(0) { $0 + min(max(0, items[$1].minimumSize), 1 << 32) }
            return sizes + min(max(0, spacing), 1 << 32) * max(0, kept.count - 1)
        }
        while !kept.isEmpty, needed() > max(0, length) {
            let victim = kept.indices.min { lhs, rhs in
                let a = items[kept[lhs]].priority
                let b = items[kept[rhs]].priority
                return a != b ? a < b : lhs > rhs
            }
            guard let victim else { break }
            kept.remove(at: victim)
        }
        return kept.map { items[$0].id }
    }
}
