import Foundation
import OpsModel
import OpsFormats

/// A bounded hand-over of decoded events from a reading thread to the aggregating thread.
///
/// At most `capacity` batches wait at a time, so a fast reader cannot run ahead of the engine by
/// more than a few thousand events: memory stays bounded whatever the input's size.
final class EventBatchChannel: @unchecked Sendable {  // every field is guarded by `condition`
    enum Item {
        case events([Event])
        /// OTLP metrics lines, for the scrape store.
        case metrics([MetricsLine])
        /// One input was read to its end.
        case finished(path: String, stats: IngestStats)
        /// An input could not be read; nothing follows.
        case failed(String)
    }

    private let condition = NSCondition()
    private var items: [Item] = []
    private var head = 0
    private let capacity: Int

    init(capacity: Int = 4) {
        self.capacity = Swift.max(1, capacity)
    }

    /// Waits while `capacity` items are queued.
    func put(_ item: Item) {
        condition.lock()
        while items.count - head >= capacity { condition.wait() }
        items.append(item)
        condition.broadcast()
        condition.unlock()
    }

    /// Events held in batches not yet taken (what the channel keeps alive).
    var heldEvents: Int {
        condition.lock()
        defer { condition.unlock() }
        return items.reduce(0) { total, item in
            if case let .events(batch) = item { return total + batch.count }
            return total
        }
    }

    /// Waits for the next item.
    func take() -> Item {
        condition.lock()
        while head == items.count { condition.wait() }
        let item = items[head]
        // Let go of the taken batch at once: a reader that is always ahead never lets the queue
        // run empty, and batches kept here would hold every event of the input.
        items[head] = .events([])
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 64 {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        condition.unlock()
        return item
    }
}
