import Foundation
import Glibc
import OpsSources
import OpsTestSupport
import Testing
import OpsEngine
import OpsModel

@Suite("ReplayIndex")
struct ReplayIndexTests {
    @Test func countsLinesAsReportDoesAndPointsAtEachEventLine() throws {
        let demo = ReplayFixture(minutes: 1)
        let demoLines = demo.bytes.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
        demo.remove()
        let lines = [demoLines[0] + "\r", "", "not json", "   ", #"{"other":"tool"}"#] + demoLines.dropFirst(1).prefix(40)
            + [String(repeating: "x", count: 9000), demoLines[41]]
        // The last line has no newline; the long one crosses several 4 KiB reads.
        let fixture = ReplayFixture(bytes: Array(lines.joined(separator: "\n").utf8))
        defer { fixture.remove() }
        let index = try ReplayIndex(path: fixture.path, blockSize: 4096)
        let expected = fixture.decodedEvents().stats
        #expect(index.stats == expected)
        #expect(index.count == 42)
        #expect(index.stats.malformed == 3)  // not JSON, no start time, the long line
        for entry in try index.allEntries() {
            let line = Array(fixture.bytes[Int(entry.offset)..<Int(entry.endOffset)])
            #expect(String(decoding: line, as: UTF8.self) == lines[Int(entry.lineNumber) - 1])
        }
    }

    @Test func anEntryTakes24Bytes() {
        #expect(MemoryLayout<ReplayIndex.Entry>.stride == 24)
    }

    @Test func aFileWithoutEventsHasAnEmptyIndex() throws {
        let fixture = ReplayFixture(bytes: Array("\nnot json\n".utf8))
        defer { fixture.remove() }
        var session = try ReplaySession(path: fixture.path)
        #expect(session.index.isEmpty)
        #expect(session.index.stats.malformed == 1)
        session.advance(to: session.eventEnd)
        #expect(session.store.spanCount == 0)
        #expect(session.makeClock().isAtEnd)
    }

    @Test func linesLongerThanTheLimitAreMalformedNotRead() throws {
        let fixture = ReplayFixture(minutes: 1) { lines in
            [lines[0], Array(repeating: UInt8(ascii: "y"), count: 10_000), lines[1]]
        }
        defer { fixture.remove() }
        let index = try ReplayIndex(path: fixture.path, blockSize: 4096, maxLineLength: 6000)
        #expect(index.count == 2)
        #expect(index.stats.malformed == 1)
        #expect(index.stats.malformedExamples.first?.reason == "line longer than 6000 bytes")
        #expect(index.stats.malformedExamples.first?.line == 2)
    }

    @Test func standardInputCannotBeReplayed() {
        #expect {
            _ = try ReplayIndex(path: "-")
        } throws: { error in
            (error as? SourceError)?.description.contains("replay needs a regular file") ?? false
        }
    }

