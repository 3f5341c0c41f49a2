import Foundation
import Glibc
import OpsFormats
import OpsModel
import OpsSources
import Testing

/// A log read from its start is loaded by block workers, then followed from where the load stopped.
/// Whatever happens to the file during the load (it grows, is rotated, is truncated, ends with half
/// a line), every line is delivered once, in order, with the ids a line-by-line follower gives
/// lines without ids: the events are checked against `LogIngestor` reading the same bytes.
@Suite struct LoadSeamTests {
    /// Lines without ids (their span and trace ids are made up from the line number), numbered from `first`.
    private static func lines(_ range: Range<Int>) -> String {
        range.map { index in
            let start = 1_795_433_580_000_000_000 + Int64(index) * 1_000_000
            return #"{"start_time_unix_nano":"\#(start)","duration_ms":5,"gen_ai.request.model":"m\#(index)"}"# + "\n"
        }.joined()
    }

    /// Where two lists of events first differ (in length or content); nil when they are equal.
    private static func firstDifference(_ seen: [String], _ expected: [String]) -> String? {
        guard seen != expected else { return nil }
        let index = (0..<Swift.min(seen.count, expected.count)).first { seen[$0] != expected[$0] }
            ?? Swift.min(seen.count, expected.count)
        let got = index < seen.count ? seen[index] : "nothing"
        let wanted = index < expected.count ? expected[index] : "nothing"
        return "\(seen.count) events against \(expected.count); at \(index): \(got), expected \(wanted)"
    }

    private static func key(_ event: Event) -> String {
        guard case let .span(span) = event else { return "not a span" }
        return "\(span.traceID) \(span.spanID) \(span.requestModel ?? "")"
    }

