import OpsEngine
import Testing
import OpsTestSupport

/// Hand-computed from the rules of Prometheus's `extrapolatedRate`.
@Suite("rate, increase and delta")
struct CounterMathTests {
    @Test func steadyCounterExtrapolatesToBothEdges() {
        // 10/s scrapes at 5…55 in (0, 60]: raw 50 over 50 s, +5 s at each edge → ×1.2.
        let samples = (0..<6).map { (time: 5.0 + Double($0) * 10, value: 10.0 + Double($0) * 10) }
        #expect(isClose(CounterMath.increase(samples: samples, rangeStart: 0, rangeEnd: 60), 60))
        #expect(isClose(CounterMath.rate(samples: samples, rangeStart: 0, rangeEnd: 60), 1))
    }

    @Test func counterIsNotExtrapolatedBelowZero() {
        // Values 1…51: the zero point is 1 s before the first sample (50 × 1/50), nearer than the 5 s edge.
        let samples = (0..<6).map { (time: 5.0 + Double($0) * 10, value: 1.0 + Double($0) * 10) }
        #expect(isClose(CounterMath.increase(samples: samples, rangeStart: 0, rangeEnd: 60), 50 * 56 / 50))
        #expect(isClose(CounterMath.rate(samples: samples, rangeStart: 0, rangeEnd: 60), 56.0 / 60))
    }

    @Test func resetAddsTheValueBeforeTheDrop() {
        // 5, 10, 2, 6 at 10…40 in (0, 40]: 6 − 5 + 10 = 11; start gap 10 < 11 → ×40/30.
        let samples: [CounterMath.Point] = [(10, 5), (20, 10), (30, 2), (40, 6)]
        #expect(isClose(CounterMath.increase(samples: samples, rangeStart: 0, rangeEnd: 40), 11 * 40.0 / 30))
        #expect(isClose(CounterMath.rate(samples: samples, rangeStart: 0, rangeEnd: 40), 11 * 40.0 / 30 / 40))
    }

    @Test func gapsBeyondOnePointOneIntervalsExtrapolateOnlyHalfAnInterval() {
        // Samples at 50, 60, 70 in (0, 100]: both gaps ≥ 11 → +5 s each side: 20 × 30/20.
        let samples: [CounterMath.Point] = [(50, 100), (60, 110), (70, 120)]
        #expect(isClose(CounterMath.increase(samples: samples, rangeStart: 0, rangeEnd: 100), 30))
        #expect(isClose(CounterMath.rate(samples: samples, rangeStart: 0, rangeEnd: 100), 0.3))
    }

    @Test func gaugeDeltaIsNotResetAdjustedAndMayBeNegative() {
        let samples: [CounterMath.Point] = [(10, 10), (20, 5), (30, 0)]
        #expect(isClose(CounterMath.increase(samples: samples, rangeStart: 0, rangeEnd: 30, isCounter: false), -15))
        // As a counter: −10 + 10 (drop after 10) + 5 (drop after 5) = 5, × 30/20.
        #expect(isClose(CounterMath.increase(samples: samples, rangeStart: 0, rangeEnd: 30), 5 * 30.0 / 20))
    }

    @Test func windowIsLeftOpenAndRightClosed() {
        // The sample at exactly 10 is outside (10, 40]; 20, 30, 40 give 20 × 30/20 (zero point exactly at the edge).
        let samples: [CounterMath.Point] = [(10, 0), (20, 10), (30, 20), (40, 30), (50, 40)]
        #expect(isClose(CounterMath.increase(samples: samples, rangeStart: 10, rangeEnd: 40), 30))
    }

    @Test func unsortedInputIsSorted() {
        let samples: [CounterMath.Point] = [(40, 6), (10, 5), (30, 2), (20, 10)]
        #expect(isClose(CounterMath.increase(samples: samples, rangeStart: 0, rangeEnd: 40), 11 * 40.0 / 30))
    }

    @Test func fewerThanTwoSamplesOrNoIntervalGiveNoResult() {
        #expect(CounterMath.rate(samples: [], rangeStart: 0, rangeEnd: 10) == nil)
        #expect(CounterMath.rate(samples: [(5, 1)], rangeStart: 0, rangeEnd: 10) == nil)
        #expect(CounterMath.rate(samples: [(5, 1), (5, 2)], rangeStart: 0, rangeEnd: 10) == nil)
        #expect(CounterMath.rate(samples: [(5, 1), (6, 2)], rangeStart: 10, rangeEnd: 10) == nil)
    }

    @Test func plainDeltaHandlesResetsWithoutExtrapolation() {
        #expect(CounterMath.delta(samples: [(0, 5), (10, 8), (20, 2), (30, 4)]) == 7)
        #expect(CounterMath.delta(samples: [(0, 5), (10, 8)]) == 3)
        #expect(CounterMath.delta(samples: [(0, 5)]) == nil)
    }

    @Test func plainDeltaUsesCreatedToSeeARestartBetweenScrapes() {
        // Restarted at 5 and already past its old value by 10: no drop visible, but _created says so.
        #expect(CounterMath.delta(samples: [(0, 5), (10, 9)], created: 5) == 9)
        // Born inside the window: its whole value is new, even with one scrape.
        #expect(CounterMath.delta(samples: [(10, 4)], created: 5, windowStart: 0) == 4)
        #expect(CounterMath.delta(samples: [(10, 4)], created: -5, windowStart: 0) == nil)
    }
}
