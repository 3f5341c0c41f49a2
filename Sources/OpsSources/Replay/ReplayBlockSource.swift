import Foundation
import OpsFormats

/// The blocks of one replayed file, handed out one at a time with their tickets to whichever
/// thread asks: the thread that takes a block reads it from the file, under a lock.
///
/// A scanned block's bytes come back through ``giveBack(_:)``; the next read goes straight into
/// them, as ``LogBlockSource`` reads, instead of into a buffer copied into the block.
final class ReplayBlockSource: @unchecked Sendable {  // every stored var is guarded by `lock`
    private let lock = NSLock()
    private let file: ReplayFile
    private let buffer: ReadBuffer
    private let spares: Recycler<[UInt8]>
    private var splitter: LogBlockSplitter
    private var offset: Int64 = 0
    /// Blocks cut and not handed out; one handed out is taken out, so its bytes have one owner.
    private var ready: [LogBlock?] = []
    private var readyIndex = 0
    private var nextTicket = 0
    private var ended = false
    private var endHandedOut = false
    private var error: SourceError?

    /// `blocksInFlight`: the blocks read and not yet scanned, at most (their buffers are kept for reuse).
    init(file: ReplayFile, blockSize: Int, maxLineLength: Int, blocksInFlight: Int) {
        self.file = file
        spares = Recycler(limit: blocksInFlight)
        buffer = ReadBuffer(size: Swift.max(blockSize, 64 << 10))
        splitter = LogBlockSplitter(
            blockSize: blockSize, maxLineLength: maxLineLength,
            syntheticSource: UsageLogDecoder.syntheticSourceKey(for: file.path))
    }

    /// The next block and its ticket (0, 1, 2, …); once the file ended (or a read failed) a last
    /// ticket without a block, then nil.
    func next() -> (ticket: Int, block: LogBlock?)? {
        lock.lock()
        defer { lock.unlock() }
        while readyIndex == ready.count {
            ready.removeAll(keepingCapacity: true)
            readyIndex = 0
            guard !ended else {
                guard !endHandedOut else { return nil }
                endHandedOut = true
                nextTicket += 1
                return (nextTicket - 1, nil)
            }
            readMore()
        }
        let block = ready[readyIndex]
        ready[readyIndex] = nil
        readyIndex += 1
        nextTicket += 1
        return (nextTicket - 1, block)
    }

    /// Takes back a scanned block's bytes, to read a later block into.
    func giveBack(_ block: consuming LogBlock) {
        guard case let .lines(bytes) = (consume block).content else { return }
        spares.put(consume bytes)
    }

    /// The read error that ended the file early, if one did.
    var failure: SourceError? {
        lock.lock()
        defer { lock.unlock() }
        return error
    }

    /// Reads one chunk: into a scanned block's buffer when the splitter has one, else into the read
    /// buffer, copied by the splitter.
    private func readMore() {
        while let spare = spares.take() { splitter.recycle(spare) }
        let read = splitter.read(into: buffer.bytes, { room in
            Result { () throws(SourceError) in try file.read(into: room, at: offset) }
        }) { ready.append($0) }
        switch read {
        case let .failure(failure):
            error = failure
            ended = true
        case .success(0):
            splitter.finish { ready.append($0) }
            ended = true
        case let .success(count):
            offset += Int64(count)
        }
    }
}
