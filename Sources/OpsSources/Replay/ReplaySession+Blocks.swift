extension ReplaySession {
    /// Opens every block not yet opened whose earliest event is at or before `eventTime`: its
    /// entries join `pending`, in order. A block that no longer reads as indexed is skipped, its
    /// events counted as unreadable.
    mutating func openBlocks(through eventTime: Int64) {
        var fresh: [ReplayIndex.Entry] = []
        var bytes: [UInt8] = []
        swap(&bytes, &buffer)
        defer { swap(&bytes, &buffer) }
        while openedBlocks < index.openingOrder.count {
            let block = index.blocks[Int(index.openingOrder[openedBlocks])]
            guard block.earliestNanos <= eventTime else { break }
            openedBlocks += 1
            switch ReplayIndex.readEntries(of: block, in: file, scanner: &scanner, buffer: &bytes) {
            case let .success(entries)?:
                fresh += entries
                continue
            case let .failure(error)?:
                lastReadError = error
            case nil:
                break
            }
            unreadableLines += block.events
            appliedCount += block.events
        }
        guard !fresh.isEmpty else { return }
        fresh.sort(by: ReplayIndex.Entry.precedes)
        pending = Self.merge(pending[pendingStart...], fresh)
        pendingStart = 0
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
