import OpsModel
import Testing

@testable import opstop

/// The hand-over between report's reading thread and its engine keeps only batches not yet taken,
/// even when the reader stays ahead and the queue never runs empty.
@Test func takenBatchesAreLetGoWhileTheReaderStaysAhead() {
    let channel = EventBatchChannel(capacity: 4)
    let batch = Array(repeating: Event.breaker(BreakerEvent(timeNanos: 1, target: "t", state: .open)), count: 10)
    channel.put(.events(batch))
    channel.put(.events(batch))
    for _ in 0..<200 {
        channel.put(.events(batch))
        guard case let .events(taken) = channel.take() else {
            Issue.record("expected events")
            return
        }
        #expect(taken.count == 10)
        // Two batches always wait; the one just taken is no longer held.
        #expect(channel.heldEvents == 20)
    }
}
