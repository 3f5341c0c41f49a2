import Foundation
import OpsEngine
import OpsFormats
import OpsModel
import OpsSources
import OpsTestSupport
import Synchronization
import Testing

/// The index pass playing a log ahead (`replay --speed max`) against a plain replay of the same log.
@Suite("Replay play ahead")
struct ReplayPlayAheadTests {
    /// Indexes `path` with a play ahead roomy enough that the pass never waits; what it handed over.
    private static func playedIndex(_ path: String, workers: Int, blockSize: Int) throws -> (
        index: ReplayIndex, playAhead: ReplayPlayAhead, events: [Event]
    ) {
        let playAhead = ReplayPlayAhead(capacity: 10_000_000)
        let index = try ReplayIndex(path: path, workers: workers, blockSize: blockSize, playAhead: playAhead)
        return (index, playAhead, playAhead.drain().flatMap { $0 })
    }

    /// Every span the trace store holds, with its prompts and completions: what the trace view shows.
    private static func traceView(_ store: MetricsStore) -> [String] {
        store.traces.newestFirst.compactMap { store.traces[$0] }.flatMap(\.spans).map {
            "\($0.traceID) \($0.spanID) \($0.endNanos) \($0.content.map { "\($0.input ?? "-")|\($0.output ?? "-")" } ?? "none")"
        }
    }

    @Test(arguments: [(0, 4096), (2, 4096), (3, 64 << 10), (2, LogBlockSplitter.defaultBlockSize)])
    func aLogInTimeOrderButForNeighbourLinesIsHandedOverInReplaysOrder(workers: Int, blockSize: Int) throws {
        // Every fifth line written after the one below it, as a service writing spans as they end does.
        let fixture = ReplayFixture { lines in
            var lines = lines
            for index in stride(from: 0, to: lines.count - 1, by: 5) { lines.swapAt(index, index + 1) }
            return lines
        }
        defer { fixture.remove() }
        let times = fixture.decodedEvents().events.map(\.timeNanos)
        let inFileOrder = times == times.sorted()
        #expect(!inFileOrder, "the pass must put the log in order")
        let (index, playAhead, events) = try Self.playedIndex(fixture.path, workers: workers, blockSize: blockSize)
        #expect(!playAhead.isAbandoned)
        #expect(playAhead.isDone)
        try Self.expectPlaysAsAPlainReplay(events, index: index, path: fixture.path, "played ahead vs replayed")
    }

