import Dispatch
import OpsFormats

/// The threads, and their readers, that open blocks and decode batches of a replayed log ahead of
/// the thread that ingests them; with no workers, the ingesting thread does it all when it needs it.
///
/// What is done ahead is only reading and decoding: the ingesting thread still takes the results
/// in the order it would have made them, so the store sees the same events in the same order.
final class ReplayReadAhead: Sendable {
    /// Where work ahead runs; nil without workers.
    let queue: DispatchQueue?
    /// Batches decoded ahead of the one being ingested.
    let batchesAhead: Int
    /// Blocks, in opening order, read and scanned ahead of the one being opened.
    let blocksAhead: Int
    let readers: ReplayStatePool<ReplayLineReader>
    let openers: ReplayStatePool<ReplayBlockOpener>

    init(workers: Int, syntheticSource: UInt32, maxLineLength: Int) {
        let workers = Swift.max(0, workers)
        queue = workers > 0 ? DispatchQueue.global(qos: .userInitiated) : nil
        // Enough that a worker seldom runs dry while the ingesting thread draws a frame or waits
        // for a core: a few MB of decoded events, a few hundred KB of block entries.
        batchesAhead = workers > 0 ? 2 * workers + 2 : 0
        blocksAhead = workers > 0 ? 8 * workers + 4 : 0
        readers = ReplayStatePool { ReplayLineReader(syntheticSource: syntheticSource) }
        openers = ReplayStatePool { ReplayBlockOpener(maxLineLength: maxLineLength) }
    }
}

/// A scanner and a read buffer: what opening a block again takes.
struct ReplayBlockOpener {
    var scanner: ReplayLineScanner
    var buffer: [UInt8] = []

    init(maxLineLength: Int) {
        scanner = ReplayLineScanner(maxLineLength: maxLineLength)
    }

    /// The entries of `block` (number `number` of the index): those the index pass held, when
    /// the block's bytes are unchanged, else read again from `file` and scanned (see
    /// `ReplayIndex.readEntries`); nil when the block no longer reads as indexed.
    mutating func open(
        _ block: ReplayBlock, number: Int, scanned: ReplayScannedEntries, in file: ReplayFile
    ) -> Result<[ReplayIndex.Entry], SourceError>? {
        if let entries = scanned.take(block: number) {
            return ReplayIndex.checkedEntries(entries, of: block, in: file, buffer: &buffer)
        }
        return ReplayIndex.readEntries(of: block, in: file, scanner: &scanner, buffer: &buffer)
    }
}
