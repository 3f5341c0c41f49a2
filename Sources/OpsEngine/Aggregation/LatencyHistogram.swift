/// A mergeable log-linear histogram of durations in microseconds.
///
/// Values below 256 µs are counted exactly; above that each power of two is split into 128
/// equal buckets, so a bucket's midpoint is within 1/256 (0.4 %) of any value in it. Counts
/// live in a dense array that spans only the buckets actually used, so a histogram of LLM
/// latencies (tens of ms to tens of seconds) takes a few kilobytes.
///
/// A histogram of a few values (a one-second bucket) keeps them as a plain list and builds the
/// dense array only past ``smallLimit``; answers are the same either way.
package struct LatencyHistogram: Sendable {
    static let subBuckets: UInt64 = 128
    static let maxValue: UInt64 = 1 << 40  // about 12.7 days
    static let smallLimit = 32

    /// The dense counts; empty while the values fit in `small`.
    private var counts: [UInt32] = []
    private var offset = 0
    /// The values themselves (clamped), while there are at most `smallLimit` and `counts` is empty.
    private var small: [UInt64] = []
    package private(set) var count: UInt64 = 0
    package private(set) var min: UInt64 = .max
    package private(set) var max: UInt64 = 0
    /// The sum of the recorded microseconds, held as an integer so that it is the same whatever the order of
    /// records and merges (a `Double` total would round differently); stops at the largest value.
    private var sumMicros: UInt64 = 0
    /// ``sumMicros`` as the readers take it: the same as adding the values as `Double`s in any order while the
    /// total is below 2^53 µs (285 years).
    package var sum: Double { Double(sumMicros) }

    package init() {}

    /// One duration worked out once (clamped microseconds and their dense bucket) for every
    /// histogram a span goes into.
    package struct Sample: Sendable {
        package let micros: UInt64
        package let index: Int

        package init(nanos: Int64) {
            micros = Swift.min(UInt64(Swift.max(0, nanos)) / 1000, LatencyHistogram.maxValue)
            index = LatencyHistogram.bucketIndex(of: micros)
        }
    }

    package var isEmpty: Bool { count == 0 }

    /// Records a sample: the same as `record(nanos:)` with the duration it was made from.
    package mutating func record(_ sample: Sample) {
        add(sample.micros) { sample.index }
        tally(sample.micros)
    }

    package mutating func record(micros value: UInt64) {
        let value = Swift.min(value, Self.maxValue)
        add(value)
        tally(value)
    }

    /// Counts one recorded (clamped) value in the totals.
    @inline(__always)
    private mutating func tally(_ value: UInt64) {
        count &+= 1
        let (total, overflow) = sumMicros.addingReportingOverflow(value)
        sumMicros = overflow ? .max : total
        if value < min { min = value }
        if value > max { max = value }
    }

    package mutating func record(nanos: Int64) {
        record(micros: UInt64(Swift.max(0, nanos)) / 1000)
    }

    /// Empties the histogram, keeping the small list's storage for the next values.
    package mutating func reset() {
        // Nothing recorded since the last reset: every field is already as a fresh histogram's.
        guard count != 0 else { return }
        small.removeAll(keepingCapacity: true)
        if !counts.isEmpty { counts = [] }
        offset = 0
        count = 0
        min = .max
        max = 0
        sumMicros = 0
    }

    package mutating func merge(_ other: LatencyHistogram) {
        guard !other.isEmpty else { return }
        if other.counts.isEmpty {
            for value in other.small { add(value) }
        } else {
            mergeDense(other)
        }
        count &+= other.count
        let (total, overflow) = sumMicros.addingReportingOverflow(other.sumMicros)
        sumMicros = overflow ? .max : total
        min = Swift.min(min, other.min)
        max = Swift.max(max, other.max)
    }

    /// Counts one (clamped) value in whichever form the histogram is in; leaves the totals alone.
    private mutating func add(_ value: UInt64) {
        add(value) { Self.bucketIndex(of: value) }
    }

    /// ``add(_:)`` with the value's dense bucket given (asked for only when counted densely).
    @inline(__always)
    private mutating func add(_ value: UInt64, index bucketIndex: () -> Int) {
        if counts.isEmpty {
            if small.count < Self.smallLimit {
                if small.capacity == 0 { small.reserveCapacity(8) }
                small.append(value)
                return
            }
            makeDense()
        }
        let index = bucketIndex()
        if index < offset || index >= offset + counts.count { ensureCapacity(from: index, through: index) }
        counts[index - offset] &+= 1
    }

    /// Moves the small list into dense counts.
    private mutating func makeDense() {
        guard counts.isEmpty, !small.isEmpty else { return }
        var low = Int.max
        var high = Int.min
        for value in small {
            let index = Self.bucketIndex(of: value)
            low = Swift.min(low, index)
            high = Swift.max(high, index)
        }
        ensureCapacity(from: low, through: high)
        for value in small { counts[Self.bucketIndex(of: value) - offset] &+= 1 }
        small = []
    }

    private mutating func mergeDense(_ other: LatencyHistogram) {
        makeDense()
        ensureCapacity(from: other.offset, through: other.offset + other.counts.count - 1)
        let shift = other.offset - offset
        counts.withUnsafeMutableBufferPointer { target in
            other.counts.withUnsafeBufferPointer { source in
                // Every bucket added, zeros too: without a branch the loop is vector adds.
                let into = UnsafeMutableBufferPointer(rebasing: target[shift..<shift + source.count])
                for index in source.indices { into[index] &+= source[index] }
            }
        }
    }

    /// Nearest-rank percentiles (each in 0...100), in microseconds, in one pass; empty → zeros.
    package func percentiles(_ ranks: [Double]) -> [UInt64] {
        guard count > 0 else { return ranks.map { _ in 0 } }
        if counts.isEmpty {
            var dense = self
            dense.makeDense()
            return dense.percentiles(ranks)
        }
        let order = ranks.indices.sorted { ranks[$0] < ranks[$1] }
        var results = [UInt64](repeating: 0, count: ranks.count)
        var cumulative: UInt64 = 0
        var position = 0
        var next = 0
        while next < order.count {
            // Multiply before dividing and allow for float noise, so 95 % of 20 is rank 19, not 20.
            let exactRank = ranks[order[next]] * Double(count) / 100
            let rank = Swift.max(1, UInt64((exactRank - 1e-9).rounded(.up)))
            while position < counts.count && cumulative + UInt64(counts[position]) < rank {
                cumulative += UInt64(counts[position])
                position += 1
            }
            let value: UInt64
            if ranks[order[next]] >= 100 || position >= counts.count {
                value = max
            } else {
                value = Swift.min(max, Swift.max(min, Self.representative(ofBucket: position + offset)))
            }
            results[order[next]] = value
            next += 1
        }
        return results
    }

    /// One percentile; a high one (p95 of the latency alert) is found walking down from the top, past
    /// the few buckets above it rather than the many below. The same bucket as ``percentiles(_:)``.
    package func percentile(_ rank: Double) -> UInt64 {
        guard rank >= 50, rank < 100, !counts.isEmpty else { return percentiles([rank])[0] }
        let exactRank = rank * Double(count) / 100
        let target = Swift.max(1, UInt64((exactRank - 1e-9).rounded(.up)))
        guard target <= count else { return percentiles([rank])[0] }
        // The lowest bucket whose values and those below it reach `target`: the values above it are at most `count - target`.
        let allowed = count - target
        var position = counts.count - 1
        var above: UInt64 = 0
        while position > 0 && above + UInt64(counts[position]) <= allowed {
            above += UInt64(counts[position])
            position -= 1
        }
        return Swift.min(max, Swift.max(min, Self.representative(ofBucket: position + offset)))
    }

    /// The percentile `first` merged with `second` would answer, without merging them (which copies
    /// `first`'s counts): for a high rank the two are walked down together from the top.
    package static func percentile(_ rank: Double, of first: LatencyHistogram, and second: LatencyHistogram) -> UInt64 {
        if second.isEmpty { return first.percentile(rank) }
        if first.isEmpty { return second.percentile(rank) }
        let count = first.count &+ second.count
        let exactRank = rank * Double(count) / 100
        let target = Swift.max(1, UInt64((exactRank - 1e-9).rounded(.up)))
        // A merge of two short lists may stay a list, answered another way; the merge is cheap then.
        guard rank >= 50, rank < 100, target <= count, !first.counts.isEmpty || !second.counts.isEmpty
            || first.small.count + second.small.count > smallLimit
        else {
            var merged = first
            merged.merge(second)
            return merged.percentile(rank)
        }
        var first = first
        var second = second
        first.makeDense()
        second.makeDense()
        let allowed = count - target
        let low = Swift.min(first.offset, second.offset)
        var index = Swift.max(first.offset + first.counts.count, second.offset + second.counts.count) - 1
        var above: UInt64 = 0
        while index > low {
            let here = UInt64(first.count(inBucket: index) &+ second.count(inBucket: index))
            guard above + here <= allowed else { break }
            above += here
            index -= 1
        }
        let lowest = Swift.min(first.min, second.min)
        let highest = Swift.max(first.max, second.max)
        return Swift.min(highest, Swift.max(lowest, representative(ofBucket: index)))
    }

    /// The dense count of bucket `index` (0 outside the counts held).
    @inline(__always)
    private func count(inBucket index: Int) -> UInt32 {
        index >= offset && index < offset + counts.count ? counts[index - offset] : 0
    }

    package var mean: Double { count == 0 ? 0 : sum / Double(count) }

    /// How many recorded values are at least `threshold` µs (to bucket resolution).
    package func count(atLeast threshold: UInt64) -> UInt64 {
        let index = Self.bucketIndex(of: Swift.min(threshold, Self.maxValue))
        if counts.isEmpty { return UInt64(small.lazy.filter { Self.bucketIndex(of: $0) >= index }.count) }
        var total: UInt64 = 0
        for position in counts.indices where position + offset >= index {
            total += UInt64(counts[position])
        }
        return total
    }

    static func bucketIndex(of value: UInt64) -> Int {
        let highestBit = 63 - value.leadingZeroBitCount
        let shift = Swift.max(0, highestBit - 7)
        return shift * Int(subBuckets) + Int(value >> UInt64(shift))
    }

    static func lowerBound(ofBucket index: Int) -> (low: UInt64, width: UInt64) {
        if index < 2 * Int(subBuckets) { return (UInt64(index), 1) }
        let shift = index / Int(subBuckets) - 1
        let sub = UInt64(index - shift * Int(subBuckets))
        return (sub << UInt64(shift), 1 << UInt64(shift))
    }

    static func representative(ofBucket index: Int) -> UInt64 {
        let (low, width) = lowerBound(ofBucket: index)
        return low + (width - 1) / 2
    }

    private mutating func ensureCapacity(from low: Int, through high: Int) {
        if counts.isEmpty {
            offset = low
            counts = [UInt32](repeating: 0, count: high - low + 1)
            return
        }
        if low < offset {
            counts.insert(contentsOf: repeatElement(0, count: offset - low), at: 0)
            offset = low
        }
        let end = offset + counts.count - 1
        if high > end {
            counts.append(contentsOf: repeatElement(0, count: high - end))
        }
    }
}
