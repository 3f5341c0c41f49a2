import OpsModel
import OpsEngine
import OpsFormats

extension ReplaySession {
    /// Reads, decodes and ingests the first `count` pending entries, batch by batch.
    mutating func apply(_ count: Int) {
        var bytes: [UInt8] = []
        swap(&bytes, &buffer)
        defer { swap(&bytes, &buffer) }
        var remaining = count
        while remaining > 0 {
            let nextCheckpoint =
                checkpointStride == .max ? Int.max : (appliedCount / checkpointStride + 1) * checkpointStride
            let size = Swift.min(Self.batchSize, remaining, nextCheckpoint - appliedCount)
            let batch = pendingStart..<(pendingStart + size)
            let events = decode(batch, buffer: &bytes)
            for case let event? in events { store.ingest(event) }
            lastAppliedNanos = pending[batch.upperBound - 1].timeNanos
            pendingStart = batch.upperBound
            appliedCount += size
            remaining -= size
            if appliedCount == nextCheckpoint { keepCheckpoint() }
        }
        // Applied entries are dropped once they are most of the array.
        if pendingStart >= Self.batchSize && pendingStart * 2 >= pending.count {
            pending.removeSubrange(..<pendingStart)
            pendingStart = 0
        }
    }

    /// The events of the pending entries in `batch`, in the same order (nil where a line could not
    /// be read back); lines are read by offset, neighbours with one `pread`.
    private mutating func decode(_ batch: Range<Int>, buffer: inout [UInt8]) -> [Event?] {
        let entries = pending
        var events = [Event?](repeating: nil, count: batch.count)
        var byOffset: [Int] = []
        byOffset.reserveCapacity(batch.count)
        for number in batch {
            let entry = entries[number]
            if entry.isKept {
                events[number - batch.lowerBound] = index.keptEvents[Int(entry.length)]
            } else {
                byOffset.append(number)
            }
        }
        if !byOffset.indices.dropFirst().allSatisfy({ entries[byOffset[$0 - 1]].offset <= entries[byOffset[$0]].offset }) {
            byOffset.sort { entries[$0].offset < entries[$1].offset }
        }
        var first = 0
        while first < byOffset.count {
            let runStart = entries[byOffset[first]].offset
            var runEnd = entries[byOffset[first]].endOffset
            var last = first + 1
            while last < byOffset.count {
                let next = entries[byOffset[last]]
                guard next.offset - runEnd <= Self.maxGap, next.endOffset - runStart <= Self.maxRead else { break }
                runEnd = Swift.max(runEnd, next.endOffset)
                last += 1
            }
            let got = read(from: runStart, count: Int(runEnd - runStart), into: &buffer)
            buffer.withUnsafeBytes { bytes in
                for position in first..<last {
                    let number = byOffset[position]
                    let entry = entries[number]
                    let lineStart = Int(entry.offset - runStart)
                    let lineEnd = lineStart + Int(entry.length)
                    guard lineEnd <= got,
                          let event = decodeLine(UnsafeRawBufferPointer(rebasing: bytes[lineStart..<lineEnd]), entry)
                    else {
                        unreadableLines += 1
                        continue
                    }
                    events[number - batch.lowerBound] = event
                }
            }
            first = last
        }
        return events
    }

    /// The entry's event on the line, when it still decodes to an event at the indexed time.
    private mutating func decodeLine(_ line: UnsafeRawBufferPointer, _ entry: ReplayIndex.Entry) -> Event? {
        if lastLine?.offset != entry.offset {
            var events = lastLine?.events ?? []
            lastLine = nil
            events.removeAll(keepingCapacity: true)
            _ = decoder.decode(ReplayIndex.decodable(line), lineNumber: Int(entry.lineNumber)) { events.append($0) }
            lastLine = (entry.offset, events)
        }
        guard let events = lastLine?.events, Int(entry.ordinal) < events.count else { return nil }
        let event = events[Int(entry.ordinal)]
        return event.timeNanos == entry.timeNanos ? event : nil
    }

    /// Reads `count` bytes at `offset` into `buffer` (grown as needed); how many it got.
    private mutating func read(from offset: Int64, count: Int, into buffer: inout [UInt8]) -> Int {
        if buffer.count < count { buffer = [UInt8](repeating: 0, count: count) }
        let file = self.file
        let result = buffer.withUnsafeMutableBytes { bytes -> Result<Int, SourceError> in
            do throws(SourceError) {
                return .success(try file.read(into: UnsafeMutableRawBufferPointer(rebasing: bytes[..<count]), at: offset))
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case let .success(got): return got
        case let .failure(error):
            lastReadError = error
            return 0
        }
    }
}
