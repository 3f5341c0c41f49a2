import Foundation
import Glibc
import OpsEngine
import OpsModel
import OpsSources
import Synchronization
import Testing

/// Following a log through rename rotations: its lines carry no ids, and every one must count. The
/// ids made up from line numbers restarted with each new file and most lines counted as duplicates.
@Test func followingThroughRotationsKeepsEveryLineWithoutIds() throws {
    let directory = TestDirectory()
    defer { directory.remove() }
    let path = directory.file("app.jsonl")
    let source = LiveFileSource(path: path, pollInterval: .milliseconds(20))
    let feed = EventFeed()
    source.start(into: feed)
    defer { source.stop() }
    let store = Mutex(MetricsStore())
    let linesRead = Mutex(0)
    func collect() {
        let drained = feed.drain()
        store.withLock { store in
            for event in drained.events { store.ingest(event) }
        }
        if let status = drained.statuses.last { linesRead.withLock { $0 = status.stats.lines } }
    }
    var written = 0
    for generation in 0..<4 {
        let writer = Writer(appendingTo: path)
        var text = ""
        for _ in 0..<250 {
            let start = 1_795_433_580_000_000_000 + Int64(written) * 1_000_000
            text += #"{"start_time_unix_nano":"\#(start)","duration_ms":5,"gen_ai.request.model":"m"}"# + "\n"
            written += 1
        }
        writer.write(text)
        writer.close()
        // Wait until the follower has read this file before rotating it away.
        #expect(eventually(timeout: .seconds(10)) {
            collect()
            return store.withLock { $0.spanCount } + store.withLock { $0.duplicateSpans } == written
        })
        if generation < 3 { #expect(rename(path, directory.file("app.jsonl.\(generation + 1)")) == 0) }
    }
    collect()
    #expect(store.withLock { $0.spanCount } == 1000)
    #expect(store.withLock { $0.duplicateSpans } == 0)
}
