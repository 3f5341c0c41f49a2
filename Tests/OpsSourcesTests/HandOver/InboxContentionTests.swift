import Foundation
import OpsSources
import Synchronization
import Testing

/// Several producers against one consumer: nothing lost or doubled, each producer's order kept,
/// counts exact. An item is `producer * 1_000_000 + sequence`; each put carries three items.
@Suite("Inbox under contention")
struct InboxContentionTests {
    static let producers = 4
    static let putsEach = 2_000
    static let itemsPut = producers * putsEach * 3

    @Test func aBlockingInboxHandsOverEveryItemOnceInEachProducersOrder() {
        let inbox = Inbox<Int>(capacity: 8, policy: .block)
        let running = Self.startProducers { inbox.put(contentsOf: $0) }
        // Closed once every producer is done, so the takes below end even if an item were lost.
        let closer = Background {
            let results = running.map { $0.result() }
            inbox.close()
            return results.allSatisfy { $0 == true }
        }
        var received: [Int] = []
        while let item = inbox.take() {
            received.append(item)
        }
        // Every put was admitted (each producer reports whether all of its were).
        #expect(closer.result() == true)
        #expect(received.count == Self.itemsPut)
        Self.expectEachProducersOrder(received, complete: true)
        #expect(inbox.counts.refusedPuts == 0 && inbox.counts.droppedItems == 0)
    }

    @Test func aRefusingInboxCountsEveryRefusalExactly() {
        let inbox = Inbox<Int>(capacity: 16, policy: .refuse)
        let admitted = Tally()
        let refused = Tally()
        let running = Self.startProducers { items in
            if inbox.put(contentsOf: items) { admitted.add(items.count) } else { refused.add(1) }
            return true
        }
        let received = Self.drainUntilDone(inbox, running)
        Self.expectEachProducersOrder(received, complete: false)
        #expect(received.count == admitted.value)
        #expect(inbox.counts.refusedPuts == refused.value)
        #expect(admitted.value / 3 + refused.value == Self.producers * Self.putsEach)
    }

    @Test func aDroppingInboxCountsEveryDroppedItemExactly() {
        let inbox = Inbox<Int>(capacity: 16, policy: .dropOldest)
        let running = Self.startProducers { inbox.put(contentsOf: $0) }
        let received = Self.drainUntilDone(inbox, running)
        Self.expectEachProducersOrder(received, complete: false)
        #expect(received.count + inbox.counts.droppedItems == Self.itemsPut)
    }

    /// Each producer on its own thread; its result is whether every `put` returned true.
    static func startProducers(_ put: @escaping @Sendable ([Int]) -> Bool) -> [Background<Bool>] {
        (0..<producers).map { producer in
            Background {
                var allAdmitted = true
                for index in 0..<putsEach {
                    let first = producer * 1_000_000 + index * 3
                    allAdmitted = put([first, first + 1, first + 2]) && allAdmitted
                }
                return allAdmitted
            }
        }
    }

    /// Drains while the producers run, then once more after they are done.
    static func drainUntilDone(_ inbox: Inbox<Int>, _ running: [Background<Bool>]) -> [Int] {
        let finished = Tally()
        let waiter = Background {
            let results = running.map { $0.result() }
            finished.add(1)
            return results.allSatisfy { $0 == true }
        }
        var received: [Int] = []
        while finished.value == 0 {
            received += inbox.drain()
            sched_yield()
        }
        received += inbox.drain()
        #expect(waiter.result() == true)
        return received
    }

    /// Each producer's items arrive in the order it put them, each at most once (all of them when
    /// `complete`); the first item out of place is the one failure reported.
    static func expectEachProducersOrder(_ received: [Int], complete: Bool) {
        var last = Array(repeating: -1, count: producers)
        var seen = Set<Int>()
        for item in received {
            let producer = item / 1_000_000
            let sequence = item % 1_000_000
            guard seen.insert(item).inserted, producer < producers,
                complete ? sequence == last[producer] + 1 : sequence > last[producer]
            else {
                Issue.record("item \(item) is out of place (twice, never put, or out of its producer's order)")
                return
            }
            last[producer] = sequence
        }
    }
}

/// A count shared between threads.
final class Tally: Sendable {
    private let count = Atomic<Int>(0)

    func add(_ amount: Int) { count.add(amount, ordering: .acquiringAndReleasing) }

    var value: Int { count.load(ordering: .acquiring) }
}
