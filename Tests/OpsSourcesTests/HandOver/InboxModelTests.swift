import OpsSources
import OpsTestSupport
import Testing

/// The inbox against a naive model (one array, the rules written out plainly), over random
/// puts, takes and drains; and what it keeps alive once items are taken or dropped.
@Suite("Inbox against a model")
struct InboxModelTests {
    /// The rules of `InboxPolicy`, on one array.
    struct Model {
        let capacity: Int
        let policy: InboxPolicy
        var items: [[Int]] = []
        var counts = InboxCounts()

        var weight: Int { items.reduce(0) { $0 + $1.count } }

        mutating func put(_ item: [Int]) -> Bool {
            if weight >= capacity {
                if policy == .refuse {
                    counts.refusedPuts += 1
                    return false
                }
            }
            items.append(item)
            while policy == .dropOldest && weight > capacity && items.count > 1 {
                items.removeFirst()
                counts.droppedItems += 1
            }
            return true
        }
    }

    @Test(arguments: [InboxPolicy.refuse, .dropOldest], [1, 7, 40])
    func randomPutsTakesAndDrainsMatchTheModel(policy: InboxPolicy, capacity: Int) throws {
        var random = TestRandom(seed: UInt64(capacity) &* 7919 &+ (policy == .refuse ? 1 : 2))
        let inbox = Inbox<[Int]>(capacity: capacity, policy: policy, weight: { $0.count })
        var model = Model(capacity: capacity, policy: policy)
        var next = 0
        for _ in 0..<5_000 {
            switch random.next() % 10 {
            case 0..<6:
                let item = Array(next..<(next + Int(random.next() % 5)))
                next += item.count + 1
                try #require(inbox.put(item) == model.put(item))
            case 6..<9:
                let expected = model.items.isEmpty ? nil : model.items.removeFirst()
                // Never waits: take only from a non-empty inbox.
                if expected != nil { try #require(inbox.take() == expected) } else { try #require(inbox.count == 0) }
            default:
                try #require(inbox.drain() == model.items)
                model.items = []
            }
            // The first difference ends the walk: one clear failure rather than thousands.
            try #require(inbox.weight == model.weight)
            try #require(inbox.count == model.items.count)
            try #require(inbox.isFull == (model.weight >= capacity))
        }
        #expect(inbox.counts == model.counts)
    }

    /// The bug report's channel once had: taken batches stayed referenced while the reader stayed ahead.
    @Test func takenDrainedAndDroppedItemsAreNotKeptAlive() {
        final class Payload: Sendable {}
        for policy in [InboxPolicy.block, .dropOldest] {
            let inbox = Inbox<Payload>(capacity: 3, policy: policy)
            weak var taken: Payload?
            weak var waiting: Payload?
            do {
                let first = Payload()
                let second = Payload()
                taken = first
                waiting = second
                inbox.put(contentsOf: [first, second])
            }
            // The reader stays ahead: the queue never runs empty.
            for _ in 0..<200 {
                inbox.put(Payload())
                _ = inbox.take()
            }
            #expect(taken == nil)
            #expect(waiting == nil)
            #expect(inbox.count == 2)
            weak var drained: Payload?
            do {
                let items = inbox.drain()
                drained = items.last
            }
            #expect(drained == nil)
        }
        let dropping = Inbox<Payload>(capacity: 1, policy: .dropOldest)
        weak var dropped: Payload?
        do {
            let payload = Payload()
            dropped = payload
            dropping.put(payload)
        }
        dropping.put(Payload())
        #expect(dropped == nil)
        #expect(dropping.counts.droppedItems == 1)
    }
}
