/// The scores of one evaluation metric in a bucket, for percentiles: kept exactly while there are
/// few, then counted in bins of width `10^exponent` (0.001 at first, ten times wider whenever more
/// than ``maxBins`` bins are in use), so memory stays bounded whatever the input.
package struct ScoreSketch: Sendable, Hashable {
    static let exactLimit = 256
    static let maxBins = 4096
    private static let firstExponent = -3

    private(set) var exact: [Double] = []
    private(set) var bins: [Int64: Int] = [:]
    private(set) var exponent = ScoreSketch.firstExponent
    package private(set) var count = 0

    package init() {}

    package var isExact: Bool { bins.isEmpty }

    package mutating func add(_ score: Double) {
        count += 1
        if bins.isEmpty && exact.count < Self.exactLimit {
            exact.append(score)
            return
        }
        moveExactToBins()
        add(score, weight: 1)
    }

    package mutating func merge(_ other: ScoreSketch) {
        guard other.count > 0 else { return }
        if bins.isEmpty && other.bins.isEmpty && exact.count + other.exact.count <= Self.exactLimit {
            exact.append(contentsOf: other.exact)
            count += other.count
            return
        }
        moveExactToBins()
        while exponent < other.exponent { coarsen() }
        count += other.count
        for score in other.exact { add(score, weight: 1) }
        for (key, weight) in other.bins { add(Double(key) * Self.power(other.exponent), weight: weight) }
    }

    package mutating func reset() {
        exact.removeAll(keepingCapacity: true)
        bins.removeAll()
        exponent = Self.firstExponent
        count = 0
    }

    /// The nearest-rank percentile (`rank` in 0…100): the smallest score with at least `rank` % of the
    /// scores at or below it; exact while ``isExact``, else within one bin width. Nil when empty.
    package func percentile(_ rank: Double) -> Double? {
        guard count > 0 else { return nil }
        let wanted = Swift.max(1, Swift.min(count, Int((rank / 100 * Double(count)).rounded(.up))))
        if bins.isEmpty { return exact.sorted()[wanted - 1] }
        var seen = 0
        for key in bins.keys.sorted() {
            seen += bins[key] ?? 0
            if seen >= wanted { return Double(key) * Self.power(exponent) }
        }
        return nil
    }

    private mutating func moveExactToBins() {
        guard !exact.isEmpty else { return }
        let scores = exact
        exact.removeAll()
        for score in scores { add(score, weight: 1) }
        // An empty exact list with no bins would read as exact: the scores are in bins now.
    }

    private mutating func add(_ score: Double, weight: Int) {
        bins[key(of: score, exponent: exponent), default: 0] += weight
        while bins.count > Self.maxBins { coarsen() }
    }

    private mutating func coarsen() {
        exponent += 1
        var wider: [Int64: Int] = [:]
        for (key, weight) in bins { wider[Self.clamped((Double(key) / 10).rounded()), default: 0] += weight }
        bins = wider
    }

    private func key(of score: Double, exponent: Int) -> Int64 {
        Self.clamped((score / Self.power(exponent)).rounded())
    }

    private static func clamped(_ value: Double) -> Int64 {
        let limit = 4.0e18
        return Int64(Swift.max(-limit, Swift.min(limit, value)))
    }

    /// 10 to the power `exponent`.
    static func power(_ exponent: Int) -> Double {
        var value = 1.0
        for _ in 0..<exponent.magnitude { value *= 10 }
        return exponent < 0 ? 1 / value : value
    }
}
