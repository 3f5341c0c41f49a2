extension ReplaySession {
    /// Opens blocks not yet opened, in `index.openingOrder`, whose earliest event is at or before
    /// `eventTime`, until the first `wanted` pending entries are final (no block left closed could
    /// hold an event before them) or every such block is open. Their entries join `pending`, in
    /// order. A block that no longer reads as indexed is skipped, its events counted as unreadable.
    ///
    /// Blocks are opened in batches that double the pending entries each time, so a log far out
    /// of time order (whose blocks all start early) is merged in O(n log n), not block by block.
    mutating func openBlocks(through eventTime: Int64, wanting wanted: Int) {
        var batchTarget = Swift.min(wanted, Int.max / 4) * 2
        var bytes: [UInt8] = []
        swap(&bytes, &buffer)
        defer { swap(&bytes, &buffer) }
        while let earliest = nextClosedEarliest, earliest <= eventTime, pendingCount(before: earliest) < wanted {
            var fresh: [ReplayIndex.Entry] = []
            let held = pending.count - pendingStart
            repeat {
                let block = index.blocks[Int(index.openingOrder[openedBlocks])]
                openedBlocks += 1
                open(block, into: &fresh, buffer: &bytes)
            } while fresh.count + held < batchTarget && (nextClosedEarliest.map { $0 <= eventTime } ?? false)
            batchTarget = Swift.max(batchTarget, (fresh.count + held) * 2)
            guard !fresh.isEmpty else { continue }
            fresh.sort(by: ReplayIndex.Entry.precedes)
            pending = Self.merge(pending[pendingStart...], fresh)
            pendingStart = 0
        }
    }

    /// The earliest event time of the next block to open; nil once all are open.
    private var nextClosedEarliest: Int64? {
        guard openedBlocks < index.openingOrder.count else { return nil }
        return index.blocks[Int(index.openingOrder[openedBlocks])].earliestNanos
    }

    /// Reads `block` again and adds its entries to `fresh`, or counts its events as unreadable.
    private mutating func open(_ block: ReplayBlock, into fresh: inout [ReplayIndex.Entry], buffer: inout [UInt8]) {
        switch ReplayIndex.readEntries(of: block, in: file, scanner: &scanner, buffer: &buffer) {
        case let .success(entries)?:
            fresh += entries
            return
        case let .failure(error)?:
            lastReadError = error
        case nil:
            break
        }
        unreadableLines += block.events
        appliedCount += block.events
    }

    /// How many pending entries are before `eventTime`.
    func pendingCount(before eventTime: Int64) -> Int {
        eventTime == .min ? 0 : pendingCount(through: eventTime - 1)
    }

    /// How many pending entries are at or before `eventTime` (they come first).
    func pendingCount(through eventTime: Int64) -> Int {
        var low = pendingStart
        var high = pending.count
        while low < high {
            let middle = low + (high - low) / 2
            if pending[middle].timeNanos <= eventTime { low = middle + 1 } else { high = middle }
        }
        return low - pendingStart
    }

    /// Two runs of entries, each in order, merged in order.
    static func merge(_ left: ArraySlice<ReplayIndex.Entry>, _ right: [ReplayIndex.Entry]) -> [ReplayIndex.Entry] {
        var merged: [ReplayIndex.Entry] = []
        merged.reserveCapacity(left.count + right.count)
        var leftIndex = left.startIndex
        var rightIndex = right.startIndex
        while leftIndex < left.endIndex && rightIndex < right.endIndex {
            if ReplayIndex.Entry.precedes(right[rightIndex], left[leftIndex]) {
                merged.append(right[rightIndex])
                rightIndex += 1
            } else {
                merged.append(left[leftIndex])
                leftIndex += 1
            }
        }
        merged += left[leftIndex...]
        merged += right[rightIndex...]
        return merged
    }
}
