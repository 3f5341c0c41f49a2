import OpsModel
import OpsSources
import OpsTestSupport
import Testing
import OpsEngine

private let minute: Int64 = 60_000_000_000

@Suite("ReplaySession")
struct ReplaySessionTests {
    @Test func replayingToTheEndShowsWhatReportShows() throws {
        let fixture = ReplayFixture()
        defer { fixture.remove() }
        var session = try ReplaySession(path: fixture.path)
        session.advance(to: session.eventEnd)
        expectSameFigures(session.store, fixture.reportStore(), "end of the log")
        #expect(session.progress == 1)
        #expect(session.appliedCount == session.index.count)
        #expect(session.unreadableLines == 0)
        #expect(session.store.snapshot(window: .all).alerts == fixture.reportStore().snapshot(window: .all).alerts)
    }

    @Test func replayingToATimeShowsOnlyTheEventsUpToIt() throws {
        let fixture = ReplayFixture()
        defer { fixture.remove() }
        var session = try ReplaySession(path: fixture.path)
        let start = session.eventStart
        for offset in [0, minute, 5 * minute + 123_456_789, 5 * minute + 123_456_790, 11 * minute] {
            session.advance(to: start + offset)
            expectSameFigures(session.store, fixture.referenceStore(through: start + offset), "start + \(offset) ns")
        }
        #expect(session.rebuilds == 0)
    }

    @Test func seekingBackThenForwardMatchesGoingStraightThere() throws {
        let fixture = ReplayFixture()
        defer { fixture.remove() }
        var session = try ReplaySession(path: fixture.path)
        let start = session.eventStart
        session.advance(to: start + 10 * minute)
        session.advance(to: start + 3 * minute)
        #expect(session.rebuilds == 1)
        var straight = try ReplaySession(index: session.index)
        straight.advance(to: start + 3 * minute)
        expectSameFigures(session.store, straight.store, "back to 3 min")
        session.advance(to: start + 7 * minute)
        straight = try ReplaySession(index: session.index)
        straight.advance(to: start + 7 * minute)
        expectSameFigures(session.store, straight.store, "forward to 7 min")
        expectSameFigures(session.store, fixture.referenceStore(through: start + 7 * minute), "reference at 7 min")
    }

    @Test func seekingBackAfterPlayingFrameByFrameRestartsFromACheckpoint() throws {
        let fixture = ReplayFixture()
        defer { fixture.remove() }
        var session = try ReplaySession(path: fixture.path, checkpoints: 4)
        let start = session.eventStart
        var time = start
        while time < start + 10 * minute {
            time += 250_000_000
            session.advance(to: time)
        }
        #expect(session.checkpointPositions.count >= 2)
        let back = start + 8 * minute
        session.advance(to: back)
        #expect(session.rebuilds == 1)
        expectSameFigures(session.store, fixture.referenceStore(through: back), "back to 8 min")
        session.advance(to: session.eventEnd)
        expectSameFigures(session.store, fixture.referenceStore(through: session.eventEnd), "then to the end")
        session.advance(to: start + 30_000_000_000)
        expectSameFigures(session.store, fixture.referenceStore(through: start + 30_000_000_000), "back before any checkpoint")
    }

    @Test func shuffledLinesReplayInEventTimeOrder() throws {
        let ordered = ReplayFixture(minutes: 6)
        defer { ordered.remove() }
        let shuffled = ReplayFixture(minutes: 6) { lines in
            var generator = TestRandom(seed: 42)
            return lines.shuffled(using: &generator)
        }
        defer { shuffled.remove() }
        var session = try ReplaySession(path: shuffled.path)
        let times = shuffled.decodedEvents().events.map(\.timeNanos)
        #expect(try session.index.allEntries().map(\.timeNanos) == times.sorted())

        let middle = session.eventStart + 3 * minute
        session.advance(to: middle)
        expectSameFigures(session.store, shuffled.referenceStore(through: middle), "shuffled, middle")
        session.advance(to: session.eventEnd)
        var inOrder = try ReplaySession(path: ordered.path)
        inOrder.advance(to: inOrder.eventEnd)
        expectSameFigures(session.store, inOrder.store, "shuffled vs ordered, end")
        // Alerts are evaluated as time moves: equal alerts mean the events arrived in the same order.
        #expect(session.store.snapshot(window: .all).alerts == inOrder.store.snapshot(window: .all).alerts)
    }

