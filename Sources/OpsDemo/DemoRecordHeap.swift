/// A binary min-heap of pending lines ordered by time, then sequence.
struct DemoRecordHeap: Sendable {
    private var storage: [DemoRecord] = []

    var isEmpty: Bool { storage.isEmpty }
    var count: Int { storage.count }
    var first: DemoRecord? { storage.first }

    mutating func insert(_ record: DemoRecord) {
        storage.append(record)
        var child = storage.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard storage[child].precedes(storage[parent]) else { break }
            storage.swapAt(child, parent)
            child = parent
        }
    }

    mutating func popFirst() -> DemoRecord? {
        guard !storage.isEmpty else { return nil }
        storage.swapAt(0, storage.count - 1)
        let first = storage.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            guard left < storage.count else { break }
            var smallest = left
            let right = left + 1
            if right < storage.count, storage[right].precedes(storage[left]) { smallest = right }
            guard storage[smallest].precedes(storage[parent]) else { break }
            storage.swapAt(parent, smallest)
            parent = smallest
        }
        return first
    }
}
