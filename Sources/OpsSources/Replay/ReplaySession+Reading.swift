import OpsModel
import OpsEngine

extension ReplaySession {
    /// Reads, decodes and ingests the first `count` pending entries, batch by batch, in order; with
    /// workers, the batches after the one being ingested are read and decoded meanwhile.
    mutating func apply(_ count: Int) {
        let batches = batches(of: count)
        var decoding: [ReplayAheadWork<ReplayLineReader.Decoded>?] = []
        decoding.reserveCapacity(batches.count)
        for (number, batch) in batches.enumerated() {
            while decoding.count < Swift.min(batches.count, number + 1 + readAhead.batchesAhead) {
                decoding.append(startDecoding(batches[decoding.count]))
            }
            // While a worker decodes this batch, decode later ones here rather than wait for it.
            while decoding[number]?.isRunning == true,
                let later = decoding[(number + 1)...].first(where: { $0?.isWaiting == true }), let later
            {
                later.runHere()
            }
            let decoded = decoding[number]?.result()
            decoding[number] = nil
            if let decoded {
                unreadableLines += decoded.unreadable
                if let error = decoded.readError { lastReadError = error }
                for case let event? in decoded.events { store.ingest(event) }
            }
            lastAppliedNanos = pending[batch.upperBound - 1].timeNanos
            pendingStart = batch.upperBound
            appliedCount += batch.count
            if checkpointStride != .max && appliedCount % checkpointStride == 0 { keepCheckpoint() }
        }
        // Applied entries are dropped once they are most of the array.
        if pendingStart >= Self.batchSize && pendingStart * 2 >= pending.count {
            pending.removeSubrange(..<pendingStart)
            pendingStart = 0
        }
    }

    /// The first `count` pending entries cut into batches of at most `batchSize`, each ending where
    /// a checkpoint is due.
    private func batches(of count: Int) -> [Range<Int>] {
        var batches: [Range<Int>] = []
        var start = pendingStart
        var applied = appliedCount
        while start < pendingStart + count {
            let nextCheckpoint = checkpointStride == .max ? Int.max : (applied / checkpointStride + 1) * checkpointStride
            let size = Swift.min(Self.batchSize, pendingStart + count - start, nextCheckpoint - applied)
            batches.append(start..<(start + size))
            start += size
            applied += size
        }
        return batches
    }

    /// Reading and decoding the lines of the pending entries in `batch`, on a worker if there are any.
    private func startDecoding(_ batch: Range<Int>) -> ReplayAheadWork<ReplayLineReader.Decoded> {
        let entries = Array(pending[batch])
        let (file, keptEvents, readers) = (file, index.keptEvents, readAhead.readers)
        return ReplayAheadWork(on: readAhead.queue) {
            readers.withState { $0.decode(entries[...], keptEvents: keptEvents, file: file) }
        }
    }
}
