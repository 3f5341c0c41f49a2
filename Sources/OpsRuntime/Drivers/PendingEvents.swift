import OpsEngine
import OpsFormats
import OpsModel
import OpsSources

/// Events drained from the feed but not yet taken in by the engine, kept as the arrays they came
/// in (nothing copied), each taken in from where the last pump stopped.
///
/// A loaded block's array, once taken in, goes to its `spent` recycler: a decoding worker frees its
/// events when it reuses the array, so the screen's thread does not (when the recycler is full, it does).
/// When the engine's trace store evicted spans meanwhile, those go instead (the block's events are
/// then kept by the store).
struct PendingEvents {
    private var batches: [(events: [Event], spent: Recycler<[Event]>?)] = []
    /// The batch being taken in and the index of its next event.
    private var batch = 0
    private var next = 0

    var isEmpty: Bool { batch == batches.count }

    mutating func add(_ arrays: [[Event]], spent: Recycler<[Event]>?) {
        for events in arrays where !events.isEmpty { batches.append((events, spent)) }
    }

    /// Takes in up to `limit` events, in order.
    mutating func ingest(upTo limit: Int, into store: inout MetricsStore) {
        var left = limit
        while left > 0, batch < batches.count {
            let end = Swift.min(batches[batch].events.count, next + left)
            // One event at a time through the engine's non-generic entry, lent in place: its generic
            // `ingest(_:)` runs unspecialised from this module, and reading an element copied it.
            BlockSequencer.lend(&batches[batch].events, next..<end) { store.ingest($0) }
            left -= end - next
            next = end
            guard next == batches[batch].events.count else { break }
            // Moved out, so the recycler holds the only reference and a worker may refill it in place.
            var done: [Event] = []
            swap(&done, &batches[batch].events)
            // The trace store's evicted spans go to the worker instead: it frees them (or builds its next
            // spans in their boxes); the block's own events, kept by the store, are only released here.
            // Evicted by followed events (no worker to take them), they are freed here.
            var evicted = store.takeEvictedSpans()
            if let spent = batches[batch].spent {
                if !evicted.isEmpty { swap(&done, &evicted) }
                spent.put(done)
            }
            batch += 1
            next = 0
        }
        if batch == batches.count {
            batches.removeAll(keepingCapacity: true)
            batch = 0
        }
    }
}
