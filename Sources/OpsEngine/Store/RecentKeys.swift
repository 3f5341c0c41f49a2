/// A set of the last `capacity` keys inserted: remembering one more forgets the oldest, so
/// memory stays bounded however many keys stream through.
struct RecentKeys<Key: Hashable & Sendable>: Sendable {
    let capacity: Int
    private var members: Set<Key> = []
    /// The keys in insertion order, a ring once full; `oldest` is the next slot to reuse.
    private var order: [Key] = []
    private var oldest = 0

    init(capacity: Int) {
        self.capacity = Swift.max(1, capacity)
    }

    var count: Int { members.count }

    /// Remembers `key`; false when it is already remembered (a duplicate).
    mutating func insert(_ key: Key) -> Bool {
        // One hash to test and insert; the oldest key (never this new one) leaves after.
        guard members.insert(key).inserted else { return false }
        if order.count < capacity {
            order.append(key)
        } else {
            members.remove(order[oldest])
            order[oldest] = key
            oldest = (oldest + 1) % capacity
        }
        return true
    }
}
