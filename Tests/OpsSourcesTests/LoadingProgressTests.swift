import Foundation
import OpsModel
import OpsSources
import Testing

/// A log followed from its start says how far it is through what the file held at start, and
/// stops saying so once it has read that much; followed from its end it never loads.
@Suite struct LoadingProgressTests {
    private static func writeLog(_ path: String, lines: Int) -> Int {
        var text = ""
        for index in 0..<lines {
            let start = 1_795_433_580_000_000_000 + Int64(index) * 1_000_000
            text += #"{"trace_id":"t\#(index)","span_id":"s\#(index)","start_time_unix_nano":"\#(start)","duration_ms":5,"gen_ai.request.model":"m"}"# + "\n"
        }
        let writer = Writer(appendingTo: path)
        writer.write(text)
        writer.close()
        return text.utf8.count
    }

    @Test func fromTheStartTheStatusCarriesTheSizeUntilItIsRead() {
        let directory = TestDirectory()
        defer { directory.remove() }
        let path = directory.file("spans.jsonl")
        let size = Self.writeLog(path, lines: 30_000)
        // A small feed holds the source back, so the load is seen under way.
        let feed = EventFeed(capacity: 1_000)
        let source = LiveFileSource(path: path, pollInterval: .milliseconds(20))
        source.start(into: feed)
        defer { source.stop() }
        var seen: [SourceStatus] = []
        var events = 0
        let done = eventually(timeout: .seconds(20)) {
            let drained = feed.drain()
            events += drained.events.count
            seen += drained.statuses
            return events == 30_000 && seen.last?.loadingTotal == nil && seen.last?.bytesRead == size
        }
        #expect(done, "\(events) events, last status \(String(describing: seen.last))")
        #expect(seen.contains { $0.loadingTotal == size && $0.bytesRead < size })
        #expect(seen.allSatisfy { $0.loadingTotal == nil || $0.loadingTotal == size })
    }

    @Test func fromTheEndNothingLoads() {
        let directory = TestDirectory()
        defer { directory.remove() }
        let path = directory.file("spans.jsonl")
        _ = Self.writeLog(path, lines: 100)
        let feed = EventFeed()
        let source = LiveFileSource(path: path, fromEnd: true, pollInterval: .milliseconds(20))
        source.start(into: feed)
        defer { source.stop() }
        var seen: [SourceStatus] = []
        #expect(eventually { seen += feed.drain().statuses; return !seen.isEmpty })
        #expect(seen.allSatisfy { $0.loadingTotal == nil })
    }
}
