extension ReplaySession {
    /// Opens blocks not yet opened, in `index.openingOrder`, whose earliest event is at or before
    /// `eventTime`, until the first `wanted` pending entries are final (no block left closed could
    /// hold an event before them) or every such block is open. Their entries join `pending`, in
    /// order. A block that no longer reads as indexed is skipped, its events counted as unreadable.
    ///
    /// Blocks are opened in batches that double the pending entries each time, so a log far out
    /// of time order (whose blocks all start early) is merged in O(n log n), not block by block.
    ///
    /// With workers, the next blocks in opening order are read and scanned ahead on them (each
    /// block's entries come out the same, whichever thread scans it).
    mutating func openBlocks(through eventTime: Int64, wanting wanted: Int) {
        var batchTarget = Swift.min(wanted, Int.max / 4) * 2
        while let earliest = nextClosedEarliest, earliest <= eventTime, pendingCount(before: earliest) < wanted {
            var fresh: [ReplayIndex.Entry] = []
            let held = pending.count - pendingStart
            repeat {
                openedBlocks += 1
                open(at: openedBlocks - 1, into: &fresh)
            } while fresh.count + held < batchTarget && (nextClosedEarliest.map { $0 <= eventTime } ?? false)
            batchTarget = Swift.max(batchTarget, (fresh.count + held) * 2)
            guard !fresh.isEmpty else { continue }
            // The blocks of a log written in time order come in order: nothing to sort.
            if !Self.isInOrder(fresh) { fresh.sortNearlyInOrder(by: ReplayIndex.Entry.precedes) }
            pending = Self.merge(pending[pendingStart...], fresh)
            pendingStart = 0
        }
    }

    /// Whether every entry precedes or equals the next (as `precedes` sorts them).
    static func isInOrder(_ entries: [ReplayIndex.Entry]) -> Bool {
        entries.indices.dropFirst().allSatisfy { !ReplayIndex.Entry.precedes(entries[$0], entries[$0 - 1]) }
    }

    /// The earliest event time of the next block to open; nil once all are open.
    var nextClosedEarliest: Int64? {
        guard openedBlocks < index.openingOrder.count else { return nil }
        return index.blocks[Int(index.openingOrder[openedBlocks])].earliestNanos
    }

    /// Reads the block at `position` of the opening order again and adds its entries to `fresh`,
    /// or counts its events as unreadable; first hands the blocks after it to the workers.
    private mutating func open(at position: Int, into fresh: inout [ReplayIndex.Entry]) {
        let work = opening.removeValue(forKey: position) ?? startOpening(at: position)
        if readAhead.queue != nil {
            for ahead in (position + 1)..<Swift.min(index.openingOrder.count, position + 1 + readAhead.blocksAhead)
            where opening[ahead] == nil {
                opening[ahead] = startOpening(at: ahead)
            }
        }
        // While a worker reads this block, read later ones here rather than wait for it.
        var later = position + 1
        while work.isRunning, let ahead = opening[later] {
            ahead.runHere()
            later += 1
        }
        let block = index.blocks[Int(index.openingOrder[position])]
        switch work.result() {
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

    /// Reading and scanning the block at `position` of the opening order, on a worker if there are any.
    private func startOpening(at position: Int) -> ReplayAheadWork<Result<[ReplayIndex.Entry], SourceError>?> {
        let number = Int(index.openingOrder[position])
        let (block, scanned, file, openers) = (index.blocks[number], index.scannedEntries, file, readAhead.openers)
        return ReplayAheadWork(on: readAhead.queue) {
            openers.withState { $0.open(block, number: number, scanned: scanned, in: file) }
        }
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
