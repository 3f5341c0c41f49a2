import Foundation
import OpsModel
import OpsSources
import Synchronization
import Testing

/// Following a file reads the other formats too: a LangSmith run posted now is a span once its patch is appended.
@Test func followingCompletesALangSmithRunWhenItsPatchIsAppended() throws {
    let directory = TestDirectory()
    defer { directory.remove() }
    let path = directory.file("runs.jsonl")
    let writer = Writer(appendingTo: path)
    defer { writer.close() }
    let source = LiveFileSource(path: path, pollInterval: .milliseconds(20))
    let inbox = EventFeed()
    source.start(into: inbox)
    defer { source.stop() }
    let received = Mutex<(events: [Event], status: SourceStatus?)>(([], nil))
    func collect() {
        let drained = inbox.drain()
        received.withLock { state in
            state.events += drained.events
            if let last = drained.statuses.last { state.status = last }
        }
    }

    writer.write(#"{"post":[{"id":"r1","name":"agent","run_type":"chain","start_time":"2026-11-23T10:00:00Z"}]}"#
        + "\n" + #"{"id":"l1","call_type":"acompletion","startTime":1795428000.0,"endTime":1795428001.0,"model":"m"}"# + "\n")
    #expect(eventually(timeout: .seconds(10)) {
        collect()
        return received.withLock { $0.status?.stats.lines == 2 }
    })
    #expect(received.withLock { $0.events.count } == 1)
    #expect(received.withLock { $0.status?.stats.heldRuns } == 1)

    writer.write(#"{"patch":[{"id":"r1","end_time":"2026-11-23T10:00:03Z"}]}"# + "\n")
    // The status that counts the patch's line may come a drain after the span it completes.
    #expect(eventually(timeout: .seconds(10)) {
        collect()
        return received.withLock { $0.events.count == 2 && $0.status?.stats.lines == 3 }
    })
    let spans = received.withLock { $0.events }.compactMap { event -> Span? in
        if case let .span(span) = event { return span }
        return nil
    }
    #expect(spans.map(\.name) == ["chat m", "agent"])
    #expect(spans.last?.durationNanos == 3_000_000_000)
    #expect(received.withLock { $0.status?.stats.heldRuns } == 0)
}