    @Test func limitedStepsApplyEventsOneAtATimeInTimeOrder() throws {
        let fixture = ReplayFixture(minutes: 2) { lines in
            var generator = TestRandom(seed: 7)
            return lines.shuffled(using: &generator)
        }
        defer { fixture.remove() }
        var session = try ReplaySession(path: fixture.path)
        var reached: [Int64] = []
        while session.appliedCount < session.index.count {
            let before = session.appliedCount
            reached.append(session.advance(to: session.eventEnd, maxEvents: 1))
            #expect(session.appliedCount == before + 1)
            #expect(session.store.now == reached.last)
        }
        #expect(reached == fixture.decodedEvents().events.map(\.timeNanos).sorted())
        expectSameFigures(session.store, fixture.referenceStore(through: session.eventEnd), "after single steps")
    }

    @Test func childrenWrittenBeforeTheirRootComeInAsTheyEnded() throws {
        let second: Int64 = 1_000_000_000
        let base: Int64 = 1_795_433_580 * second
        func span(_ id: String, parent: String?, start: Int64, end: Int64) -> String {
            let parentField = parent.map { #""parent_span_id":"\#($0)","# } ?? ""
            return #"{"v":1,"kind":"span","trace_id":"0123456789abcdef0123456789abcdef","span_id":"\#(id)","#
                + parentField
                + #""name":"s","start_time_unix_nano":"\#(base + start * second)","end_time_unix_nano":"\#(base + end * second)"}"#
        }
        let text = [
            span("000000000000000a", parent: nil, start: 0, end: 10),
            span("000000000000000b", parent: "000000000000000a", start: 1, end: 6),
            span("000000000000000c", parent: "000000000000000b", start: 2, end: 3),
        ].joined(separator: "\n")
        let fixture = ReplayFixture(bytes: Array(text.utf8))
        defer { fixture.remove() }
        var session = try ReplaySession(path: fixture.path)
        #expect(session.eventStart == base + 3 * second)
        #expect(session.eventEnd == base + 10 * second)
        #expect(try session.index.allEntries().map(\.lineNumber) == [3, 2, 1])
        var counts: [Int] = []
        for time: Int64 in [3, 5, 6, 9, 10] {
            session.advance(to: base + time * second)
            counts.append(session.store.spanCount)
        }
        #expect(counts == [1, 1, 2, 2, 3])
        let trace = session.store.traces[TraceID("0123456789abcdef0123456789abcdef")]
        #expect(trace?.entries.count == 3)
        #expect(trace?.root?.span.endNanos == base + 10 * second)
    }

    @Test func promptsAndCompletionsAreKeptForTheTraceView() throws {
        let fixture = ReplayFixture(minutes: 2)
        defer { fixture.remove() }
        var session = try ReplaySession(path: fixture.path)
        session.advance(to: session.eventEnd)
        let withContent = session.store.traces.newestFirst.compactMap { session.store.traces[$0] }
            .flatMap(\.spans).filter { $0.content != nil }
        #expect(!withContent.isEmpty)
    }

    @Test func aBoundedAdvanceStopsEarlyAndCarriesOnFromThere() throws {
        let fixture = ReplayFixture(minutes: 3)
        defer { fixture.remove() }
        var session = try ReplaySession(path: fixture.path)
        let end = session.eventEnd
        var calls = 0
        var last = Int64.min
        while true {
            let reached = session.advance(to: end, maxEvents: 100)
            calls += 1
            #expect(reached >= last)
            last = reached
            if reached == end { break }
        }
        #expect(calls == (session.index.count + 99) / 100)
        #expect(session.rebuilds == 0)
        expectSameFigures(session.store, fixture.reportStore(), "bounded steps to the end")
    }

    @Test func aBoundedAdvanceOpensOnlyTheBlocksItNeeds() throws {
        let fixture = ReplayFixture(minutes: 6)
        defer { fixture.remove() }
        var session = try ReplaySession(index: ReplayIndex(path: fixture.path, blockSize: 4096))
        let blocks = session.index.blocks.count
        #expect(blocks > 100)
        // The demo log is in time order: a frame of 10 events at full speed needs the first blocks only.
        session.advance(to: session.eventEnd, maxEvents: 10)
        #expect(session.appliedCount == 10)
        #expect(session.openedBlocks < 4)
        // Going on with 100 events a frame opens about as many blocks as those events fill.
        while session.appliedCount < session.index.count / 2 { session.advance(to: session.eventEnd, maxEvents: 100) }
        // (a frame holds at most twice its events, 20 blocks of 10 lines, besides those applied).
        #expect(session.openedBlocks < blocks / 2 + 25)
        session.advance(to: session.eventEnd)
        #expect(session.openedBlocks == blocks)
        expectSameFigures(session.store, fixture.reportStore(), "bounded frames, then the end")
    }
}
