import Foundation

/// A bounded hand-over from producer threads to one consumer, with a ``InboxPolicy`` for when it is full.
///
/// Capacity is a weight: each item weighs 1 unless `weight` says otherwise (events in a batch).
/// The consumer either takes everything waiting without waiting itself (`drain`, the screen's
/// thread between frames), takes everything once something arrives or a time is up
/// (`drain(waitingAtMost:)`, `report --listen`), or takes one item at a time, waiting for it
/// (`take`, report's engine).
/// A taken item is no longer held, so memory is bounded by what waits. `close` ends the hand-over:
/// waiting producers and consumers return at once, and later puts are turned away.
package final class Inbox<Item: Sendable>: @unchecked Sendable {  // every stored var is guarded by `condition`
    private let condition = NSCondition()
    private var state: InboxState<Item>
    private var waiting = (producers: 0, consumers: 0)

    /// `weight` must give the same figure for an item each time it is asked.
    package init(capacity: Int, policy: InboxPolicy, weight: (@Sendable (Item) -> Int)? = nil) {
        state = InboxState(capacity: capacity, policy: policy, weigh: weight)
    }

    package var capacity: Int { state.capacity }
    package var policy: InboxPolicy { state.policy }

    /// Adds `items` as one put (all or none); what happens while the inbox is full is the policy's.
    /// True when they were added; false when refused or closed.
    @discardableResult
    package func put(contentsOf items: [Item]) -> Bool {
        locked {
            var waited = false
            while true {
                switch state.put(items) {
                case .admitted:
                    condition.broadcast()
                    return true
                case .refused, .closed:
                    return false
                case .mustWait:
                    if !waited {
                        waited = true
                        state.noteWaited()
                    }
                    waiting.producers += 1
                    condition.wait()
                    waiting.producers -= 1
                }
            }
        }
    }

    @discardableResult
    package func put(_ item: Item) -> Bool { put(contentsOf: [item]) }

    /// The oldest item, waiting for one while the inbox is empty; nil once it is closed and empty.
    package func take() -> Item? {
        locked {
            while state.isEmpty && !state.isClosed {
                waiting.consumers += 1
                condition.wait()
                waiting.consumers -= 1
            }
            let item = state.takeOldest()
            if item != nil { condition.broadcast() }
            return item
        }
    }

    /// Every waiting item, oldest first; never waits (empty when nothing waits).
    package func drain() -> [Item] {
        locked {
            guard !state.isEmpty else { return [] }
            let all = state.takeAll()
            condition.broadcast()
            return all
        }
    }

    /// Every waiting item, oldest first, waiting up to `timeout` for the first one: returns as
    /// soon as something is put, or empty once the time is up or the inbox is closed.
    package func drain(waitingAtMost timeout: Duration) -> [Item] {
        let deadline = MonotonicTime.nanos() &+ timeout.nanoseconds
        return locked {
            while state.isEmpty && !state.isClosed {
                let left = deadline - MonotonicTime.nanos()
                if left <= 0 { return [] }
                waiting.consumers += 1
                _ = condition.wait(until: Date(timeIntervalSinceNow: Double(left) / 1e9))
                waiting.consumers -= 1
            }
            guard !state.isEmpty else { return [] }
            let all = state.takeAll()
            condition.broadcast()
            return all
        }
    }

    /// Waits up to `timeout` until an item waits or the inbox is closed, taking nothing.
    package func waitUntilNotEmpty(atMost timeout: Duration) {
        let deadline = MonotonicTime.nanos() &+ timeout.nanoseconds
        locked {
            while state.isEmpty && !state.isClosed {
                let left = deadline - MonotonicTime.nanos()
                if left <= 0 { return }
                waiting.consumers += 1
                _ = condition.wait(until: Date(timeIntervalSinceNow: Double(left) / 1e9))
                waiting.consumers -= 1
            }
        }
    }

    /// Turns later puts away and releases every waiting producer and consumer; what waits can
    /// still be taken. For shutdown: a stopping screen must not leave a source thread waiting.
    package func close() {
        locked {
            state.close()
            condition.broadcast()
        }
    }

    package var isClosed: Bool { locked { state.isClosed } }
    /// Whether the held weight has reached the capacity.
    package var isFull: Bool { locked { state.isFull } }
    /// The weight of the items waiting.
    package var weight: Int { locked { state.weight } }
    /// The number of items waiting.
    package var count: Int { locked { state.count } }
    package var counts: InboxCounts { locked { state.counts } }
    /// Producers waiting for room now (``InboxPolicy/block``).
    package var producersWaiting: Int { locked { waiting.producers } }
    /// Consumers waiting in `take` for an item now.
    package var consumersWaiting: Int { locked { waiting.consumers } }

    private func locked<Result>(_ body: () -> Result) -> Result {
        condition.lock()
        defer { condition.unlock() }
        return body()
    }
}