    @Test func aMissingFileIsAnErrorThatSaysWhatToDo() {
        #expect {
            _ = try ReplayIndex(path: "/nonexistent/usage.jsonl")
        } throws: { error in
            (error as? SourceError)?.description == "cannot open '/nonexistent/usage.jsonl': No such file or directory — check the path"
        }
    }

    @Test func blocksChangedAfterIndexingAreCountedAndSkipped() throws {
        let fixture = ReplayFixture(minutes: 2)
        defer { fixture.remove() }
        var session = try ReplaySession(index: ReplayIndex(path: fixture.path, blockSize: 4096))
        let firstBlock = try #require(session.index.blocks.first)
        #expect(firstBlock.offset == 0 && firstBlock.firstLineNumber == 1)
        // Overwrite one digit of the first line's end time: same length, another event time.
        let first = try session.index.allEntries().first { $0.lineNumber == 1 }
        let text = String(decoding: fixture.bytes.prefix(Int(first?.length ?? 0)), as: UTF8.self)
        let marker = try #require(text.range(of: #""end_time_unix_nano":"1"#))
        let digitOffset = text.utf8.distance(from: text.startIndex, to: marker.upperBound)
        let fd = open(fixture.path, O_WRONLY)
        var nine = UInt8(ascii: "9")
        #expect(pwrite(fd, &nine, 1, off_t(digitOffset)) == 1)
        close(fd)

        // The first block no longer reads as indexed: its events are unreadable, the others replay.
        session.advance(to: session.eventEnd)
        #expect(session.unreadableLines == firstBlock.events)
        let rest = ReplayFixture(bytes: Array(fixture.bytes[firstBlock.byteCount...]))
        defer { rest.remove() }
        #expect(session.store.spanCount == rest.reportStore().spanCount)
        #expect(session.appliedCount == session.index.count)

        // Cut the file: every line past the cut is unreadable; going back starts the count again.
        #expect(truncate(fixture.path, off_t(fixture.bytes.count / 2)) == 0)
        session.advance(to: session.eventStart)
        session.advance(to: session.eventEnd)
        #expect(session.unreadableLines > session.index.count / 3)
        #expect(session.appliedCount == session.index.count)
    }

    @Test func aLineChangedAfterItsBlockWasReadIsCountedAndSkipped() throws {
        let fixture = ReplayFixture(minutes: 2)
        defer { fixture.remove() }
        // One block, read before the change.
        var session = try ReplaySession(index: ReplayIndex(path: fixture.path, blockSize: 8 << 20))
        #expect(session.index.blocks.count == 1)
        let entries = try session.index.allEntries()
        // Open the (one) block and apply only the first event; then change the last event's line.
        session.advance(to: entries[0].timeNanos, maxEvents: 1)
        let last = try #require(entries.last)
        let line = String(decoding: fixture.bytes[Int(last.offset)..<Int(last.endOffset)], as: UTF8.self)
        let marker = try #require(line.range(of: #""end_time_unix_nano":"1"#))
        let digitOffset = Int(last.offset) + line.utf8.distance(from: line.startIndex, to: marker.upperBound)
        let fd = open(fixture.path, O_WRONLY)
        var nine = UInt8(ascii: "9")
        #expect(pwrite(fd, &nine, 1, off_t(digitOffset)) == 1)
        close(fd)

        session.advance(to: session.eventEnd)
        #expect(session.unreadableLines == 1)
        #expect(session.store.spanCount == fixture.reportStore().spanCount - 1)
    }

    @Test(arguments: [0, 1, 3])
    func theIndexIsTheSameWhateverTheNumberOfWorkers(workers: Int) throws {
        // Lines out of time order, other tools' records (one completed by a later line) and
        // rejected lines among them, cut into many small blocks.
        let fixture = ReplayFixture(minutes: 4) { lines in
            var generator = TestRandom(seed: 11)
            var mixed = Array(lines.shuffled(using: &generator).prefix(600))
            for (position, line) in mixedLog.enumerated() { mixed.insert(Array(line.utf8), at: 40 + position * 70) }
            mixed.insert(Array("not json".utf8), at: 300)
            return mixed
        }
        defer { fixture.remove() }
        let alone = try ReplayIndex(path: fixture.path, workers: 0, blockSize: 1 << 20)
        let index = try ReplayIndex(path: fixture.path, workers: workers, blockSize: 4096)
        #expect(alone.blocks.count == 1)
        #expect(index.blocks.count > 20)
        #expect(index.stats == fixture.decodedEvents().stats)
        #expect(index.stats == alone.stats)
        #expect(index.count == alone.count)
        #expect(index.foreignEntries == alone.foreignEntries)
        #expect(index.keptEvents.count == 1)
        #expect(index.firstEventNanos == alone.firstEventNanos && index.lastEventNanos == alone.lastEventNanos)
        let entries = try index.allEntries()
        #expect(entries == (try alone.allEntries()))
        #expect(entries.map(\.timeNanos) == fixture.decodedEvents().events.map(\.timeNanos).sorted())
        // Blocks open in the order of their earliest events.
        let earliest = index.openingOrder.map { index.blocks[Int($0)].earliestNanos }
        #expect(earliest == earliest.sorted())

        var session = try ReplaySession(index: index)
        var straight = try ReplaySession(index: alone)
        let middle = session.eventStart + (session.eventEnd - session.eventStart) / 2
        for time in [middle, session.eventEnd] {
            session.advance(to: time)
            straight.advance(to: time)
            expectSameFigures(session.store, straight.store, "\(workers) workers, blocks of 4 KiB")
            expectSameFigures(session.store, fixture.referenceStore(through: time), "\(workers) workers vs reference")
        }
        #expect(session.unreadableLines == 0)
    }

    @Test func progressCountsTheBytesScanned() throws {
        let fixture = ReplayFixture(minutes: 2)
        defer { fixture.remove() }
        var seen: [Int64] = []
        _ = try ReplayIndex(path: fixture.path, workers: 2, blockSize: 8192) { seen.append($0) }
        #expect(seen == seen.sorted())
        #expect(seen.count > 10)
        #expect(seen.last == Int64(fixture.bytes.count))
    }
}
