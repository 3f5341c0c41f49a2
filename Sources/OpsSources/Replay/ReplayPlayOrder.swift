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
/// it and the one that ingests it, and not a third time here (see `moveOut`).
struct ReplayPlayOrder {
    private var heldEntries: [ReplayIndex.Entry] = []
    private var heldEvents: [Event] = []
    private var lastLetGo: ReplayIndex.Entry?

    /// Takes a block's entries and their events (in file order); returns the events now let go, in
    /// order, or nil when the block holds an event before one already let go.
    mutating func take(_ entries: [ReplayIndex.Entry], events: consuming [Event]) -> [Event]? {
        guard !entries.isEmpty else { return [] }
        var fresh = Array(entries.indices)
        if !ReplaySession.isInOrder(entries) {
            fresh.sort { ReplayIndex.Entry.precedes(entries[$0], entries[$1]) }
        }
        let earliest = entries[fresh[0]]
        if let lastLetGo, ReplayIndex.Entry.precedes(earliest, lastLetGo) { return nil }
        var freshEvents = events
        var oldEntries: [ReplayIndex.Entry] = []
        var oldEvents: [Event] = []
        swap(&oldEntries, &heldEntries)
        swap(&oldEvents, &heldEvents)
        heldEntries.reserveCapacity(oldEntries.count + fresh.count)
        heldEvents.reserveCapacity(oldEntries.count + fresh.count)
        var letGo: [Event] = []
        letGo.reserveCapacity(oldEntries.count)
        // Merged, the held events that precede the block's earliest are let go (none of the block's
        // own does), the others held with the block's.
        oldEvents.withUnsafeMutableBufferPointer { old in
            freshEvents.withUnsafeMutableBufferPointer { new in
                var held = 0
                var next = 0
                while held < oldEntries.count || next < fresh.count {
                    if held == oldEntries.count
                        || (next < fresh.count && ReplayIndex.Entry.precedes(entries[fresh[next]], oldEntries[held]))
                    {
                        heldEntries.append(entries[fresh[next]])
                        heldEvents.append(Self.moveOut(new, fresh[next]))
                        next += 1
                    } else {
                        if ReplayIndex.Entry.precedes(oldEntries[held], earliest) {
                            lastLetGo = oldEntries[held]
                            letGo.append(Self.moveOut(old, held))
                        } else {
                            heldEntries.append(oldEntries[held])
                            heldEvents.append(Self.moveOut(old, held))
                        }
                        held += 1
                    }
                }
            }
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
