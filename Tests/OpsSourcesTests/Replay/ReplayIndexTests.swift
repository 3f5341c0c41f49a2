import Foundation
import Glibc
import OpsSources
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
        let index = try ReplayIndex(path: fixture.path, chunkSize: 4096)
        let expected = fixture.decodedEvents().stats
        #expect(index.stats == expected)
        #expect(index.count == 42)
        #expect(index.stats.malformed == 3)  // not JSON, no start time, the long line
        for entry in index.entries {
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
        let index = try ReplayIndex(path: fixture.path, chunkSize: 4096, maxLineLength: 6000)
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

    @Test func linesChangedAfterIndexingAreCountedAndSkipped() throws {
        let fixture = ReplayFixture(minutes: 2)
        defer { fixture.remove() }
        var session = try ReplaySession(path: fixture.path)
        // Overwrite one digit of the first line's end time: same length, another event time.
        let first = session.index.entries.first { $0.lineNumber == 1 }
        let text = String(decoding: fixture.bytes.prefix(Int(first?.length ?? 0)), as: UTF8.self)
        let marker = try #require(text.range(of: #""end_time_unix_nano":"1"#))
        let digitOffset = text.utf8.distance(from: text.startIndex, to: marker.upperBound)
        let fd = open(fixture.path, O_WRONLY)
        var nine = UInt8(ascii: "9")
        #expect(pwrite(fd, &nine, 1, off_t(digitOffset)) == 1)
        close(fd)

        session.advance(to: session.eventEnd)
        #expect(session.unreadableLines == 1)
        #expect(session.store.spanCount == fixture.reportStore().spanCount - 1)

        // Cut the file: every line past the cut is unreadable; going back starts the count again.
        #expect(truncate(fixture.path, off_t(fixture.bytes.count / 2)) == 0)
        session.advance(to: session.eventStart)
        session.advance(to: session.eventEnd)
        #expect(session.unreadableLines > session.index.count / 3)
        #expect(session.appliedCount == session.index.count)
    }
}
