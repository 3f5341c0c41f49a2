/// Splits a rectangle into segments along one axis, by constraints.
package struct Layout: Sendable, Hashable {
    package enum Direction: Sendable, Hashable {
        case horizontal
        case vertical
    }

    package var direction: Direction
    package var constraints: [Constraint]
    /// Cells left empty between neighbouring segments.
    package var spacing: Int

    package init(_ direction: Direction, _ constraints: [Constraint], spacing: Int = 0) {
        self.direction = direction
        self.constraints = constraints
        self.spacing = Swift.max(0, spacing)
    }

    package static func horizontal(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(.horizontal, constraints, spacing: spacing)
    }

    package static func vertical(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(.vertical, constraints, spacing: spacing)
    }

    /// One rectangle per constraint, in order; together with the spacing they never exceed `area`.
    package func split(_ area: Rect) -> [Rect] {
        let total = direction == .horizontal ? area.width : area.height
        let spacing = Swift.min(self.spacing, total)
        let gaps = Swift.min(spacing * Swift.max(0, constraints.count - 1), total)
        let sizes = Self.sizes(for: constraints, in: Swift.max(0, total - gaps))
        var offset = direction == .horizontal ? area.x : area.y
        let limit = offset + total
        return sizes.map { size in
            let start = Swift.min(offset, limit)
            let length = Swift.max(0, Swift.min(size, limit - start))
            offset = start + length + spacing
            switch direction {
            case .horizontal: return Rect(x: start, y: area.y, width: length, height: area.height)
            case .vertical: return Rect(x: area.x, y: start, width: area.width, height: length)
            }
        }
    }

    /// Segment lengths along the axis for `total` cells (spacing already removed).
    static func sizes(for constraints: [Constraint], in total: Int) -> [Int] {
        var sizes = constraints.map { wanted($0, total: total) }
        var excess = sizes.reduce(0, +) - total
        let shrinkOrder: [(Constraint) -> Bool] = [
            { if case .ratio = $0 { true } else { false } },
            { if case .percentage = $0 { true } else { false } },
            { if case .length = $0 { true } else { false } },
            { if case .min = $0 { true } else { false } },
        ]
        for matches in shrinkOrder where excess > 0 {
            let members = constraints.indices.filter { matches(constraints[$0]) }
            let available = members.reduce(0) { $0 + sizes[$1] }
            guard available > 0 else { continue }
            let cut = Swift.min(excess, available)
            let cuts = distribute(cut, weights: members.map { sizes[$0] })
            for (member, amount) in zip(members, cuts) { sizes[member] -= amount }
            excess -= cut
        }
        var spare = -excess
        guard spare > 0 else { return sizes }
        let fills = constraints.indices.compactMap { index -> (Int, Int)? in
            if case .fill(let weight) = constraints[index] { return (index, Swift.min(Swift.max(0, weight), 1 << 20)) }
            return nil
        }
        if !fills.isEmpty {
            let weights = fills.map(\.1)
            let shares = distribute(spare, weights: weights.allSatisfy { $0 == 0 } ? weights.map { _ in 1 } : weights)
            for ((index, _), share) in zip(fills, shares) { sizes[index] += share }
            return sizes
        }
        spare = grow(&sizes, constraints: constraints, spare: spare)
        let last = constraints.lastIndex { if case .max = $0 { false } else { true } }
        if spare > 0, let last { sizes[last] += spare }
        return sizes
    }

    private static func wanted(_ constraint: Constraint, total: Int) -> Int {
        switch constraint {
        case .length(let cells), .min(let cells): return Swift.min(Swift.max(0, cells), total)
        case .max, .fill: return 0
        case .percentage(let percent): return total * Swift.min(Swift.max(0, percent), 100) / 100
        case .ratio(let numerator, let denominator):
            guard denominator > 0, numerator > 0 else { return 0 }
            return Int(Double(total) * Swift.min(1, Double(numerator) / Double(denominator)))
        }
    }

    /// Gives spare cells to `min` and `max` segments, evenly, maxes only up to their caps.
    private static func grow(_ sizes: inout [Int], constraints: [Constraint], spare: Int) -> Int {
        var spare = spare
        while spare > 0 {
            let growable = constraints.indices.filter { index in
                switch constraints[index] {
                case .min: return true
                case .max(let cap): return sizes[index] < cap
                default: return false
                }
            }
            guard !growable.isEmpty else { break }
            let before = spare
            let shares = distribute(spare, weights: growable.map { _ in 1 })
            for (index, share) in zip(growable, shares) {
                var amount = share
                if case .max(let cap) = constraints[index] { amount = Swift.min(share, cap - sizes[index]) }
                sizes[index] += amount
                spare -= amount
            }
            if spare == before { break }
        }
        return spare
    }

    /// Splits `amount` by `weights` exactly (largest remainder; ties go to the earlier index).
    static func distribute(_ amount: Int, weights: [Int]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0, amount > 0 else { return weights.map { _ in 0 } }
        var shares = weights.map { amount * $0 / sum }
        var left = amount - shares.reduce(0, +)
        let order = weights.indices.sorted { lhs, rhs in
            let a = amount * weights[lhs] % sum
            let b = amount * weights[rhs] % sum
            return a != b ? a > b : lhs < rhs
        }
        for index in order where left > 0 {
            shares[index] += 1
            left -= 1
        }
        return shares
    }
}
