import Dispatch
import Foundation
import OpsSources
import Synchronization
import Testing

/// Waiting and being released: a producer on a full blocking inbox, a consumer on an empty one.
///
/// Threads meet through the inbox's own gauges (`producersWaiting`, `consumersWaiting`), not
/// sleeps; the ten-second limits only stop a broken build from hanging the suite.
@Suite("Inbox waiting")
struct InboxWaitingTests {
    @Test func aProducerWaitingOnAFullInboxIsReleasedByATake() {
        let inbox = Inbox<Int>(capacity: 2, policy: .block)
        inbox.put(contentsOf: [1, 2])
        let producer = Background { inbox.put(3) }
        #expect(until { inbox.producersWaiting == 1 })
        #expect(inbox.count == 2)
        #expect(inbox.take() == 1)
        #expect(producer.result() == true)
        #expect(inbox.drain() == [2, 3])
        #expect(inbox.counts == InboxCounts(waitedPuts: 1))
    }

    @Test func aProducerWaitingOnAFullInboxIsReleasedByADrain() {
        let inbox = Inbox<Int>(capacity: 1, policy: .block)
        inbox.put(1)
        let producer = Background { inbox.put(contentsOf: [2, 3]) }
        #expect(until { inbox.producersWaiting == 1 })
        #expect(inbox.drain() == [1])
        #expect(producer.result() == true)
        #expect(inbox.drain() == [2, 3])
    }

    @Test func aProducerWaitingOnAFullInboxIsReleasedByCloseAndItsPutIsTurnedAway() {
        let inbox = Inbox<Int>(capacity: 1, policy: .block)
        inbox.put(1)
        let producers = (0..<3).map { index in Background { inbox.put(10 + index) } }
        #expect(until { inbox.producersWaiting == 3 })
        inbox.close()
        for producer in producers { #expect(producer.result() == false) }
        #expect(inbox.producersWaiting == 0)
        #expect(inbox.drain() == [1])
        #expect(inbox.counts.waitedPuts == 3)
    }

    @Test func aProducerKeepsWaitingWhileTakingLeavesTheInboxFull() {
        let inbox = Inbox<[Int]>(capacity: 4, policy: .block, weight: { $0.count })
        inbox.put([1, 2])
        inbox.put([3, 4, 5])
        let producer = Background { inbox.put([6]) }
        #expect(until { inbox.producersWaiting == 1 })
        // Weight 3 is under the capacity again: the put goes through.
        #expect(inbox.take() == [1, 2])
        #expect(producer.result() == true)
        #expect(inbox.drain() == [[3, 4, 5], [6]])
    }

    @Test func aConsumerWaitingOnAnEmptyInboxIsReleasedByAPut() {
        let inbox = Inbox<Int>(capacity: 4, policy: .block)
        let consumer = Background { inbox.take() }
        #expect(until { inbox.consumersWaiting == 1 })
        inbox.put(7)
        #expect(consumer.result() == 7)
    }

    @Test func aConsumerWaitingOnAnEmptyInboxIsReleasedByClose() {
        let inbox = Inbox<Int>(capacity: 4, policy: .block)
        let consumer = Background { inbox.take() }
        #expect(until { inbox.consumersWaiting == 1 })
        inbox.close()
        #expect(consumer.result() == .some(nil))
    }

    @Test func refusingAndDroppingInboxesNeverMakeAProducerWait() {
        for policy in [InboxPolicy.refuse, .dropOldest] {
            let inbox = Inbox<Int>(capacity: 1, policy: policy)
            // On this thread: were it to wait, nothing would release it and the test would hang.
            for value in 0..<100 { inbox.put(value) }
            #expect(inbox.producersWaiting == 0)
            #expect(inbox.counts.waitedPuts == 0)
        }
    }
}

/// Runs `body` on a thread of its own; `result()` waits for its value.
final class Background<Value: Sendable>: Sendable {
    private let value = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    init(_ body: @escaping @Sendable () -> Value) {
        let thread = Thread { self.finish(body()) }
        thread.start()
    }

    private func finish(_ result: Value) {
        value.withLock { $0 = result }
        done.signal()
    }

    /// The value; nil if the thread has not finished within ten seconds (a hang, reported as a failure).
    func result() -> Value? {
        guard done.wait(timeout: .now() + 10) == .success else { return nil }
        return value.withLock { $0 }
    }
}

/// Yields until `condition` holds; false after ten seconds (a hang, reported as a failure).
func until(_ condition: () -> Bool) -> Bool {
    let deadline = ContinuousClock.now + .seconds(10)
    while !condition() {
        if ContinuousClock.now > deadline { return false }
        sched_yield()
    }
    return true
}
