/// The items of an ``Inbox``, oldest first, with their weight and counts; no locking, no waiting.
///
/// A value type that decides what a put does (``PutDecision``) so the class around it only locks
/// and waits. Items are kept in two arrays: newer ones appended to `back`, and `front` holding
/// older ones newest-first so that taking the oldest is `removeLast()`. Taking everything while
/// `front` is empty hands `back` over whole, without copying.
struct InboxState<Item> {
    /// What a put did, or why it did not.
    enum PutDecision: Equatable {
        case admitted
        case refused
        /// Full under ``InboxPolicy/block``: nothing was added; try again once there is room.
        case mustWait
        case closed
    }

    let capacity: Int
    let policy: InboxPolicy
    /// nil: every item weighs 1.
    private let weigh: ((Item) -> Int)?
    private var front: [Item] = []
    private var back: [Item] = []
    private(set) var weight = 0
    private(set) var counts = InboxCounts()
    private(set) var isClosed = false

    init(capacity: Int, policy: InboxPolicy, weigh: ((Item) -> Int)?) {
        self.capacity = Swift.max(1, capacity)
        self.policy = policy
        self.weigh = weigh
    }

    var count: Int { front.count + back.count }
    var isEmpty: Bool { front.isEmpty && back.isEmpty }
    /// Whether the held weight has reached the capacity; the policy applies to puts from then on.
    var isFull: Bool { weight >= capacity }

    /// Adds `items` as one put: all of them or, when the policy turns the put away, none.
    ///
    /// `block` and `refuse` admit a put whole while the inbox is not full, so the weight can pass
    /// the capacity by less than one put. `dropOldest` always admits, then drops the oldest items
    /// while the weight is over the capacity (never the newest item).
    mutating func put(_ items: [Item]) -> PutDecision {
        if isClosed { return .closed }
        if isFull {
            switch policy {
            case .block: return .mustWait
            case .refuse:
                counts.refusedPuts += 1
                return .refused
            case .dropOldest: break
            }
        }
        // Taking the put's array whole when nothing waits behind copies nothing: an element copy
        // would retain every reference an event holds, and the producer's release undo it.
        if back.isEmpty { back = items } else { back.append(contentsOf: items) }
        weight += weightOf(items)
        if policy == .dropOldest {
            while weight > capacity && count > 1 {
                _ = takeOldest()
                counts.droppedItems += 1
            }
        }
        return .admitted
    }

    mutating func noteWaited() { counts.waitedPuts += 1 }

    mutating func close() { isClosed = true }

    /// The oldest item, no longer held; nil when empty.
    mutating func takeOldest() -> Item? {
        if front.isEmpty {
            if back.isEmpty { return nil }
            swap(&front, &back)
            front.reverse()
        }
        let item = front.removeLast()
        weight -= weigh?(item) ?? 1
        return item
    }

    /// Every item, oldest first; the inbox is empty after.
    mutating func takeAll() -> [Item] {
        var all: [Item]
        if front.isEmpty {
            all = back
            back = []
            // The next producer's appends need not grow from nothing.
            back.reserveCapacity(Swift.min(all.count, 4096))
        } else {
            all = front.reversed()
            all.append(contentsOf: back)
            front = []
            back.removeAll(keepingCapacity: true)
        }
        weight = 0
        return all
    }

    private func weightOf(_ items: [Item]) -> Int {
        guard let weigh else { return items.count }
        return items.reduce(0) { $0 + weigh($1) }
    }
}
