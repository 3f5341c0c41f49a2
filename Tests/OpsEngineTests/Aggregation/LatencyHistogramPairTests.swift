import Testing
@testable import OpsEngine
import OpsTestSupport

/// The percentile of two histograms walked together is the one their merge answers, whatever form
/// each is in (a short list or dense counts) and however their ranges overlap.
@Test(arguments: [UInt64(21), 22, 23, 24, 25])
func percentileOfTwoMatchesTheirMerge(seed: UInt64) {
    var generator = TestRandom(seed: seed)
    for round in 0..<200 {
        var first = LatencyHistogram()
        var second = LatencyHistogram()
        // Sizes around the short list's limit, and ranges apart, overlapping or nested.
        let sizes = [0, 1, 5, 20, 31, 32, 33, 60, 300]
        let firstCount = sizes[Int.random(in: 0..<sizes.count, using: &generator)]
        let secondCount = sizes[Int.random(in: 0..<sizes.count, using: &generator)]
        let firstBase = UInt64.random(in: 0...2_000_000, using: &generator)
        let secondBase = UInt64.random(in: 0...2_000_000, using: &generator)
        for _ in 0..<firstCount { first.record(micros: firstBase + UInt64.random(in: 0...500_000, using: &generator)) }
        for _ in 0..<secondCount { second.record(micros: secondBase + UInt64.random(in: 0...50_000, using: &generator)) }
        var merged = first
        merged.merge(second)
        for rank in [50.0, 90, 95, 99, 99.9, 100, 10] {
            #expect(
                LatencyHistogram.percentile(rank, of: first, and: second) == merged.percentile(rank),
                "round \(round) rank \(rank): \(firstCount) and \(secondCount) values")
        }
    }
}

/// Hand-worked: forty values of 100 µs in one histogram, two of 9 000 µs in the other.
@Test func percentileOfTwoHandWorked() {
    var first = LatencyHistogram()
    var second = LatencyHistogram()
    for _ in 0..<40 { first.record(micros: 100) }
    for _ in 0..<2 { second.record(micros: 9_000) }
    // 42 values: p95 is rank 40 (the last 100 µs), p99 rank 42 (about 9 000 µs, to bucket width).
    #expect(LatencyHistogram.percentile(95, of: first, and: second) == 100)
    let p99 = LatencyHistogram.percentile(99, of: first, and: second)
    #expect(p99 >= 8_960 && p99 <= 9_000)
    // The originals are left as they were.
    #expect(first.count == 40 && second.count == 2)
}
