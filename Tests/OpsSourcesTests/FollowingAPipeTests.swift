import Foundation
import Glibc
import OpsModel
import OpsSources
import Synchronization
import Testing

/// A FIFO given as a path (what `opstop <(cmd)` is): it cannot be seeked, and following it with
/// `pread` failed with "Illegal seek" and read nothing. It is read as a stream, like stdin.
@Test func followingAFIFOReadsItAsAStream() throws {
    let directory = TestDirectory()
    defer { directory.remove() }
    let path = directory.file("pipe")
    #expect(mkfifo(path, 0o600) == 0)
    let source = LiveFileSource(path: path, pollInterval: .milliseconds(20))
    let feed = EventFeed()
    source.start(into: feed)
    defer { source.stop() }
    // The writer comes after the reader, as with `mkfifo p; opstop p & cmd > p`.
    let writer = open(path, O_WRONLY | O_CLOEXEC)
    #expect(writer >= 0)
    var text = ""
    for index in 0..<200 {
        let start = 1_795_433_580_000_000_000 + Int64(index) * 1_000_000
        text += #"{"start_time_unix_nano":"\#(start)","duration_ms":5,"gen_ai.request.model":"m"}"# + "\n"
    }
    let bytes = Array(text.utf8)
    #expect(bytes.withUnsafeBytes { write(writer, $0.baseAddress, $0.count) } == bytes.count)
    _ = close(writer)
    let received = Mutex<(events: Int, status: SourceStatus?)>((0, nil))
    #expect(eventually(timeout: .seconds(10)) {
        let drained = feed.drain()
        return received.withLock { state in
            state.events += drained.events.count
            if let last = drained.statuses.last { state.status = last }
            return state.status?.health == .finished
        }
    })
    #expect(received.withLock { $0.events } == 200)
    #expect(received.withLock { $0.status?.stats.lines } == 200)
    #expect(received.withLock { $0.status?.name } == path)
}
