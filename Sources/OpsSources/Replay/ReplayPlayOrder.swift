import OpsModel

/// Puts the events of a log's blocks, taken in file order, in replay's order (`Entry.precedes`)
/// while the log is indexed, holding back those a later block could still precede: an event is let
/// go once it precedes the earliest event of the block taken last.
///
/// A later block whose earliest event precedes one let go shows the log is not in time order for
/// play ahead (`ReplayPlayAhead`): `take` then returns nil. Otherwise the events let go, in the
/// order let go, are the log's events in replay's order.
///
/// Events are moved, never copied: a span's reference count is written by the thread that decoded
/// it and the one that ingests it, and not a third time here. In a log in time order a block's events
/// go on in their own array, sorted in place, and are let go whole with the next block: only the few
/// a block boundary puts out of order move one by one.
struct ReplayPlayOrder {
    /// The events held back, in order, and their entries.
    private var heldEntries: [ReplayIndex.Entry] = []
    private var heldEvents: [Event] = []
    private var lastLetGo: ReplayIndex.Entry?

    /// Takes a block's entries and their events (in file order); returns the events now let go, in
    /// order, or nil when the block holds an event before one already let go.
    mutating func take(_ blockEntries: [ReplayIndex.Entry], events: consuming [Event]) -> [Event]? {
        guard !blockEntries.isEmpty else { return [] }
        var entries = blockEntries
        var events = events
        Self.sort(&entries, &events)
        let earliest = entries[0]
        if let lastLetGo, ReplayIndex.Entry.precedes(earliest, lastLetGo) { return nil }
        // The held events from the first that does not precede the block's earliest stay held, with the block's.
        var firstStaying = heldEntries.count
        while firstStaying > 0, !ReplayIndex.Entry.precedes(heldEntries[firstStaying - 1], earliest) { firstStaying -= 1 }
        let stayingEntries = Array(heldEntries[firstStaying...])
        let stayingEvents = Self.moveTail(of: &heldEvents, from: firstStaying)
        if firstStaying > 0 { lastLetGo = heldEntries[firstStaying - 1] }
        var letGo: [Event] = []
        swap(&letGo, &heldEvents)
        if stayingEntries.isEmpty {
            heldEntries = entries
            heldEvents = events
        } else {
            (heldEntries, heldEvents) = Self.merge(stayingEntries, stayingEvents, entries, events)
        }
        return letGo
    }

    /// Every event still held, in order: the last blocks' once the log is read to its end.
    mutating func finish() -> [Event] {
        heldEntries = []
        var all: [Event] = []
        swap(&all, &heldEvents)
        return all
    }

    /// Sorts a block's entries in replay's order, its events with them: by insertion (a block of a log
    /// in time order is at most a few places out), else by index.
    private static func sort(_ entries: inout [ReplayIndex.Entry], _ events: inout [Event]) {
        let sorted = entries.withUnsafeMutableBufferPointer { entries in
            events.withUnsafeMutableBufferPointer { events in
                sortNearlyInOrder(
                    count: entries.count, precedes: { ReplayIndex.Entry.precedes(entries[$0], entries[$1]) },
                    swapAt: {
                        entries.swapAt($0, $1)
                        events.swapAt($0, $1)
                    })
            }
        }
        guard !sorted else { return }
        let order = entries.indices.sorted { ReplayIndex.Entry.precedes(entries[$0], entries[$1]) }
        entries = order.map { entries[$0] }
        var unordered = events
        events = []
        events.reserveCapacity(order.count)
        unordered.withUnsafeMutableBufferPointer { unordered in
            for index in order { events.append(moveOut(unordered, index)) }
        }
    }

    /// Merges the held events that stay (`staying`) with a block's, both in order.
    private static func merge(
        _ stayingEntries: [ReplayIndex.Entry], _ staying: consuming [Event], _ entries: [ReplayIndex.Entry],
        _ events: consuming [Event]
    ) -> ([ReplayIndex.Entry], [Event]) {
        var mergedEntries: [ReplayIndex.Entry] = []
        var merged: [Event] = []
        let count = stayingEntries.count + entries.count
        mergedEntries.reserveCapacity(count)
        merged.reserveCapacity(count)
        var staying = staying
        var events = events
        staying.withUnsafeMutableBufferPointer { staying in
            events.withUnsafeMutableBufferPointer { events in
                var held = 0
                var next = 0
                while held < stayingEntries.count || next < entries.count {
                    if held == stayingEntries.count
                        || (next < entries.count && ReplayIndex.Entry.precedes(entries[next], stayingEntries[held]))
                    {
                        mergedEntries.append(entries[next])
                        merged.append(moveOut(events, next))
                        next += 1
                    } else {
                        mergedEntries.append(stayingEntries[held])
                        merged.append(moveOut(staying, held))
                        held += 1
                    }
                }
            }
        }
        return (mergedEntries, merged)
    }

    /// The events of `events` from `start` on, moved out into an array of their own; `events` keeps
    /// the ones before.
    private static func moveTail(of events: inout [Event], from start: Int) -> [Event] {
        let count = events.count - start
        guard count > 0 else { return [] }
        let tail = [Event](unsafeUninitializedCapacity: count) { tail, initialized in
            events.withUnsafeMutableBufferPointer { events in
                for index in 0..<count { (tail.baseAddress.unsafelyUnwrapped + index).initialize(to: moveOut(events, start + index)) }
            }
            initialized = count
        }
        events.removeLast(count)
        return tail
    }

    /// What a slot holds once its event moved out, until its array is freed.
    private static let placeholder = Event.span(
        Span(traceID: .synthetic(0), spanID: .synthetic(0), name: "", startNanos: 0, endNanos: 0))

    /// The event at `index`, moved out without touching its reference count; the slot then holds
    /// `placeholder` (whose count this thread alone writes), so the array frees as usual.
    @inline(__always)
    private static func moveOut(_ events: UnsafeMutableBufferPointer<Event>, _ index: Int) -> Event {
        let slot = events.baseAddress.unsafelyUnwrapped + index
        let event = slot.move()
        slot.initialize(to: placeholder)
        return event
    }
}
