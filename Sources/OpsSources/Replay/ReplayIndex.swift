import OpsModel
import OpsFormats

/// What replay needs to read a log file back in event-time order without holding its events:
/// the file's blocks of native lines with the time range of each (a few dozen bytes per half
/// megabyte), and an entry for each event of other tools' records.
///
/// Built in one pass over the file by `workers` threads, each scanning blocks of whole lines apart
/// from the others; the blocks are taken back in file order, so the index is the same whatever
/// the number of workers. Lines that are not events are counted in `stats` as `report` counts
/// them, and not indexed.
package struct ReplayIndex: Sendable {
    package let path: String
    /// The blocks holding native events, in file order.
    package let blocks: [ReplayBlock]
    /// `blocks` indices by the time of each block's earliest event (file order within a time): the
    /// order replay opens them in.
    package let openingOrder: [Int32]
    /// Every event of other tools' records, in the order replay applies them.
    package let foreignEntries: [Entry]
    /// What the pass read: lines, events, ignored and malformed lines with examples.
    package let stats: IngestStats
    /// The longest line replay reads back.
    package let maxLineLength: Int
    /// Events that reading their line alone would not give again (a LangSmith run completed by a
    /// later patch line), kept in memory; their entries point here.
    package let keptEvents: [Event]
    /// The entries of the first blocks as the index pass scanned them, so replay need not scan
    /// those blocks again (only check their bytes) the first time it opens them.
    let scannedEntries: ReplayScannedEntries
    /// Events indexed, native and other.
    package let count: Int
    /// The earliest and latest event times, nil without events.
    package let firstEventNanos: Int64?
    package let lastEventNanos: Int64?

    /// The entries of blocks the index holds on to for replay, at most (24 bytes each): 24 MiB.
    package static let defaultScannedEntryBudget = 1 << 20

    /// Reads `path` once with `workers` threads besides this one (0: on this thread alone);
    /// `progress` is told the bytes scanned so far after each block. Throws when the file cannot
    /// be opened or read, or is not a regular file. The entries of the first blocks, up to
    /// `scannedEntryBudget` entries, are held for replay's first opening of each.
    ///
    /// With `playAhead`, the events are also handed to it in replay's order as the pass goes, as long
    /// as the log allows (see `ReplayPlayAhead`); it is told when the pass is over.
    package init(
        path: String, workers: Int = 0, blockSize: Int = LogBlockSplitter.defaultBlockSize,
        maxLineLength: Int = LineAssembler.defaultMaxLineLength, scannedEntryBudget: Int = defaultScannedEntryBudget,
        playAhead: ReplayPlayAhead? = nil, progress: (_ bytesScanned: Int64) -> Void = { _ in }
    ) throws(SourceError) {
        defer { playAhead?.finish() }
        let file: ReplayFile
        do throws(SourceError) {
            file = try ReplayFile(path: path)
        } catch {
            playAhead?.abandon()
            throw error
        }
        let source = ReplayBlockSource(
            file: file, blockSize: Swift.max(1, blockSize), maxLineLength: maxLineLength,
            blocksInFlight: Self.blocksInFlight(workers: workers))
        var assembly = ReplayIndexAssembly(
            syntheticSource: UsageLogDecoder.syntheticSourceKey(for: path), keptEntryBudget: Swift.max(0, scannedEntryBudget),
            playAhead: playAhead)
        Self.scan(source, workers: Swift.max(0, workers), maxLineLength: maxLineLength, playAhead: playAhead) { scanned in
            let scannedTo = scanned.offset + Int64(scanned.byteCount)
            assembly.take(scanned)
            progress(scannedTo)
        }
        if let failure = source.failure {
            playAhead?.abandon()
            throw failure
        }
        assembly.finishPlaying()
        self.path = path
        self.maxLineLength = maxLineLength
        blocks = assembly.blocks
        foreignEntries = assembly.sortedForeignEntries
        keptEvents = assembly.keptEvents
        stats = assembly.stats
        scannedEntries = assembly.scannedEntries
        let blocks = blocks
        openingOrder = blocks.indices.map { Int32($0) }.sorted {
            (blocks[Int($0)].earliestNanos, $0) < (blocks[Int($1)].earliestNanos, $1)
        }
        count = blocks.reduce(foreignEntries.count) { $0 + $1.events }
        let earliest = blocks.map(\.earliestNanos) + foreignEntries.prefix(1).map(\.timeNanos)
        let latest = blocks.map(\.latestNanos) + foreignEntries.suffix(1).map(\.timeNanos)
        firstEventNanos = earliest.min()
        lastEventNanos = latest.max()
    }

    package var isEmpty: Bool { count == 0 }
}

extension ReplayIndex {
    /// The bytes the decoder reads for a line: without one trailing `\r`, as `LineAssembler` passes it.
    static func decodable(_ line: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        guard let last = line.last, last == UInt8(ascii: "\r") else { return line }
        return UnsafeRawBufferPointer(rebasing: line[..<(line.count - 1)])
    }
}
