import Testing
@testable import OpsEngine
import OpsTestSupport

/// A histogram fed samples (the engine's path: one sample per span, recorded in several buckets) must
/// answer exactly as one fed the raw durations.
@Test(arguments: [UInt64(1), 2, 3])
func samplesRecordAsTheirDurations(seed: UInt64) {
    var generator = TestRandom(seed: seed)
    var sampled = LatencyHistogram()
    var plain = LatencyHistogram()
    for step in 0..<2_000 {
        let nanos: Int64
        switch step % 5 {
        case 0: nanos = Int64.random(in: -5_000...300_000, using: &generator)  // negative, sub-µs, exact range
        case 1: nanos = Int64.random(in: 0...(1 << 62), using: &generator)  // past the clamp
        default: nanos = Int64.random(in: 1_000_000...30_000_000_000, using: &generator)
        }
        sampled.record(LatencyHistogram.Sample(nanos: nanos))
        plain.record(nanos: nanos)
        if step == 20 || step == 40 {  // still a small list, then just dense
            #expect(sampled.percentiles([50, 99]) == plain.percentiles([50, 99]))
        }
    }
    #expect(sampled.count == plain.count)
    #expect(sampled.min == plain.min)
    #expect(sampled.max == plain.max)
    #expect(sampled.sum == plain.sum)
    #expect(sampled.percentiles([0, 1, 50, 90, 95, 99, 99.9, 100]) == plain.percentiles([0, 1, 50, 90, 95, 99, 99.9, 100]))
    #expect(sampled.count(atLeast: 1_000_000) == plain.count(atLeast: 1_000_000))
}

@Test func aSampleClampsAndIndexesLikeTheHistogram() {
    let negative = LatencyHistogram.Sample(nanos: -7)
    #expect(negative.micros == 0 && negative.index == LatencyHistogram.bucketIndex(of: 0))
    let huge = LatencyHistogram.Sample(nanos: .max)
    #expect(huge.micros == LatencyHistogram.maxValue)
    #expect(huge.index == LatencyHistogram.bucketIndex(of: LatencyHistogram.maxValue))
    #expect(LatencyHistogram.Sample(nanos: 1_234_567).micros == 1_234)
}

/// A reset histogram is a fresh one, whether or not anything was recorded since the last reset.
@Test func resetTwiceLeavesAFreshHistogram() {
    var histogram = LatencyHistogram()
    for value in UInt64(0)..<100 { histogram.record(micros: value * 1_000) }
    histogram.reset()
    histogram.reset()
    #expect(histogram.isEmpty && histogram.min == .max && histogram.max == 0 && histogram.sum == 0)
    histogram.record(micros: 5)
    #expect(histogram.percentiles([50, 100]) == [5, 5])
    #expect(histogram.count == 1)
}

/// One percentile found from the top equals the same rank among several found from the bottom.
@Test(arguments: [UInt64(4), 5, 6])
func aSinglePercentileEqualsTheOneOfAList(seed: UInt64) {
    var generator = TestRandom(seed: seed)
    for size in [1, 2, 3, 31, 33, 100, 1_000, 5_000] {
        var histogram = LatencyHistogram()
        for _ in 0..<size {
            let spread = [1_000, 300_000, 60_000_000][Int.random(in: 0..<3, using: &generator)]
            histogram.record(micros: UInt64.random(in: 0...UInt64(spread), using: &generator))
        }
        for rank in [0, 1, 49.9, 50, 66.6, 90, 95, 99, 99.9, 99.999, 100] {
            #expect(histogram.percentile(rank) == histogram.percentiles([1, rank, 50])[1], "size \(size) rank \(rank)")
        }
    }
}
