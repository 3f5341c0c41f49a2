import OpsEngine
import OpsModel
import OpsRuntime
import OpsSources
import OpsUI
import Testing

/// A followed file's loaded blocks reach the engine whole, in order, and go back to the feed's
/// spent blocks once taken in, for the decoding workers to free their events off the screen's thread.
@Suite("Loaded blocks")
struct LoadedBlocksTests {
    static func events(_ range: Range<Int>) -> [Event] {
        range.map { .span(ScreenHarness.span("t\($0)", "s\($0)", name: "chat", at: Double($0) / 1_000)) }
    }

    static func loading(_ loading: Bool) -> SourceStatus {
        var status = SourceStatus(name: "spans.jsonl", health: .live, bytesRead: 1_000)
        status.loadingTotal = loading ? 2_000 : nil
        return status
    }

    static let now = ScreenHarness.base + 3_600 * 1_000_000_000

    @Test func blocksAreTakenInInOrderBeforeFollowedEventsAndHandedBackOnceUsed() {
        let feed = EventFeed()
        var driver = LiveDriver(configuration: EngineConfiguration(), inbox: feed) {}
        feed.loaded.put(Self.events(0..<3))
        feed.loaded.put(Self.events(3..<5))
        feed.logs.put(contentsOf: Self.events(5..<6))
        feed.statuses.report(Self.loading(true))
        let changed = driver.pump(wallNanos: Self.now, monotonicNanos: 0)
        #expect(changed)
        #expect(driver.store.traces.count == 6)
        let newestFirst = driver.store.traces.newestSummaries(limit: 10).map(\.traceID.description)
        #expect(newestFirst == (0..<6).reversed().map { "t\($0)" })
        // The two blocks, with their events still in them for a worker to free; not the followed batch.
        var spent: [[Event]] = []
        while let block = feed.spentBlocks.take() { spent.append(block) }
        #expect(spent.map(\.count).sorted() == [2, 3])
        #expect(spent.flatMap { $0.map(\.timeNanos) }.sorted() == Self.events(0..<5).map(\.timeNanos))
    }

    @Test func blocksOfMoreThanAPumpAreTakenInOverPumpsEachHandedBackWhenDone() {
        // Room for both blocks: a put into a full feed waits for the screen (this thread).
        let feed = EventFeed(logsCapacity: 100_000)
        var driver = LiveDriver(configuration: EngineConfiguration(), inbox: feed) {}
        let size = driver.eventsPerPump * 3 / 5
        feed.loaded.put(Self.events(0..<size))
        feed.loaded.put(Self.events(size..<2 * size))
        feed.statuses.report(Self.loading(true))
        _ = driver.pump(wallNanos: Self.now, monotonicNanos: 0)
        #expect(feed.spentBlocks.take()?.count == size)
        #expect(feed.spentBlocks.take() == nil, "the second block is not all taken in yet")
        #expect(driver.hasBacklog)
        _ = driver.pump(wallNanos: Self.now, monotonicNanos: 0)
        // The second block's traces pass the store's capacity: what goes back is the spans it evicted.
        let maxTraces = EngineConfiguration().maxTraces
        #expect(feed.spentBlocks.take()?.count == (2 * size > maxTraces ? 2 * size - maxTraces : size))
        #expect(driver.store.traces.count == Swift.min(2 * size, maxTraces))
    }

    /// A block whose spans made the trace store evict others goes back with those instead (the block's
    /// own are kept by the store), for a worker to free or build its next spans in.
    @Test func theSpansABlockEvictedGoBackInsteadOfTheBlock() {
        let feed = EventFeed()
        var configuration = EngineConfiguration()
        configuration.maxTraces = 4
        var driver = LiveDriver(configuration: configuration, inbox: feed) {}
        var reference = MetricsStore(configuration: configuration)
        for event in Self.events(0..<10) { reference.ingest(event) }
        feed.loaded.put(Self.events(0..<3))
        feed.loaded.put(Self.events(3..<10))
        feed.statuses.report(Self.loading(true))
        _ = driver.pump(wallNanos: Self.now, monotonicNanos: 0)
        var spent: [[Event]] = []
        while let block = feed.spentBlocks.take() { spent.append(block) }
        // The first block evicted nothing and goes back whole; the second evicted the six oldest traces.
        let handedBack = spent.map { $0.map(\.timeNanos).sorted() }.sorted { $0.count < $1.count }
        #expect(handedBack == [Self.events(0..<3).map(\.timeNanos), Self.events(0..<6).map(\.timeNanos)])
        let kept = driver.store.traces.newestSummaries(limit: 10).map(\.traceID.description)
        #expect(kept == (6..<10).reversed().map { "t\($0)" })
        #expect(kept == reference.traces.newestSummaries(limit: 10).map(\.traceID.description))
        #expect(driver.store.spanCount == reference.spanCount)
    }

    /// Once no file loads, no worker takes spent blocks: the screen frees what waits there.
    @Test func spentBlocksLeftAfterTheLoadAreFreedByTheScreen() {
        let feed = EventFeed()
        var driver = LiveDriver(configuration: EngineConfiguration(), inbox: feed) {}
        feed.loaded.put(Self.events(0..<3))
        feed.statuses.report(Self.loading(true))
        _ = driver.pump(wallNanos: Self.now, monotonicNanos: 0)
        feed.statuses.report(Self.loading(false))
        // The drain that ends the load still says loading (at 100 %) until its events are in.
        _ = driver.pump(wallNanos: Self.now, monotonicNanos: 0)
        _ = driver.pump(wallNanos: Self.now, monotonicNanos: 0)
        #expect(!driver.sources.contains { $0.loading != nil })
        #expect(feed.spentBlocks.take() == nil)
    }
}
