import Testing
@testable import OpsModel
@testable import OpsEngine
import OpsTestSupport

/// Cost per user, with more users than the store remembers positions for and more than it keeps
/// (the rest under "(other)"), equals a plain tally making the same additions in the same order.
@Test(arguments: [UInt64(41), 42])
func costPerUserMatchesAPlainTallyToTheBit(seed: UInt64) {
    var generator = TestRandom(seed: seed)
    var configuration = EngineConfiguration()
    configuration.maxUsers = 60
    var store = MetricsStore(configuration: configuration)
    var tally: [String: Double] = [:]
    for index in 0..<6_000 {
        // Long names (heap strings), spelled afresh half the time: the same user in other storage.
        let number = Int.random(in: 0..<90, using: &generator)
        let user = index % 2 == 0
            ? "user-with-a-long-identifier-\(number)" : String(decoding: Array("user-with-a-long-identifier-\(number)".utf8), as: UTF8.self)
        let cost = Double.random(in: 0.000_01...0.05, using: &generator)
        store.ingest(.span(Span(
            traceID: .synthetic(UInt64(index)), spanID: .synthetic(1), name: "chat", component: .llm, status: .ok,
            startNanos: Int64(index) * 1_000_000, endNanos: Int64(index) * 1_000_000 + 500, requestModel: "gpt-4o",
            reportedCostUSD: cost, userID: user)))
        if tally[user] != nil || tally.count < configuration.maxUsers {
            tally[user, default: 0] += cost
        } else {
            tally[SeriesRegistry.overflowName, default: 0] += cost
        }
    }
    let kept = Dictionary(uniqueKeysWithValues: store.costByUser.map { ($0.key.name, $0.value.bitPattern) })
    #expect(kept == tally.mapValues(\.bitPattern))
    #expect(kept.count == configuration.maxUsers + 1)
}
