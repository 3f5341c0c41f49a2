import OpsModel

/// Puts the events of a log's blocks, taken in file order, in replay's order (`Entry.precedes`)
/// while the log is indexed, holding back those a later block could still precede: an event is let
/// go once it precedes the earliest event of the block taken last.
///
/// A later block whose earliest event precedes one let go shows the log is not in time order for
/// play ahead (`ReplayPlayAhead`): `take` then returns nil. Otherwise the events let go, in the
/// order let go, are the log's events in replay's order.
struct ReplayPlayOrder {
    private var heldEntries: [ReplayIndex.Entry] = []
    private var heldEvents: [Event] = []
    private var lastLetGo: ReplayIndex.Entry?

    /// Takes a block's entries and their events (in file order); returns the events now let go, in
    /// order, or nil when the block holds an event before one already let go.
    mutating func take(_ entries: [ReplayIndex.Entry], events: [Event]) -> [Event]? {
        guard !entries.isEmpty else { return [] }
        var fresh = Array(entries.indices)
        if !entries.indices.dropFirst().allSatisfy({ !ReplayIndex.Entry.precedes(entries[$0], entries[$0 - 1]) }) {
            fresh.sort { ReplayIndex.Entry.precedes(entries[$0], entries[$1]) }
        }
        let earliest = entries[fresh[0]]
        if let lastLetGo, ReplayIndex.Entry.precedes(earliest, lastLetGo) { return nil }
        merge(fresh, of: entries, events)
        var cut = 0
        while cut < heldEntries.count && ReplayIndex.Entry.precedes(heldEntries[cut], earliest) { cut += 1 }
        guard cut > 0 else { return [] }
        lastLetGo = heldEntries[cut - 1]
        let letGo = Array(heldEvents[..<cut])
        heldEntries.removeSubrange(..<cut)
        heldEvents.removeSubrange(..<cut)
        return letGo
    }

    /// Every event still held, in order: the last blocks' once the log is read to its end.
    mutating func finish() -> [Event] {
        defer {
            heldEntries = []
            heldEvents = []
        }
        return heldEvents
    }

    /// Merges the entries at `order` (sorted) and their events into the held ones.
    private mutating func merge(_ order: [Int], of entries: [ReplayIndex.Entry], _ events: [Event]) {
        // The common case of a log in time order: the block comes after everything held.
        if heldEntries.last.map({ !ReplayIndex.Entry.precedes(entries[order[0]], $0) }) ?? true {
            for index in order {
                heldEntries.append(entries[index])
                heldEvents.append(events[index])
            }
            return
        }
        var mergedEntries: [ReplayIndex.Entry] = []
        var mergedEvents: [Event] = []
        mergedEntries.reserveCapacity(heldEntries.count + order.count)
        mergedEvents.reserveCapacity(heldEntries.count + order.count)
        var held = 0
        var next = 0
        while held < heldEntries.count || next < order.count {
            let takeFresh =
                held == heldEntries.count
                || (next < order.count && ReplayIndex.Entry.precedes(entries[order[next]], heldEntries[held]))
            if takeFresh {
                mergedEntries.append(entries[order[next]])
                mergedEvents.append(events[order[next]])
                next += 1
            } else {
                mergedEntries.append(heldEntries[held])
                mergedEvents.append(heldEvents[held])
                held += 1
            }
        }
        heldEntries = mergedEntries
        heldEvents = mergedEvents
    }
}
