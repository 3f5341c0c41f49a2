import OpsEngine
import OpsModel
import OpsRuntime
import OpsSources
import OpsUI
import Testing

/// Scrape outcomes wait in one inbox per target: a target scraped often cannot push out another's
/// outcome, and a target whose oldest outcomes were dropped says so in its header line.
@Test func eachTargetKeepsItsNewestOutcomesAndItsHeaderLineCountsTheDroppedOnes() {
    let often = "http://127.0.0.1:9001/metrics"
    let seldom = "http://127.0.0.1:9002/metrics"
    let outcomes = [often: Inbox<ScrapeDelivery>.scrapeOutcomes(capacity: 3), seldom: .scrapeOutcomes(capacity: 3)]
    var driver = MetricsDriver(
        logs: LiveDriver(configuration: EngineConfiguration(), inbox: EventFeed()) {}, hasLogs: false,
        configuration: EngineConfiguration(), targets: [often, seldom], outcomes: outcomes, startNanos: 0)
    let scrape = Scrape(sniff: ContentSniff(format: .classicText, reason: "test"))
    func deliver(_ target: String, atSecond second: Int64) {
        let delivery = ScrapeDelivery(
            source: target, timeNanos: second * 1_000_000_000, outcome: .scraped(scrape, bytes: 0))
        outcomes[target]?.put(delivery)
    }
    deliver(seldom, atSecond: 1)
    for second: Int64 in 1...5 { deliver(often, atSecond: second) }
    let changed = driver.pump(wallNanos: 6_000_000_000, monotonicNanos: 0)
    #expect(changed)
    let expected = [
        SourceLine(name: often, health: .live, detail: "2 scrapes dropped"),
        SourceLine(name: seldom, health: .live),
    ]
    #expect(driver.sources == expected)
    #expect(driver.scrapes.scrapeCount == 4)
}
