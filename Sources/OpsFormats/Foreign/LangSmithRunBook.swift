import DequeModule

/// LangSmith runs posted without an end, held until the patch that completes them arrives.
///
/// Bounded: past `capacity` held runs the oldest is dropped and counted.
struct LangSmithRunBook: Sendable {
    static let defaultCapacity = 10_000

    let capacity: Int
    private(set) var runs: [String: LangSmithRun] = [:]
    /// Ids in the order they were first held; may name runs completed since (skipped on eviction).
    private var order: Deque<String> = []
    private(set) var evictions = 0

    init(capacity: Int = LangSmithRunBook.defaultCapacity) {
        self.capacity = Swift.max(1, capacity)
    }

    var count: Int { runs.count }

    /// Takes the held run with this id out of the book.
    mutating func take(_ id: String) -> LangSmithRun? {
        runs.removeValue(forKey: id)
    }

    /// Holds a run; returns how many held runs were dropped to make room.
    mutating func hold(_ run: LangSmithRun) -> Int {
        if runs.updateValue(run, forKey: run.id) != nil { return 0 }
        order.append(run.id)
        var dropped = 0
        while runs.count > capacity, let oldest = order.popFirst() {
            if runs.removeValue(forKey: oldest) != nil { dropped += 1 }
        }
        // Ids of completed runs pile up in `order`; compact when they outnumber the held runs.
        if order.count > 2 * capacity { order = Deque(order.filter { runs[$0] != nil }) }
        evictions += dropped
        return dropped
    }
}
