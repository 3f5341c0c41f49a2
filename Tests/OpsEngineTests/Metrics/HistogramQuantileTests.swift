import OpsEngine
import Testing
import OpsTestSupport

/// Hand-computed from Prometheus's documented `histogram_quantile` rules.
@Suite("histogram_quantile")
struct HistogramQuantileTests {
    typealias Buckets = [(upperBound: Double, count: Double)]

    /// The `component="llm"` series of the samples: 1 in ≤0.1, 2 in (0.5, 1], 1 in (1, 2.5].
    static let latency: Buckets = [
        (0.1, 1), (0.25, 1), (0.5, 1), (1, 3), (2.5, 4), (5, 4), (10, 4), (.infinity, 4),
    ]

    @Test(arguments: [
        (0.0, 0.0),     // rank 0 → first bucket, 0 + 0.1 × 0/1
        (0.25, 0.1),    // rank 1 → first bucket, 0 + 0.1 × 1/1
        (0.5, 0.75),    // rank 2 → (0.5, 1]: 0.5 + 0.5 × (2−1)/(3−1)
        (0.9, 1.9),     // rank 3.6 → (1, 2.5]: 1 + 1.5 × 0.6/1
        (1.0, 2.5),     // rank 4 → (1, 2.5] top
    ])
    func interpolatesLinearlyInsideTheBucket(q: Double, expected: Double) {
        #expect(isClose(HistogramQuantile.compute(q, buckets: Self.latency), expected))
    }

    @Test func outOfRangeQuantiles() {
        #expect(HistogramQuantile.compute(-0.1, buckets: Self.latency) == -.infinity)
        #expect(HistogramQuantile.compute(1.1, buckets: Self.latency) == .infinity)
        #expect(HistogramQuantile.compute(.nan, buckets: Self.latency).isNaN)
        #expect(HistogramQuantile.compute(-1, buckets: []) == -.infinity)
    }

    @Test func quantileInTheInfBucketReturnsTheSecondHighestBound() {
        let buckets: Buckets = [(1, 1), (2, 2), (.infinity, 10)]
        #expect(HistogramQuantile.compute(0.5, buckets: buckets) == 2)
        #expect(HistogramQuantile.compute(0.2, buckets: buckets) == 2)
        #expect(HistogramQuantile.compute(0.1, buckets: buckets) == 1)
    }

    @Test func undefinedCasesAreNaN() {
        #expect(HistogramQuantile.compute(0.5, buckets: []).isNaN)
        #expect(HistogramQuantile.compute(0.5, buckets: [(1, 1), (2, 2)]).isNaN)
        #expect(HistogramQuantile.compute(0.5, buckets: [(.infinity, 3)]).isNaN)
        #expect(HistogramQuantile.compute(0.5, buckets: [(1, 0), (.infinity, 0)]).isNaN)
    }

    @Test func inputOrderDoesNotMatter() {
        let shuffled: Buckets = Self.latency.reversed()
        #expect(HistogramQuantile.compute(0.5, buckets: shuffled) == 0.75)
    }

    @Test func duplicateBoundsAreCoalescedByAddingCounts() {
        // (1, 2) + (1, 3) → (1, 5); rank 5 of 10 → 0 + 1 × 5/5.
        let buckets: Buckets = [(1, 2), (.infinity, 10), (1, 3)]
        #expect(HistogramQuantile.compute(0.5, buckets: buckets) == 1)
    }

    @Test func decreasingCountsAreForcedMonotonic() {
        // (2, 3) becomes (2, 5): counts 5, 5, 8, 8.
        let buckets: Buckets = [(1, 5), (2, 3), (4, 8), (.infinity, 8)]
        let result = HistogramQuantile.evaluate(0.5, buckets: buckets)
        #expect(result.value == 0.8)  // rank 4 → 0 + 1 × 4/5
        #expect(result.forcedMonotonic)
        #expect(!result.fixedPrecision)
        #expect(isClose(HistogramQuantile.compute(0.75, buckets: buckets), 2 + 2.0 / 3))  // rank 6 → 2 + 2 × 1/3
    }

    @Test func floatNoiseBetweenCountsIsSmoothedSilently() {
        let buckets: Buckets = [(1, 3), (2, 3.000_000_000_000_01), (4, 3), (.infinity, 6)]
        let result = HistogramQuantile.evaluate(0.25, buckets: buckets)
        #expect(result.fixedPrecision)
        #expect(!result.forcedMonotonic)
        #expect(result.value == 0.5)  // rank 1.5 → 0 + 1 × 1.5/3
    }

    @Test func nonPositiveFirstBoundIsReturnedAsIs() {
        let negative: Buckets = [(-1, 2), (0, 4), (.infinity, 4)]
        #expect(HistogramQuantile.compute(0.25, buckets: negative) == -1)
        #expect(HistogramQuantile.compute(0.75, buckets: negative) == -0.5)  // −1 + 1 × 1/2
        #expect(HistogramQuantile.compute(0.25, buckets: [(0, 2), (1, 4), (.infinity, 4)]) == 0)
    }

    @Test func agreesWithANaiveReferenceOnRandomHistograms() {
        var generator = TestRandom(seed: 7)
        for _ in 0..<200 {
            let bounds = [0.05, 0.1, 0.5, 1, 5, .infinity]
            var running = 0.0
            var buckets: Buckets = []
            for bound in bounds {
                running += Double(generator.next() % 5)
                buckets.append((bound, running))
            }
            let q = Double(generator.next() % 101) / 100
            #expect(HistogramQuantile.compute(q, buckets: buckets).isEqualOrBothNaN(naiveQuantile(q, buckets)))
        }
    }

    /// A linear scan written straight from the documentation, for sorted, monotonic, distinct buckets.
    private func naiveQuantile(_ q: Double, _ buckets: Buckets) -> Double {
        let total = buckets[buckets.count - 1].count
        if total == 0 { return .nan }
        let rank = q * total
        var lower = 0.0
        var below = 0.0
        for (index, bucket) in buckets.enumerated() where bucket.count >= rank {
            if index == buckets.count - 1 { return buckets[index - 1].upperBound }
            if index == 0 && bucket.upperBound <= 0 { return bucket.upperBound }
            if index > 0 {
                lower = buckets[index - 1].upperBound
                below = buckets[index - 1].count
            }
            return lower + (bucket.upperBound - lower) * (rank - below) / (bucket.count - below)
        }
        return buckets[buckets.count - 2].upperBound
    }
}

extension Double {
    func isEqualOrBothNaN(_ other: Double) -> Bool {
        (isNaN && other.isNaN) || isClose(self, other)
    }
}
