import Dispatch
import Foundation
import OpsEngine
import OpsModel
@testable import OpsSources
import OpsTestSupport
import Testing

@Suite("Replay read ahead")
struct ReplayReadAheadTests {
    /// A demo log with a third of its lines out of time order, other tools' records among them
    /// (one completed by a later line) and a rejected line.
    static func mixedFixture() -> ReplayFixture {
        ReplayFixture(minutes: 20) { lines in
            var generator = TestRandom(seed: 5)
            var mixed = lines
            mixed[(mixed.count / 3)..<(2 * mixed.count / 3)].shuffle(using: &generator)
            for (position, line) in mixedLog.enumerated() { mixed.insert(Array(line.utf8), at: 100 + position * 997) }
            mixed.insert(Array("not json".utf8), at: 500)
            return mixed
        }
    }

    @Test(arguments: [1, 2, 5])
    func readingAheadIngestsTheSameEventsInTheSameOrder(workers: Int) throws {
        let fixture = Self.mixedFixture()
        defer { fixture.remove() }
        let index = try ReplayIndex(path: fixture.path, workers: 2, blockSize: 4096)
        #expect(index.count > 8 * 1024)
        #expect(index.blocks.count > 100)
        var ahead = try ReplaySession(index: index, checkpoints: 3, workers: workers)
        var alone = try ReplaySession(index: index, checkpoints: 3, workers: 0)
        // Frames at full speed, as the screen plays them: many batches each, blocks opened in bursts.
        let end = ahead.eventEnd
        var frames = 0
        while true {
            let reached = ahead.advance(to: end, maxEvents: 9_000)
            #expect(alone.advance(to: end, maxEvents: 9_000) == reached)
            #expect(ahead.appliedCount == alone.appliedCount && ahead.openedBlocks == alone.openedBlocks)
            expectSameFigures(ahead.store, alone.store, "\(workers) workers, frame \(frames)")
            frames += 1
            if reached == end { break }
        }
        #expect(frames > 2)
        #expect(ahead.unreadableLines == 0)
        #expect(ahead.appliedCount == index.count)
        expectSameFigures(ahead.store, fixture.referenceStore(through: end), "\(workers) workers vs reference, end")
        // Alerts are evaluated as events arrive and at each frame's time: equal alerts mean the
        // events came in the same order.
        #expect(ahead.store.snapshot(window: .all).alerts == alone.store.snapshot(window: .all).alerts)

        // Back to the middle (from a checkpoint) and on to the end in one go.
        let middle = ahead.eventStart + (end - ahead.eventStart) / 2
        ahead.advance(to: middle)
        expectSameFigures(ahead.store, fixture.referenceStore(through: middle), "\(workers) workers, back to the middle")
        ahead.advance(to: end)
        expectSameFigures(ahead.store, fixture.referenceStore(through: end), "\(workers) workers, middle to end")
    }

    @Test(arguments: [0, 300, Int.max])
    func blocksOpenTheSameFromTheIndexPassesEntriesAsFromAScan(budget: Int) throws {
        let fixture = Self.mixedFixture()
        defer { fixture.remove() }
        let index = try ReplayIndex(path: fixture.path, workers: 2, blockSize: 4096, scannedEntryBudget: budget)
        var session = try ReplaySession(index: index, workers: 2)
        var scanning = try ReplaySession(
            index: ReplayIndex(path: fixture.path, blockSize: 4096, scannedEntryBudget: 0), workers: 0)
        var reached = session.eventStart
        while reached < session.eventEnd {
            reached = session.advance(to: session.eventEnd, maxEvents: 5_000)
            #expect(scanning.advance(to: session.eventEnd, maxEvents: 5_000) == reached)
        }
        #expect(session.unreadableLines == 0)
        #expect(session.appliedCount == index.count)
        expectSameFigures(session.store, scanning.store, "budget \(budget), end")
        expectSameFigures(session.store, fixture.referenceStore(through: session.eventEnd), "budget \(budget), end")
        #expect(session.store.snapshot(window: .all).alerts == scanning.store.snapshot(window: .all).alerts)
        // Going back opens the blocks again, scanning them this time.
        let middle = session.eventStart + (session.eventEnd - session.eventStart) / 2
        session.advance(to: middle)
        expectSameFigures(session.store, fixture.referenceStore(through: middle), "budget \(budget), back to the middle")
    }

