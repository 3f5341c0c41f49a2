import OpsSources
import Testing

/// Each policy on one thread: what a put does while the inbox is full, and what it counts.
@Suite("Inbox policies")
struct InboxPolicyTests {
    @Test func itemsLeaveInTheOrderTheyArrived() {
        let inbox = Inbox<Int>(capacity: 100, policy: .block)
        #expect(inbox.put(contentsOf: [1, 2, 3]))
        #expect(inbox.put(4))
        #expect(inbox.take() == 1)
        #expect(inbox.put(contentsOf: [5, 6]))
        #expect(inbox.take() == 2)
        #expect(inbox.drain() == [3, 4, 5, 6])
        #expect(inbox.drain() == [])
        #expect(inbox.count == 0 && inbox.weight == 0)
    }

    @Test func aFullRefusingInboxTurnsPutsAwayWholeAndCountsThem() {
        let inbox = Inbox<Int>(capacity: 5, policy: .refuse)
        // Not full: a put is admitted whole, even past the capacity.
        #expect(inbox.put(contentsOf: Array(1...4)))
        #expect(!inbox.isFull)
        #expect(inbox.put(contentsOf: Array(5...10)))
        #expect(inbox.isFull)
        #expect(!inbox.put(contentsOf: [11, 12]))
        #expect(!inbox.put(13))
        // An empty put is a put: refused too, as the receiver answers an empty request while full.
        #expect(!inbox.put(contentsOf: []))
        #expect(inbox.counts == InboxCounts(refusedPuts: 3))
        #expect(inbox.drain() == Array(1...10))
        #expect(inbox.put(14))
        #expect(inbox.drain() == [14])
        #expect(inbox.counts.refusedPuts == 3)
    }

    @Test func aFullDroppingInboxKeepsTheNewestAndCountsWhatItDropped() {
        let inbox = Inbox<Int>(capacity: 3, policy: .dropOldest)
        for value in 1...5 { #expect(inbox.put(value)) }
        #expect(inbox.counts == InboxCounts(droppedItems: 2))
        #expect(inbox.drain() == [3, 4, 5])
        // A put larger than the capacity keeps its own newest items.
        #expect(inbox.put(contentsOf: Array(10...17)))
        #expect(inbox.drain() == [15, 16, 17])
        #expect(inbox.counts.droppedItems == 7)
        // Dropping works on items already partly taken.
        inbox.put(contentsOf: [20, 21, 22])
        #expect(inbox.take() == 20)
        inbox.put(contentsOf: [23, 24])
        #expect(inbox.drain() == [22, 23, 24])
        #expect(inbox.counts.droppedItems == 8)
    }

    @Test func capacityCanBeAWeightSuchAsEventsPerBatch() {
        let inbox = Inbox<[Int]>(capacity: 10, policy: .refuse, weight: { $0.count })
        #expect(inbox.put([1, 2, 3, 4]))
        #expect(inbox.put([5, 6, 7, 8, 9]))
        #expect(inbox.weight == 9 && inbox.count == 2)
        #expect(inbox.put([10, 11, 12]))
        #expect(inbox.weight == 12 && inbox.isFull)
        #expect(!inbox.put([13]))
        #expect(inbox.take() == [1, 2, 3, 4])
        #expect(inbox.weight == 8 && !inbox.isFull)
        #expect(inbox.put([13]))
        #expect(inbox.drain() == [[5, 6, 7, 8, 9], [10, 11, 12], [13]])
        #expect(inbox.weight == 0)
    }

    @Test func droppingByWeightNeverDropsTheNewestItem() {
        let inbox = Inbox<[Int]>(capacity: 4, policy: .dropOldest, weight: { $0.count })
        inbox.put([1, 2])
        inbox.put([3, 4])
        inbox.put([5])
        #expect(inbox.drain() == [[3, 4], [5]])
        inbox.put([6, 7, 8, 9, 10, 11])
        #expect(inbox.counts.droppedItems == 1)
        inbox.put([12, 13, 14, 15, 16, 17])
        #expect(inbox.counts.droppedItems == 2)
        #expect(inbox.drain() == [[12, 13, 14, 15, 16, 17]])
    }

    @Test func aClosedInboxTurnsPutsAwayButStillHandsOverWhatWaits() {
        for policy in [InboxPolicy.block, .refuse, .dropOldest] {
            let inbox = Inbox<Int>(capacity: 10, policy: policy)
            inbox.put(contentsOf: [1, 2, 3])
            inbox.close()
            #expect(inbox.isClosed)
            #expect(!inbox.put(4))
            #expect(inbox.take() == 1)
            #expect(inbox.drain() == [2, 3])
            #expect(inbox.take() == nil)
            // Turned away for closing, not for being full: nothing is counted.
            #expect(inbox.counts == InboxCounts())
        }
    }

    @Test func aCapacityBelowOneMeansOne() {
        let inbox = Inbox<Int>(capacity: 0, policy: .refuse)
        #expect(inbox.capacity == 1)
        #expect(inbox.put(1))
        #expect(!inbox.put(2))
    }
}
