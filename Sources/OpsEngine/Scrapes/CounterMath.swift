/// `rate`, `increase` and `delta` over scraped samples, with Prometheus's counter-reset and extrapolation rules.
///
/// A port of the algorithm of Prometheus's `extrapolatedRate`: the samples in the left-open window
/// `(rangeStart, rangeEnd]` are used (at least two, else nil). For counters every drop is a reset and adds the
/// value before the drop. The raw increase is then extrapolated to the window edges, but only up to half an
/// average sample interval at an edge whose gap to the nearest sample exceeds 1.1 average intervals; a counter is
/// never extrapolated back past the point where it would have been zero. `rate` divides by the window length.
package enum CounterMath {
    package typealias Point = (time: Double, value: Double)

    /// Per-second rate: Prometheus's `rate` (`isCounter: true`) or `deriv`-free `delta / range` for gauges.
    package static func rate(samples: [Point], rangeStart: Double, rangeEnd: Double, isCounter: Bool = true) -> Double? {
        extrapolated(samples: samples, rangeStart: rangeStart, rangeEnd: rangeEnd, isCounter: isCounter, isRate: true)
    }

    /// Prometheus's `increase` (counters) or `delta` (gauges, `isCounter: false`).
    package static func increase(
        samples: [Point], rangeStart: Double, rangeEnd: Double, isCounter: Bool = true
    ) -> Double? {
        extrapolated(samples: samples, rangeStart: rangeStart, rangeEnd: rangeEnd, isCounter: isCounter, isRate: false)
    }

    /// The plain increase from the first to the last sample, adding the pre-drop value at every reset; no
    /// extrapolation. For "what happened during these 10 s" reports. Nil with fewer than two samples.
    ///
    /// `created` (the series' `_created`) reveals a restart no drop shows: when it is later than `windowStart`
    /// (or, without one, than the first sample), samples from `created` on count from zero, and a series
    /// born inside the window needs only one sample.
    package static func delta(samples: [Point], created: Double? = nil, windowStart: Double? = nil) -> Double? {
        let points = sortedByTime(samples)
        guard let first = points.first else { return nil }
        if let created, created > (windowStart ?? first.time) {
            let before = points.filter { $0.time < created }
            let after = points.filter { $0.time >= created }
            let oldLife = before.count >= 2 ? resetAdjustedIncrease(before, startingFromZero: false) ?? 0 : 0
            return oldLife + (resetAdjustedIncrease(after, startingFromZero: true) ?? 0)
        }
        guard points.count >= 2 else { return nil }
        return resetAdjustedIncrease(points, startingFromZero: false)
    }

    /// The increase across `points`, adding the pre-drop value at every counter reset.
    static func resetAdjustedIncrease(_ points: [Point], startingFromZero: Bool) -> Double? {
        guard let first = points.first, let last = points.last else { return nil }
        var increase = last.value - (startingFromZero ? 0 : first.value)
        var previous = first.value
        for point in points.dropFirst() {
            if point.value < previous { increase += previous }
            previous = point.value
        }
        return increase
    }

    static func extrapolated(
        samples: [Point], rangeStart: Double, rangeEnd: Double, isCounter: Bool, isRate: Bool
    ) -> Double? {
        let points = sortedByTime(samples).filter { $0.time > rangeStart && $0.time <= rangeEnd }
        guard points.count >= 2, let first = points.first, let last = points.last, rangeEnd > rangeStart else {
            return nil
        }
        var result = last.value - first.value
        if isCounter {
            var previous = first.value
            for point in points.dropFirst() {
                if point.value < previous { result += previous }
                previous = point.value
            }
        }
        let sampledInterval = last.time - first.time
        guard sampledInterval > 0 else { return nil }
        let averageInterval = sampledInterval / Double(points.count - 1)
        let threshold = averageInterval * 1.1
        var durationToStart = first.time - rangeStart
        var durationToEnd = rangeEnd - last.time
        if durationToStart >= threshold {
            durationToStart = averageInterval / 2
        }
        if isCounter, result > 0, first.value >= 0 {
            let durationToZero = sampledInterval * (first.value / result)
            if durationToZero < durationToStart {
                durationToStart = durationToZero
            }
        }
        if durationToEnd >= threshold {
            durationToEnd = averageInterval / 2
        }
        var factor = (sampledInterval + durationToStart + durationToEnd) / sampledInterval
        if isRate {
            factor /= rangeEnd - rangeStart
        }
        return result * factor
    }

    private static func sortedByTime(_ samples: [Point]) -> [Point] {
        for index in samples.indices.dropFirst() where samples[index].time < samples[index - 1].time {
            return samples.sorted { $0.time < $1.time }
        }
        return samples
    }
}
