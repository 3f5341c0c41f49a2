import Testing
@testable import OpsEngine
import OpsTestSupport

/// The dictionary ``DailyCosts`` replaced: add to the day, then forget the oldest past the limit.
private struct NaiveDailyCosts {
    var byDay: [Int64: Double] = [:]

    mutating func add(_ usd: Double, day: Int64) {
        byDay[day, default: 0] += usd
        if byDay.count > DailyCosts.limit, let oldest = byDay.keys.min() { byDay[oldest] = nil }
    }
}

@Test(arguments: [UInt64(7), 8, 9])
func dailyCostsMatchAPlainDictionaryToTheBit(seed: UInt64) {
    var generator = TestRandom(seed: seed)
    var costs = DailyCosts()
    var naive = NaiveDailyCosts()
    var day: Int64 = -3
    for step in 0..<20_000 {
        switch Int.random(in: 0..<100, using: &generator) {
        case 0..<3: day += Int64.random(in: 1...3, using: &generator)  // the next days
        case 3: day -= Int64.random(in: 1...500, using: &generator)  // a late span, maybe older than the kept days
        case 4 where step % 7 == 0: day += 600  // a jump past the limit
        default: break
        }
        let usd = Double.random(in: 0.000_001...0.2, using: &generator)
        costs.add(usd, day: day)
        naive.add(usd, day: day)
        #expect(costs.count == naive.byDay.count)
    }
    let days = Set(naive.byDay.keys).union((day - 1_500)...(day + 2))
    for probe in days {
        #expect(costs[probe]?.bitPattern == naive.byDay[probe]?.bitPattern, "day \(probe)")
    }
}

@Test func theHeldDayIsForgottenWhenItIsTheOldest() {
    var costs = DailyCosts()
    for day in Int64(1)...Int64(DailyCosts.limit) { costs.add(1, day: day) }
    costs.add(2, day: 0)  // older than every kept day: in and straight out again
    #expect(costs.count == DailyCosts.limit)
    #expect(costs[0] == nil)
    costs.add(3, day: 1)
    #expect(costs[1] == 4)
    costs.add(5, day: 500)  // a new day: day 1, now the oldest, goes
    #expect(costs[1] == nil && costs[500] == 5 && costs.count == DailyCosts.limit)
}
