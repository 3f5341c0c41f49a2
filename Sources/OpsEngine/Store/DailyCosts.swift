/// Cost per UTC day number, for the newest ``limit`` days.
///
/// Spans arrive day after day, so the day last added to is held beside the dictionary and a
/// span of that day adds to it without hashing. Each day's total is the same sequence of
/// additions from 0 as a plain dictionary would make, so the sums are identical to the bit.
struct DailyCosts: Sendable {
    static let limit = 400

    /// Every day but the held one.
    private var others: [Int64: Double] = [:]
    /// The day last added to and its total, or nil.
    private var held: (day: Int64, usd: Double)?

    init() {}

    var count: Int { others.count + (held == nil ? 0 : 1) }

    subscript(day: Int64) -> Double? {
        if let held, held.day == day { return held.usd }
        return others[day]
    }

    /// Adds `usd` to `day`; past ``limit`` days, forgets the oldest.
    mutating func add(_ usd: Double, day: Int64) {
        if let current = held, current.day == day {
            held = (day, current.usd + usd)
            return
        }
        if let current = held { others[current.day] = current.usd }
        held = (day, (others.removeValue(forKey: day) ?? 0) + usd)
        guard count > Self.limit, let oldest = others.keys.min() else { return }
        if let current = held, current.day < oldest {
            held = nil
        } else {
            others[oldest] = nil
        }
    }
}
