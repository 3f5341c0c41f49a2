import Foundation
import OpsModel
import OpsSources
import Testing

/// The live sources' feed: events from two inboxes, statuses beside them.
@Suite("EventFeed")
struct EventFeedTests {
    static func event(_ time: Int64) -> Event {
        .breaker(BreakerEvent(timeNanos: time, target: "t", state: .open))
    }

    @Test func statusesAreTheLatestOfEachSourceInTheOrderTheyFirstReported() {
        let feed = EventFeed()
        feed.statuses.report(SourceStatus(name: "b.log", health: .live))
        feed.statuses.report(SourceStatus(name: "a.log", health: .live))
        feed.statuses.report(SourceStatus(name: "b.log", health: .finished))
        let first = feed.drain()
        #expect(first.statuses.map(\.name) == ["b.log", "a.log"])
        #expect(first.statuses.map(\.health) == [.finished, .live])
        #expect(first.changed)
        // Nothing new: the same statuses, unchanged.
        let second = feed.drain()
        #expect(second.statuses == first.statuses)
        #expect(!second.changed)
        // The same status again is no change; an event is.
        feed.statuses.report(SourceStatus(name: "a.log", health: .live))
        #expect(!feed.drain().changed)
        feed.logs.put(Self.event(1))
        #expect(feed.drain().changed)
    }

    @Test func followedEventsComeBeforeReceivedOnesAndEachInOrder() {
        let feed = EventFeed()
        feed.received.put(contentsOf: [Self.event(10), Self.event(11)])
        feed.logs.put(contentsOf: [Self.event(1), Self.event(2)])
        #expect(feed.drain().events.map(\.timeNanos) == [1, 2, 10, 11])
        feed.received.put(Self.event(12))
        #expect(feed.drain().events.map(\.timeNanos) == [12])
        #expect(feed.drain().events.isEmpty)
    }

    /// A loading file's blocks are handed over as whole arrays and come before the events it
    /// follows with; `drain` gives them as one run of events, `drainBatches` as the arrays put.
    @Test func loadedBlocksComeFirstAndWhole() {
        let feed = EventFeed()
        feed.loaded.put([Self.event(1), Self.event(2)])
        feed.loaded.put([Self.event(3)])
        feed.logs.put(contentsOf: [Self.event(4)])
        feed.received.put(Self.event(10))
        let batches = feed.drainBatches()
        #expect(batches.blocks.map { $0.map(\.timeNanos) } == [[1, 2], [3]])
        #expect(batches.events.map { $0.map(\.timeNanos) } == [[4], [10]])
        #expect(batches.changed)
        feed.loaded.put([Self.event(5)])
        feed.logs.put(contentsOf: [Self.event(6)])
        #expect(feed.drain().events.map(\.timeNanos) == [5, 6])
        #expect(!feed.hasEvents)
        #expect(feed.drain().events.isEmpty)
    }

    /// The loaded blocks are weighed by their events: a loading file waits while the screen is behind.
    @Test func aLoadingFileWaitsWhileTheBlocksWaitingHoldTheFeedsEvents() {
        let feed = EventFeed(capacity: 2)
        #expect(feed.loaded.policy == .block)
        feed.loaded.put([Self.event(1), Self.event(2)])
        #expect(feed.loaded.isFull)
        #expect(feed.loaded.weight == 2)
    }

    @Test func followedSourcesWaitAndTheReceiverIsRefused() {
        let feed = EventFeed(capacity: 2)
        #expect(feed.logs.policy == .block)
        #expect(feed.received.policy == .refuse)
        feed.received.put(contentsOf: [Self.event(1), Self.event(2)])
        #expect(!feed.received.put(Self.event(3)))
        #expect(feed.received.counts.refusedPuts == 1)
    }

    /// A stopping screen closes the feed: a source waiting for room is let go and stops putting.
    @Test func closingTheFeedReleasesAFollowedFileWaitingForRoom() throws {
        let directory = TestDirectory()
        defer { directory.remove() }
        let path = directory.file("usage.jsonl")
        let writer = Writer(appendingTo: path)
        defer { writer.close() }
        let line =
            #"{"kind":"breaker","time_unix_nano":"1795433588138749312","breaker.name":"t","#
            + #""breaker.state":"open"}"#
        let feed = EventFeed(capacity: 1)
        let source = LiveFileSource(path: path, pollInterval: .milliseconds(20))
        source.start(into: feed)
        defer { source.stop() }
        // Following the empty file (its status says so) before the lines come: a file holding lines
        // when the source starts is loaded first, into the feed's loaded blocks.
        #expect(eventually(timeout: .seconds(10)) { !feed.statuses.read().statuses.isEmpty })
        writer.write(line + "\n")
        #expect(eventually(timeout: .seconds(10)) { feed.logs.count == 1 })
        writer.write(line + "\n")
        #expect(until { feed.logs.producersWaiting == 1 })
        feed.close()
        #expect(until { feed.logs.producersWaiting == 0 })
        #expect(feed.drain().events.count == 1)
        #expect(feed.logs.counts.waitedPuts == 1)
    }
}

/// The policies chosen for the metrics hand-overs.
@Suite("Metrics inboxes")
struct MetricsInboxTests {
    @Test func pushedMetricsAreRefusedOnceAThousandWait() {
        let inbox = Inbox<MetricsDelivery>.pushedMetrics()
        #expect(inbox.policy == .refuse)
        #expect(inbox.capacity == 1_000)
    }

    @Test func aTargetsScrapeOutcomesKeepTheNewestSixteen() {
        let inbox = Inbox<ScrapeDelivery>.scrapeOutcomes()
        for second in 0..<20 {
            inbox.put(ScrapeDelivery(source: "t", timeNanos: Int64(second), outcome: .failed("refused")))
        }
        #expect(inbox.drain().map(\.timeNanos) == Array(4..<20))
        #expect(inbox.counts.droppedItems == 4)
    }
}
