import Testing
@testable import OpsEngine
import OpsTestSupport

/// Nearest-rank percentile over raw values: the reference the sketch is checked against.
func exactPercentile(_ sorted: [UInt64], _ rank: Double) -> UInt64 {
    let position = Swift.max(1, Int((rank * Double(sorted.count) / 100 - 1e-9).rounded(.up)))
    return sorted[Swift.min(sorted.count, position) - 1]
}

@Test func valuesBelow256MicrosecondsAreExact() {
    var histogram = LatencyHistogram()
    for value in UInt64(0)..<256 { histogram.record(micros: value) }
    #expect(histogram.percentile(50) == 127)
    #expect(histogram.percentile(100) == 255)
    #expect(histogram.min == 0)
    #expect(histogram.count == 256)
}

@Test func bucketIndexesAreContiguousAndBoundsRoundTrip() {
    var previous = -1
    for value: UInt64 in [0, 1, 255, 256, 257, 383, 384, 511, 512, 1023, 1024, 1 << 20, (1 << 20) + 12345, 1 << 39] {
        let index = LatencyHistogram.bucketIndex(of: value)
        #expect(index >= previous)
        previous = index
        let (low, width) = LatencyHistogram.lowerBound(ofBucket: index)
        #expect(low <= value && value < low + width, "value \(value) outside its bucket [\(low), \(low + width))")
    }
    #expect(LatencyHistogram.bucketIndex(of: 511) + 1 == LatencyHistogram.bucketIndex(of: 512))
}

@Test(arguments: [UInt64(1), 7, 42])
func percentilesStayWithinOnePercentOfExactNearestRank(seed: UInt64) {
    var generator = TestRandom(seed: seed)
    var histogram = LatencyHistogram()
    var values: [UInt64] = []
    for _ in 0..<20_000 {
        // Log-uniform from 100 µs to 100 s: every octave of the sketch gets used.
        let exponent = Double.random(in: 2...8, using: &generator)
        let value = UInt64(pow10(exponent))
        values.append(value)
        histogram.record(micros: value)
    }
    values.sort()
    for rank in [1.0, 25, 50, 90, 95, 99, 99.9, 100] {
        let exact = Double(exactPercentile(values, rank))
        let estimate = Double(histogram.percentile(rank))
        #expect(abs(estimate - exact) / exact <= 0.01, "p\(rank): \(estimate) vs exact \(exact)")
    }
    #expect(histogram.max == values.last)
}

func pow10(_ exponent: Double) -> Double {
    var result = 1.0
    var remaining = exponent
    while remaining >= 1 { result *= 10; remaining -= 1 }
    // 10^f = e^(f ln 10), by a short series: enough for test data.
    let x = remaining * 2.302585092994046
    var term = 1.0
    var sum = 1.0
    for n in 1..<30 { term *= x / Double(n); sum += term }
    return result * sum
}

@Test func mergingHistogramsEqualsRecordingIntoOne() {
    var generator = TestRandom(seed: 3)
    var whole = LatencyHistogram()
    var parts = [LatencyHistogram](repeating: LatencyHistogram(), count: 7)
    for index in 0..<5_000 {
        let value = UInt64.random(in: 300...9_000_000, using: &generator)
        whole.record(micros: value)
        parts[index % 7].record(micros: value)
    }
    var merged = LatencyHistogram()
    for part in parts.reversed() { merged.merge(part) }
    #expect(merged.count == whole.count)
    #expect(merged.percentiles([50, 90, 99]) == whole.percentiles([50, 90, 99]))
    #expect(merged.min == whole.min && merged.max == whole.max)
}

@Test func nearestRankUsesIntegerRanks() {
    var histogram = LatencyHistogram()
    for value in 1...20 { histogram.record(micros: UInt64(value)) }
    // 95 % of 20 is exactly rank 19: floating-point noise must not push it to 20.
    #expect(histogram.percentile(95) == 19)
    #expect(histogram.percentile(50) == 10)
    #expect(histogram.percentile(0) == 1)
}

@Test func emptyHistogramAnswersZeros() {
    let histogram = LatencyHistogram()
    #expect(histogram.percentiles([50, 99]) == [0, 0])
    #expect(histogram.count(atLeast: 0) == 0)
}

@Test func hugeValuesAreClampedNotLost() {
    var histogram = LatencyHistogram()
    histogram.record(micros: .max)
    histogram.record(nanos: -5)
    #expect(histogram.count == 2)
    #expect(histogram.max == LatencyHistogram.maxValue)
    #expect(histogram.min == 0)
}