    /// `events`, handed over by a play ahead, are `index`'s in replay's order and make the figures,
    /// alerts and trace view (with prompts and completions) of a plain replay of `path`.
    private static func expectPlaysAsAPlainReplay(
        _ events: [Event], index: ReplayIndex, path: String, _ what: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        #expect(events.map(\.timeNanos) == (try index.allEntries().map(\.timeNanos)), "\(what)", sourceLocation: sourceLocation)
        #expect(events.count == index.count, "\(what)", sourceLocation: sourceLocation)
        var played = MetricsStore()
        for event in events { played.ingest(event) }
        played.advance(to: index.lastEventNanos ?? 0)
        var plain = try ReplaySession(path: path)
        plain.advance(to: plain.eventEnd)
        expectSameFigures(played, plain.store, what, sourceLocation: sourceLocation)
        // Alerts are evaluated as time moves: equal alerts mean the events came in the same order.
        #expect(
            played.snapshot(window: .all).alerts == plain.store.snapshot(window: .all).alerts, "\(what)",
            sourceLocation: sourceLocation)
        let view = traceView(played)
        #expect(view == traceView(plain.store), "\(what)", sourceLocation: sourceLocation)
        #expect(view.contains { !$0.hasSuffix("none") }, "\(what): no prompts or completions were kept", sourceLocation: sourceLocation)
    }

    @Test func aPlayedSessionStandsAtTheEndAndGoesBackAsAPlainOne() throws {
        let fixture = ReplayFixture(minutes: 6)
        defer { fixture.remove() }
        let (index, _, events) = try Self.playedIndex(fixture.path, workers: 2, blockSize: 8192)
        var store = MetricsStore()
        store.holdEvictedSpans()
        for event in events { store.ingest(event) }
        var session = try ReplaySession(index: index, played: store)
        #expect(session.appliedCount == index.count)
        #expect(session.position == session.eventEnd)
        #expect(session.progress == 1)
        var plain = try ReplaySession(path: fixture.path)
        plain.advance(to: plain.eventEnd)
        expectSameFigures(session.store, plain.store, "at the end")
        let middle = session.eventStart + 3 * 60_000_000_000
        session.advance(to: middle)
        plain.advance(to: middle)
        #expect(session.rebuilds == 1)
        expectSameFigures(session.store, plain.store, "back in the middle")
        session.advance(to: session.eventEnd)
        #expect(session.appliedCount == index.count)
        expectSameFigures(session.store, fixture.referenceStore(through: session.eventEnd), "at the end again")
    }

    @Test func aLineFarOutOfOrderAbandonsThePlayButNotTheIndex() throws {
        // The first line written last: a block far on holds the log's earliest event.
        let fixture = ReplayFixture(minutes: 4) { lines in Array(lines.dropFirst()) + [lines[0]] }
        defer { fixture.remove() }
        let (index, playAhead, _) = try Self.playedIndex(fixture.path, workers: 2, blockSize: 4096)
        #expect(playAhead.isAbandoned)
        let plain = try ReplayIndex(path: fixture.path, workers: 2, blockSize: 4096)
        #expect(index.blocks == plain.blocks)
        #expect(index.count == plain.count)
        #expect(index.stats.events == plain.stats.events)
        #expect(try index.allEntries() == plain.allEntries())
    }

    @Test func anotherToolsRecordAbandonsThePlay() throws {
        let fixture = ReplayFixture(bytes: Array((mixedLog.joined(separator: "\n") + "\n").utf8))
        defer { fixture.remove() }
        let (index, playAhead, _) = try Self.playedIndex(fixture.path, workers: 0, blockSize: 4096)
        #expect(playAhead.isAbandoned)
        #expect(index.count == 7)
    }

    /// The screen's thread, waiting for events, scans the pass's blocks too: the events still come in
    /// replay's order and make the figures a plain replay makes.
    @Test func theScreensThreadScansBlocksWhileItWaitsAndTheEventsStillComeInOrder() throws {
        let fixture = ReplayFixture(minutes: 6)
        defer { fixture.remove() }
        // Room for about a block's events: the pass waits for the taker, as it does for the screen.
        let playAhead = ReplayPlayAhead(capacity: 64)
        let outcome = Mutex<Result<ReplayIndex, any Error>?>(nil)
        let pass = Thread {
            let index = Result { try ReplayIndex(path: fixture.path, workers: 1, blockSize: 2048, playAhead: playAhead) }
            outcome.withLock { $0 = index }
        }
        pass.start()
        var events: [Event] = []
        var helped = 0
        while !playAhead.isDone {
            if playAhead.help.help() { helped += 1 } else { playAhead.waitForEvents(atMost: .milliseconds(20)) }
            events += playAhead.drain().flatMap { $0 }
        }
        while outcome.withLock({ $0 == nil }) { Thread.sleep(forTimeInterval: 0.01) }
        let index = try #require(try outcome.withLock { $0 }?.get())
        #expect(helped > 0, "the taker never found a block to scan")
        #expect(!playAhead.isAbandoned)
        try Self.expectPlaysAsAPlainReplay(events, index: index, path: fixture.path, "played ahead with help vs replayed")
        // Once the pass is over there is nothing to help with.
        #expect(!playAhead.help.help())
    }

    @Test func anAbandonedPlayStopsHandingOverAndFreesAWaitingPass() throws {
        let fixture = ReplayFixture(minutes: 4)
        defer { fixture.remove() }
        // Room for one block's events: the pass waits for the screen until the play is abandoned.
        let playAhead = ReplayPlayAhead(capacity: 1)
        Task.detached {
            try? await Task.sleep(for: .milliseconds(50))
            playAhead.abandon()
        }
        let index = try ReplayIndex(path: fixture.path, workers: 2, blockSize: 4096, playAhead: playAhead)
        #expect(playAhead.isAbandoned)
        #expect(index.count == fixture.decodedEvents().events.count)
    }
}