    /// What a line-by-line follower makes of `parts`: each part a file (or a file's new content
    /// after a truncation) read after the one before.
    private static func reference(_ path: String, _ parts: [String]) -> (keys: [String], lines: Int) {
        var ingestor = LogIngestor(source: path)
        var keys: [String] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { ingestor.discardPartialLine() }
            Array(part.utf8).withUnsafeBytes { bytes in ingestor.feed(bytes) { keys.append(key($0)) } }
        }
        return (keys, ingestor.stats.lines)
    }

    /// A source loading `path` with small blocks into a feed that holds few events, so the load is
    /// still under way (the source waiting for room) when the test changes the file.
    private final class Loading {
        let feed: EventFeed
        let source: LiveFileSource
        var keys: [String] = []
        var lastStatus: SourceStatus?

        init(path: String, workers: Int, logsCapacity: Int = 50) {
            feed = EventFeed(capacity: 1_000, logsCapacity: logsCapacity)
            source = LiveFileSource(path: path, pollInterval: .milliseconds(20), workers: workers, blockSize: 4096)
            source.start(into: feed)
        }

        /// Waits until the load has filled the feed and waits for room: the file is not read to its end.
        func waitUntilHeldBack() -> Bool {
            eventually(timeout: .seconds(20)) { feed.loaded.producersWaiting == 1 }
        }

        func collect() {
            let drained = feed.drain()
            keys += drained.events.map(LoadSeamTests.key)
            if let last = drained.statuses.last { lastStatus = last }
        }

        /// Takes events in until `count` arrived and the source says it is not loading.
        func collect(until count: Int) -> Bool {
            eventually(timeout: .seconds(30)) {
                collect()
                return keys.count >= count && lastStatus?.loadingTotal == nil
            }
        }
    }

    @Test(arguments: [0, 1, 3])
    func aFileGrowingDuringTheLoadIsReadToItsNewEndOnce(workers: Int) {
        let directory = TestDirectory()
        defer { directory.remove() }
        let path = directory.file("app.jsonl")
        let before = Self.lines(0..<3_000)
        let writer = Writer(appendingTo: path)
        defer { writer.close() }
        writer.write(before)
        let loading = Loading(path: path, workers: workers)
        defer { loading.source.stop() }
        #expect(loading.waitUntilHeldBack())
        #expect(loading.lastStatus == nil || loading.lastStatus?.loadingTotal != nil)
        let appended = Self.lines(3_000..<3_500)
        writer.write(appended)
        let expected = Self.reference(path, [before + appended])
        #expect(loading.collect(until: expected.keys.count))
        // Lines appended after the load are the follower's; they go on from the same numbers.
        let later = Self.lines(3_500..<3_600)
        writer.write(later)
        let all = Self.reference(path, [before + appended + later])
        #expect(eventually(timeout: .seconds(10)) { loading.collect(); return loading.keys.count >= all.keys.count })
        #expect(Self.firstDifference(loading.keys, all.keys) == nil)
        #expect(loading.lastStatus?.stats.lines == all.lines)
        #expect(loading.lastStatus?.bytesRead == (before + appended + later).utf8.count)
    }

    @Test(arguments: [0, 1, 3])
    func aFileRotatedDuringTheLoadIsReadToItsEndThenTheNewOne(workers: Int) {
        let directory = TestDirectory()
        defer { directory.remove() }
        let path = directory.file("app.jsonl")
        let old = Self.lines(0..<3_000)
        let oldWriter = Writer(appendingTo: path)
        oldWriter.write(old)
        oldWriter.close()
        let loading = Loading(path: path, workers: workers)
        defer { loading.source.stop() }
        #expect(loading.waitUntilHeldBack())
        #expect(rename(path, directory.file("app.jsonl.1")) == 0)
        let fresh = Self.lines(5_000..<5_200)
        let writer = Writer(appendingTo: path)
        writer.write(fresh)
        writer.close()
        let expected = Self.reference(path, [old, fresh])
        #expect(loading.collect(until: expected.keys.count))
        #expect(eventually(timeout: .seconds(5)) { loading.collect(); return loading.lastStatus?.stats.lines == expected.lines })
        #expect(Self.firstDifference(loading.keys, expected.keys) == nil)
        #expect(Set(loading.keys).count == loading.keys.count)
    }

    @Test(arguments: [0, 1, 3])
    func aFileTruncatedDuringTheLoadIsReadAgainFromItsStart(workers: Int) {
        let directory = TestDirectory()
        defer { directory.remove() }
        let path = directory.file("app.jsonl")
        let old = Self.lines(0..<3_000)
        let writer = Writer(appendingTo: path)
        defer { writer.close() }
        writer.write(old)
        let loading = Loading(path: path, workers: workers)
        defer { loading.source.stop() }
        #expect(loading.waitUntilHeldBack())
        #expect(truncate(path, 0) == 0)
        let fresh = Self.lines(7_000..<7_005)
        writer.write(fresh)
        // What was read before the truncation is kept, then the new content from its start: a
        // prefix of the old file's lines (how long depends on how far the load got), then the new lines.
        let oldKeys = Self.reference(path, [old]).keys
        let both = Self.reference(path, [old, fresh])
        let freshKeys = Array(both.keys.suffix(5))
        #expect(eventually(timeout: .seconds(30)) {
            loading.collect()
            return loading.keys.suffix(5) == freshKeys[...] && loading.lastStatus?.loadingTotal == nil
        })
        let kept = loading.keys.count - freshKeys.count
        #expect(kept > 0 && kept < oldKeys.count)
        #expect(Self.firstDifference(Array(loading.keys.prefix(kept)), Array(oldKeys.prefix(kept))) == nil)
        #expect(loading.lastStatus?.stats.lines == kept + freshKeys.count)
    }

    /// `--from 30m` on a log loaded from its start: events older than the cutoff are counted as
    /// skipped, blocks wholly older, wholly newer and straddling it alike.
    @Test(arguments: [0, 1])
    func eventsOlderThanTheStartWindowAreSkippedAndCounted(workers: Int) {
        let directory = TestDirectory()
        defer { directory.remove() }
        let path = directory.file("app.jsonl")
        let text = Self.lines(0..<3_000)
        let writer = Writer(appendingTo: path)
        writer.write(text)
        writer.close()
        let cutoff: Int64 = 1_795_433_580_000_000_000 + 1_500 * 1_000_000
        var expected: [String] = []
        var ingestor = LogIngestor(source: path)
        Array(text.utf8).withUnsafeBytes { bytes in
            ingestor.feed(bytes) { if $0.timeNanos >= cutoff { expected.append(Self.key($0)) } }
        }
        let feed = EventFeed(capacity: 1_000, logsCapacity: 50)
        let source = LiveFileSource(
            path: path, notBefore: cutoff, pollInterval: .milliseconds(20), workers: workers, blockSize: 4096)
        source.start(into: feed)
        defer { source.stop() }
        var keys: [String] = []
        var last: SourceStatus?
        #expect(eventually(timeout: .seconds(20)) {
            let drained = feed.drain()
            keys += drained.events.map(Self.key)
            last = drained.statuses.last ?? last
            return last?.stats.lines == 3_000 && last?.loadingTotal == nil
        })
        #expect(expected.count > 1_000 && expected.count < 2_000)
        #expect(Self.firstDifference(keys, expected) == nil)
        #expect(last?.skippedOld == 3_000 - expected.count)
    }

    /// The screen's thread decodes blocks of the load while none waits for it (``LoadHelp``): the
    /// blocks it decodes reach the feed in their place, every line once, in order. The feed has room
    /// for the whole file, so the source takes each block as it is decoded and slots are free for help.
    @Test(arguments: [1, 3])
    func blocksDecodedByTheThreadTakingTheEventsInKeepTheirPlace(workers: Int) {
        let directory = TestDirectory()
        defer { directory.remove() }
        let path = directory.file("app.jsonl")
        let text = Self.lines(0..<20_000)
        let writer = Writer(appendingTo: path)
        writer.write(text)
        writer.close()
        let expected = Self.reference(path, [text])
        let loading = Loading(path: path, workers: workers, logsCapacity: 100_000)
        defer { loading.source.stop() }
        var helped = 0
        #expect(eventually(timeout: .seconds(30)) {
            if loading.feed.loadHelp.help() { helped += 1 }
            loading.collect()
            return loading.keys.count >= expected.keys.count && loading.lastStatus?.loadingTotal == nil
        })
        #expect(helped > 0)
        #expect(Self.firstDifference(loading.keys, expected.keys) == nil)
        #expect(loading.lastStatus?.stats.lines == expected.lines)
        // The load closed its help: there is nothing more to decode.
        #expect(!loading.feed.loadHelp.isOpen)
        #expect(!loading.feed.loadHelp.help())
    }

    @Test(arguments: [0, 1, 3])
    func aLastLineCutInHalfAtTheSeamIsDeliveredOnceWhenItEnds(workers: Int) {
        let directory = TestDirectory()
        defer { directory.remove() }
        let path = directory.file("app.jsonl")
        let whole = Self.lines(0..<2_000)
        let last = Self.lines(2_000..<2_001)
        let cut = last.utf8.count / 2
        let head = String(decoding: Array(last.utf8.prefix(cut)), as: UTF8.self)
        let tail = String(decoding: Array(last.utf8.dropFirst(cut)), as: UTF8.self)
        let writer = Writer(appendingTo: path)
        defer { writer.close() }
        writer.write(whole + head)
        let loading = Loading(path: path, workers: workers)
        defer { loading.source.stop() }
        #expect(loading.collect(until: 2_000))
        // Caught up: the half line waits for its newline.
        usleep(100_000)
        loading.collect()
        #expect(loading.keys.count == 2_000)
        #expect(loading.lastStatus?.stats.lines == 2_000)
        writer.write(tail + Self.lines(2_001..<2_010))
        let expected = Self.reference(path, [whole + head + tail + Self.lines(2_001..<2_010)])
        #expect(eventually(timeout: .seconds(10)) { loading.collect(); return loading.keys.count >= expected.keys.count })
        #expect(Self.firstDifference(loading.keys, expected.keys) == nil)
        #expect(loading.lastStatus?.stats.lines == expected.lines)
    }
}
