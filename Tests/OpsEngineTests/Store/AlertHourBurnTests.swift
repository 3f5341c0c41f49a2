import Testing
@testable import OpsModel
@testable import OpsEngine
import OpsTestSupport

private let second: Int64 = 1_000_000_000

/// The alerts' hour burn, read from the cached older minutes, must equal a fresh sum over the
/// minute buckets after every event: late spans and roll-ups taken back change older minutes.
@Test(arguments: [UInt64(21), 22, 23])
func alertHourBurnMatchesAFreshSumAfterEveryEvent(seed: UInt64) {
    var generator = TestRandom(seed: seed)
    let base: Int64 = 1_795_433_400 * second
    var store = MetricsStore()
    var clock = base
    var checked = 0
    for index in 0..<3_000 {
        clock += Int64.random(in: 0...(3 * second), using: &generator)
        // One span in five ends up to 20 minutes before the newest: it lands in an older minute.
        let late = Int.random(in: 0..<5, using: &generator) == 0
        let end = late ? clock - Int64.random(in: 0...(1_200 * second), using: &generator) : clock
        let trace = TraceID.synthetic(UInt64(index / 2))
        // Odd spans are children of the span before them, both with cost: the parent, counted
        // first, is a roll-up whose cost is taken back out of its (possibly older) minute.
        let child = index % 2 == 1
        var span = Span(
            traceID: trace, spanID: .synthetic(child ? 2 : 1), parentID: child ? .synthetic(1) : nil,
            name: "s\(index)", component: .llm, status: .ok, startNanos: end - second, endNanos: end)
        span.reportedCostUSD = Double(Int.random(in: 1...1_000, using: &generator)) / 997
        store.ingest(.span(span))
        let cached = store.alertHourBurnPerHour()
        let fresh = store.burnPerHour(lastNanos: 3600 * second)
        #expect(cached == fresh, "event \(index): \(cached) vs \(fresh)")
        if cached == fresh { checked += 1 }
    }
    #expect(checked == 3_000)
    #expect(store.burnPerHour(lastNanos: 3600 * second) > 0)
}
