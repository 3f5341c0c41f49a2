import Testing
@testable import OpsModel
@testable import OpsEngine
import OpsTestSupport

private let second: Int64 = 1_000_000_000
private let base: Int64 = 1_795_433_400 * second

/// The figures of a bucket the ring's users read, as one comparable value.
private struct BucketFigures: Equatable, CustomStringConvertible {
    var spans: Int
    var roots: Int
    var costUSD: Double
    var input: Int64
    var costByModel: [Double]
    var llmCount: UInt64
    var llmSum: Double
    var scores: Int
    var scoreSum: Double
    var scoresBelow: Int
    var lowest: [Double]

    init(_ bucket: MetricsBucket) {
        spans = bucket.spans
        roots = bucket.roots
        costUSD = bucket.costUSD
        input = bucket.tokens.input
        // A slot keeps its array's length when reused, so only the values tell (as every reader reads them).
        costByModel = bucket.costByModel.values
        while costByModel.last == 0 { costByModel.removeLast() }
        llmCount = bucket.latency.llm.count
        llmSum = bucket.latency.llm.sum
        scores = bucket.signals.quality[0].count
        scoreSum = bucket.signals.quality[0].sum
        scoresBelow = bucket.signals.quality[0].below
        lowest = bucket.signals.quality[0].lowest.map(\.score)
    }

    var description: String { "spans \(spans) cost \(costUSD) input \(input) llm \(llmCount) scores \(scores)" }
}

private func figures(_ ring: TimeRing<MetricsBucket>) -> [Int64: BucketFigures] {
    var seen: [Int64: BucketFigures] = [:]
    ring.forEach(count: ring.capacity, endingAt: ring.head) { seen[$0] = BucketFigures($1) }
    return seen
}

private func spanFigures(cost: Double, input: Int64, model: SeriesRegistry.ID, micros: Int64) -> SpanFigures {
    SpanFigures(
        costUSD: cost, usage: TokenUsage(input: input), model: model, tool: nil, errorType: nil, category: nil,
        isRoot: model == 0, isError: false, component: .llm, latency: LatencyHistogram.Sample(nanos: micros * 1000),
        providerCacheSavedUSD: 0, signal: nil)
}

/// A delayed ring read at any point holds exactly what a ring updated at once holds: same buckets,
/// same sums in the same order (costs and scores compared exactly), with late changes, take-backs,
/// scores in their own line, jumps past the whole ring and a clock moved by itself.
@Test(arguments: [(UInt64(1), 1), (2, 7), (3, 64), (4, 4_096)])
func delayedSecondsMatchSecondsUpdatedAtOnce(seed: UInt64, delay: Int) {
    var generator = TestRandom(seed: seed)
    var reference = TimeRing(widthNanos: second, capacity: 60, empty: MetricsBucket())
    var delayed = SecondRing(delay: delay)
    var clock = base
    for step in 0..<6_000 {
        switch Int.random(in: 0..<100, using: &generator) {
        case 0..<2: clock += Int64.random(in: 0...(200 * second), using: &generator)  // a gap, often past the ring
        case 2..<30: clock -= Int64.random(in: 0...(90 * second), using: &generator)  // a late event
        default: clock += Int64.random(in: 0...(second / 3), using: &generator)
        }
        let kind = Int.random(in: 0..<20, using: &generator)
        if kind == 0 {
            let takenBack = TakenBack(
                costUSD: -Double.random(in: 0...0.1, using: &generator), usage: TokenUsage(input: -7),
                model: SeriesRegistry.ID.random(in: 0..<3, using: &generator))
            reference.update(at: clock) { takenBack.add(to: &$0) }
            delayed.updateAfterWaiting(at: clock) { takenBack.add(to: &$0) }
        } else if kind == 1 {
            let change = ScoreChange(
                metric: 0, threshold: 0.5,
                evaluation: Evaluation(
                    timeNanos: clock, traceID: .synthetic(UInt64(step)), name: "faithfulness",
                    score: Double.random(in: 0...1, using: &generator)))
            reference.update(at: clock) { change.add(to: &$0) }
            delayed.score(at: clock, change)
        } else if kind == 2 {
            reference.advance(to: clock)
            delayed.advance(to: clock)
        } else {
            let span = spanFigures(
                cost: Double.random(in: 0...0.05, using: &generator), input: Int64.random(in: 0...900, using: &generator),
                model: SeriesRegistry.ID.random(in: 0..<3, using: &generator),
                micros: Int64.random(in: 1...9_000_000, using: &generator))
            reference.update(at: clock) { span.add(to: &$0) }
            delayed.update(at: clock, span)
        }
        #expect(delayed.pendingCount <= 2 * delay)
        if step % 97 == 0 {
            #expect(delayed.settled.head == reference.head)
            #expect(figures(delayed.settled) == figures(reference), "step \(step)")
        }
        if step % 1_009 == 0 {
            var lent: [BucketFigures] = []
            delayed.forEachInPlace(count: 60, endingAt: reference.head) { lent.append(BucketFigures($0)) }
            var expected: [BucketFigures] = []
            reference.forEach(count: 60, endingAt: reference.head) { expected.append(BucketFigures($1)) }
            #expect(lent == expected)
            #expect(delayed.pendingCount == 0)
            #expect(figures(delayed.ring) == figures(reference), "settled at step \(step)")
        }
    }
    delayed.settle()
    #expect(figures(delayed.ring) == figures(reference))
}

/// Hand-worked: with a line of two, the first span waits until the third comes; by then the clock has
/// moved past the whole minute, so it never reaches its bucket, while the ring still reads right.
@Test func aWaitingSpanWhoseSecondLeftTheRingIsDropped() {
    var ring = SecondRing(delay: 2)
    ring.update(at: base, spanFigures(cost: 1, input: 10, model: 0, micros: 1_000))
    ring.update(at: base + 61 * second, spanFigures(cost: 2, input: 20, model: 1, micros: 2_000))
    #expect(ring.pendingCount == 2)
    #expect(ring.ring.bucket(number: base / second) == nil)
    ring.update(at: base + 62 * second, spanFigures(cost: 4, input: 40, model: 1, micros: 3_000))
    #expect(ring.pendingCount == 2)
    // The first span left the line for a second 62 s behind the head: refused, as it would be now.
    #expect(ring.ring.bucket(number: base / second) == nil)
    #expect(ring.ring.bucket(number: base / second + 61) == nil)
    let settled = ring.settled
    #expect(settled.bucket(number: base / second)?.spans == nil)
    #expect(settled.bucket(number: base / second + 61)?.costUSD == 2)
    #expect(settled.bucket(number: base / second + 62)?.tokens.input == 40)
    #expect(ring.pendingCount == 2)
    ring.settle()
    #expect(ring.pendingCount == 0)
    #expect(ring.ring.bucket(number: base / second + 61)?.costUSD == 2)
}
