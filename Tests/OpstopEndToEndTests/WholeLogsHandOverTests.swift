import OpsModel
import OpsSources
import Testing

@testable import opstop

/// The hand-over between report's reading thread and its engine keeps only batches not yet taken,
/// even when the reader stays ahead and the queue never runs empty.
@Test func takenBatchesAreLetGoWhileTheReaderStaysAhead() {
    let inbox = WholeLogs.handOver()
    let batch = Array(repeating: Event.breaker(BreakerEvent(timeNanos: 1, target: "t", state: .open)), count: 10)
    inbox.put(.events(batch))
    inbox.put(.events(batch))
    for _ in 0..<200 {
        inbox.put(.events(batch))
        guard case let .events(taken)? = inbox.take() else {
            Issue.record("expected events")
            return
        }
        #expect(taken.count == 10)
        // Two batches always wait; the one just taken is no longer held.
        #expect(inbox.weight == 20)
    }
}

/// The reader waits once four full batches wait: memory is bounded by the hand-over, not the input.
@Test func theReaderWaitsWhileFourBatchesWait() {
    let inbox = WholeLogs.handOver()
    let batch = Array(
        repeating: Event.breaker(BreakerEvent(timeNanos: 1, target: "t", state: .open)), count: WholeLogs.batchSize)
    for _ in 0..<4 { inbox.put(.events(batch)) }
    #expect(inbox.isFull)
    #expect(inbox.policy == .block)
}
