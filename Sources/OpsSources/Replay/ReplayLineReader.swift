import OpsModel
import OpsFormats

/// Reads a run of index entries back from the file and decodes their lines: what replay ingests.
///
/// One reader per thread (it holds a decoder and a read buffer); a batch's events come out in the
/// batch's order whatever order the lines are read in, so any thread may decode any batch.
struct ReplayLineReader {
    /// Lines closer than this are read with one `pread`, gap included.
    static let maxGap: Int64 = 64 << 10
    /// One `pread` reads at most this much (or one longer line).
    static let maxRead: Int64 = 4 << 20

    /// The events of a batch, in the batch's order: nil where a line could not be read back.
    struct Decoded: Sendable {
        var events: [Event?]
        /// Lines that no longer read or decode as indexed.
        var unreadable = 0
        var readError: SourceError?
    }

    /// How replay decodes the lines it ingests.
    static let decoderOptions = UsageLogDecoder.Options(keepContent: true, holdsRuns: false)

    private var decoder = UsageLogDecoder(options: decoderOptions)
    private var buffer: [UInt8] = []
    /// The events of the line last decoded in this batch, by its offset: a line of several events is
    /// decoded once. Forgotten between batches, so a line is read again after the file changed.
    private var lastLine: (offset: Int64, events: [Event])?

    init(syntheticSource: UInt32) {
        decoder.syntheticSource = syntheticSource
    }

    /// The events of `entries` (kept ones from `keptEvents`, the others read from `file` by
    /// offset, neighbours with one `pread`), in the same order.
    mutating func decode(_ entries: ArraySlice<ReplayIndex.Entry>, keptEvents: [Event], file: ReplayFile) -> Decoded {
        let first = entries.startIndex
        lastLine = nil
        var decoded = Decoded(events: [Event?](repeating: nil, count: entries.count))
        var byOffset: [Int] = []
        byOffset.reserveCapacity(entries.count)
        for number in entries.indices {
            let entry = entries[number]
            if entry.isKept {
                decoded.events[number - first] = keptEvents[Int(entry.length)]
            } else {
                byOffset.append(number)
            }
        }
        if !byOffset.indices.dropFirst().allSatisfy({ entries[byOffset[$0 - 1]].offset <= entries[byOffset[$0]].offset }) {
            byOffset.sort { entries[$0].offset < entries[$1].offset }
        }
        var runFirst = 0
        while runFirst < byOffset.count {
            let runStart = entries[byOffset[runFirst]].offset
            var runEnd = entries[byOffset[runFirst]].endOffset
            var runLast = runFirst + 1
            while runLast < byOffset.count {
                let next = entries[byOffset[runLast]]
                guard next.offset - runEnd <= Self.maxGap, next.endOffset - runStart <= Self.maxRead else { break }
                runEnd = Swift.max(runEnd, next.endOffset)
                runLast += 1
            }
            let got = read(from: runStart, count: Int(runEnd - runStart), in: file, error: &decoded.readError)
            var bytes: [UInt8] = []
            swap(&bytes, &buffer)
            bytes.withUnsafeBytes { bytes in
                for position in runFirst..<runLast {
                    let number = byOffset[position]
                    let entry = entries[number]
                    let lineStart = Int(entry.offset - runStart)
                    let lineEnd = lineStart + Int(entry.length)
                    guard lineEnd <= got,
                        let event = decodeLine(UnsafeRawBufferPointer(rebasing: bytes[lineStart..<lineEnd]), entry)
                    else {
                        decoded.unreadable += 1
                        continue
                    }
                    decoded.events[number - first] = event
                }
            }
            swap(&bytes, &buffer)
            runFirst = runLast
        }
        return decoded
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

    /// Reads `count` bytes at `offset` into the buffer (grown as needed); how many it got.
    private mutating func read(from offset: Int64, count: Int, in file: ReplayFile, error: inout SourceError?) -> Int {
        switch file.read(count, at: offset, into: &buffer) {
        case let .success(got): return got
        case let .failure(failure):
            error = failure
            return 0
        }
    }
}