    @Test func aBlocksHashChangesWithAnyByte() {
        var generator = TestRandom(seed: 9)
        for length in [0, 1, 7, 8, 15, 16, 17, 31, 32, 33, 40, 100, 4099] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let hash = bytes.withUnsafeBytes { ReplayBlock.hash(of: $0) }
            #expect(hash == bytes.withUnsafeBytes { ReplayBlock.hash(of: $0) })
            for position in Set((0..<Swift.min(length, 40)).map { _ in Int.random(in: 0..<length, using: &generator) }) {
                var changed = bytes
                changed[position] ^= UInt8.random(in: 1...255, using: &generator)
                #expect(changed.withUnsafeBytes { ReplayBlock.hash(of: $0) } != hash, "length \(length), byte \(position)")
            }
            #expect((bytes + [0]).withUnsafeBytes { ReplayBlock.hash(of: $0) } != hash, "length \(length) and one more byte")
            // Bytes moved: two swapped, or a run moved elsewhere (as lines swapped by an edit).
            guard length > 1 else { continue }
            for _ in 0..<20 {
                let (first, second) = (Int.random(in: 0..<length, using: &generator), Int.random(in: 0..<length, using: &generator))
                guard bytes[first] != bytes[second] else { continue }
                var swapped = bytes
                swapped.swapAt(first, second)
                #expect(swapped.withUnsafeBytes { ReplayBlock.hash(of: $0) } != hash, "length \(length), \(first) ⇄ \(second)")
            }
            let cut = Int.random(in: 1..<length, using: &generator)
            let rotated = Array(bytes[cut...] + bytes[..<cut])
            if rotated != bytes {
                #expect(rotated.withUnsafeBytes { ReplayBlock.hash(of: $0) } != hash, "length \(length), rotated by \(cut)")
            }
        }
    }

    @Test func aBlockChangedAfterIndexingIsSkippedWhicheverThreadOpensIt() throws {
        let fixture = ReplayFixture(minutes: 4)
        defer { fixture.remove() }
        let index = try ReplayIndex(path: fixture.path, blockSize: 4096)
        let lastBlock = try #require(index.blocks.last)
        // Cut the file inside its last block, after indexing: that block no longer reads as indexed.
        #expect(truncate(fixture.path, off_t(lastBlock.offset + 10)) == 0)
        var ahead = try ReplaySession(index: index, workers: 2)
        ahead.advance(to: ahead.eventEnd)
        #expect(ahead.unreadableLines == lastBlock.events)
        #expect(ahead.appliedCount == index.count)
        let rest = ReplayFixture(bytes: Array(fixture.bytes[..<Int(lastBlock.offset)]))
        defer { rest.remove() }
        #expect(ahead.store.spanCount == rest.reportStore().spanCount)
    }

    @Test func aheadWorkIsDoneOnceByWhicheverThreadComesFirst() {
        final class Count: @unchecked Sendable {
            let lock = NSLock()
            var runs = 0
        }
        let count = Count()
        let queue = DispatchQueue.global()
        let works = (0..<500).map { number in
            ReplayAheadWork(on: number % 7 == 0 ? nil : queue) {
                count.lock.withLock { count.runs += 1 }
                return number
            }
        }
        #expect(works.map { $0.result() } == Array(0..<500))
        #expect(count.lock.withLock { count.runs } == 500)
    }

    @Test func entriesAlreadyInOrderAreToldApartFromOthers() {
        var generator = TestRandom(seed: 3)
        for length in [0, 1, 2, 3, 10, 100] {
            for _ in 0..<200 {
                // Few distinct times and offsets, so ties decide.
                let entries = (0..<length).map { _ in
                    ReplayIndex.Entry(
                        timeNanos: Int64.random(in: 0...3, using: &generator), offset: Int64.random(in: 0...3, using: &generator),
                        length: UInt32.random(in: 1...2, using: &generator), lineNumber: 1,
                        ordinal: UInt16.random(in: 0...1, using: &generator))
                }
                let ordered = entries.sorted(by: ReplayIndex.Entry.precedes)
                #expect(ReplaySession.isInOrder(entries) == (entries == ordered))
                #expect(ReplaySession.isInOrder(ordered))
            }
        }
    }
}

@Suite("Replay bounded advance")
struct ReplayBoundedAdvanceTests {
    @Test func aFrameOfExactlyTheEventsOpenedStopsAtTheLastOfThemWhileBlocksAreClosed() throws {
        // In this log a frame of 5 000 events at full speed once took exactly the entries of the
        // blocks open, with blocks still closed: the store must not jump to the end past them.
        let fixture = ReplayReadAheadTests.mixedFixture()
        defer { fixture.remove() }
        var session = try ReplaySession(index: ReplayIndex(path: fixture.path, blockSize: 4096))
        var reached = session.eventStart
        var frames = 0
        while reached < session.eventEnd {
            reached = session.advance(to: session.eventEnd, maxEvents: 5_000)
            frames += 1
        }
        #expect(frames == (session.index.count + 4_999) / 5_000)
        #expect(session.appliedCount == session.index.count)
        expectSameFigures(session.store, fixture.referenceStore(through: session.eventEnd), "frames of 5 000 events")
    }
}
