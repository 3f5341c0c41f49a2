import OpsModel
import OpsFormats

/// Where each event of a log file lies, sorted by event time: what replay needs to read the
/// file back in time order without holding the decoded events.
///
/// Built in one pass over the file; 24 bytes per event line. Lines that are not events are
/// counted in `stats` as `report` counts them, and not indexed.
package struct ReplayIndex: Sendable {
    /// One event: its event time (`Event.timeNanos`) and where its line's bytes are.
    package struct Entry: Sendable, Hashable {
        /// `ordinal` of an event kept in `ReplayIndex.keptEvents` instead of read back from its line.
        package static let keptOrdinal = UInt16.max

        package var timeNanos: Int64
        /// The line's offset in the low 48 bits, `ordinal` in the high 16: entries stay 24 bytes.
        private var offsetAndOrdinal: Int64
        /// Bytes in the line, without its `\n`; for a kept event, its index in `keptEvents`.
        package var length: UInt32
        /// The 1-based line number, which names synthetic ids when the line gives none.
        package var lineNumber: UInt32

        package init(timeNanos: Int64, offset: Int64, length: UInt32, lineNumber: UInt32, ordinal: UInt16 = 0) {
            self.timeNanos = timeNanos
            offsetAndOrdinal = (offset & Self.offsetMask) | Int64(ordinal) << 48
            self.length = length
            self.lineNumber = lineNumber
        }

        private static let offsetMask: Int64 = 0xFFFF_FFFF_FFFF

        /// Byte offset of the line's first byte.
        package var offset: Int64 { offsetAndOrdinal & Self.offsetMask }
        /// Which of the line's events this is (an OTLP or LangSmith batch line holds several); 0 for native lines.
        package var ordinal: UInt16 { UInt16(truncatingIfNeeded: offsetAndOrdinal >> 48) }
        /// Whether the event is kept in memory (it was completed from an earlier line) rather than read back.
        package var isKept: Bool { ordinal == Self.keptOrdinal }

        /// The offset just past the line (where its `\n` is).
        package var endOffset: Int64 { offset + Int64(length) }
    }

    package static let defaultChunkSize = 4 << 20

    package let path: String
    /// Every event line, by event time; lines with equal times keep their file order.
    package let entries: [Entry]
    /// What the pass read: lines, events, ignored and malformed lines with examples.
    package let stats: IngestStats
    /// The longest line the pass decoded; the replay reads no longer line.
    package let maxLineLength: Int
    /// Events that reading their line alone would not give again (a LangSmith run completed by a
    /// later patch line), kept in memory; their entries point here.
    package let keptEvents: [Event]

    /// Reads `path` once; throws when it cannot be opened or read, or is not a regular file.
    package init(
        path: String, chunkSize: Int = ReplayIndex.defaultChunkSize,
        maxLineLength: Int = LineAssembler.defaultMaxLineLength
    ) throws(SourceError) {
        let file = try ReplayFile(path: path)
        var assembler = LineAssembler(maxLineLength: maxLineLength)
        var builder = Builder(overLongReason: assembler.overLongReason)
        // The ids of lines without ids are the ones `report` gives them, and the replay reads back.
        builder.decoder.syntheticSource = UsageLogDecoder.syntheticSourceKey(for: path)
        let buffer = ReadBuffer(size: Swift.max(4096, chunkSize))
        var offset: Int64 = 0
        while true {
            let count = try file.read(into: buffer.bytes, at: offset)
            if count == 0 { break }
            offset += Int64(count)
            assembler.feed(UnsafeRawBufferPointer(rebasing: buffer.bytes[..<count])) { output in
                builder.add(output)
            }
        }
        assembler.finish { output in builder.add(output) }
        self.path = path
        self.maxLineLength = assembler.maxLineLength
        builder.sortByTime()
        stats = builder.stats
        entries = builder.entries
        keptEvents = builder.keptEvents
    }

    package var isEmpty: Bool { entries.isEmpty }
    package var count: Int { entries.count }
    /// The earliest event time, nil without events.
    package var firstEventNanos: Int64? { entries.first?.timeNanos }
    /// The latest event time, nil without events.
    package var lastEventNanos: Int64? { entries.last?.timeNanos }

    /// How many entries have an event time at or before `nanos` (they come first).
    package func count(through nanos: Int64) -> Int {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = low + (high - low) / 2
            if entries[middle].timeNanos <= nanos { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension ReplayIndex {
    /// The bytes the decoder reads for a line: without one trailing `\r`, as `LineAssembler` passes it.
    static func decodable(_ line: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        guard let last = line.last, last == UInt8(ascii: "\r") else { return line }
        return UnsafeRawBufferPointer(rebasing: line[..<(line.count - 1)])
    }

    /// Decodes lines as the index pass reads them and keeps the entries of events.
    private struct Builder {
        let overLongReason: String
        var stats = IngestStats()
        var entries: [Entry] = []
        var keptEvents: [Event] = []
        var decoder = UsageLogDecoder(options: UsageLogDecoder.Options(keepContent: false))
        var events: [Event] = []

        /// Indexes one line of the assembler's output.
        mutating func add(_ output: LineAssembler.Output) {
            stats.lines += 1
            switch output {
            case let .overLong(number, _):
                stats.recordMalformed(line: number, reason: overLongReason)
            case let .line(bytes, number, extent):
                var events = self.events
                events.removeAll(keepingCapacity: true)
                defer { self.events = events }
                let outcome = decoder.decode(bytes, lineNumber: number) { events.append($0) }
                let offset = extent.lowerBound
                guard let small = UInt32(exactly: extent.count), let lineNumber = UInt32(exactly: number) else {
                    if !events.isEmpty {
                        stats.recordMalformed(line: number, reason: "beyond line 4294967295, which replay cannot index")
                    }
                    return
                }
                stats.count(outcome, line: number, heldRuns: decoder.heldRuns)
                switch outcome {
                case .delivered:
                    entries.append(Entry(timeNanos: events[0].timeNanos, offset: offset, length: small,
                                         lineNumber: lineNumber))
                case let .foreign(foreign):
                    for (ordinal, event) in events.enumerated() {
                        if foreign.selfContained, ordinal < Int(Entry.keptOrdinal) {
                            entries.append(Entry(timeNanos: event.timeNanos, offset: offset, length: small,
                                                 lineNumber: lineNumber, ordinal: UInt16(ordinal)))
                        } else {
                            entries.append(Entry(timeNanos: event.timeNanos, offset: offset,
                                                 length: UInt32(truncatingIfNeeded: keptEvents.count),
                                                 lineNumber: lineNumber, ordinal: Entry.keptOrdinal))
                            keptEvents.append(event)
                        }
                    }
                case .blank, .ignored, .malformed:
                    break
                }
            }
        }

        /// Sorts the entries by time, file (and line) order within a time; no sort when the file was in order.
        mutating func sortByTime() {
            var inOrder = true
            for index in entries.indices.dropFirst() where entries[index - 1].timeNanos > entries[index].timeNanos {
                inOrder = false
                break
            }
            guard !inOrder else { return }
            entries.sort { ($0.timeNanos, $0.offset, $0.ordinal) < ($1.timeNanos, $1.offset, $1.ordinal) }
        }
    }
}
