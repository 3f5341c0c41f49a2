import Foundation
import OpsFormats

/// The blocks of one replayed file, handed out one at a time with their tickets to whichever
/// thread asks: the thread that takes a block reads it from the file, under a lock.
final class ReplayBlockSource: @unchecked Sendable {  // every stored var is guarded by `lock`
    private let lock = NSLock()
    private let file: ReplayFile
    private let buffer: ReadBuffer
    private var splitter: LogBlockSplitter
    private var offset: Int64 = 0
    private var ready: [LogBlock] = []
    private var readyIndex = 0
    private var nextTicket = 0
    private var ended = false
    private var endHandedOut = false
    private var error: SourceError?

    init(file: ReplayFile, blockSize: Int, maxLineLength: Int) {
        self.file = file
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
        readyIndex += 1
        nextTicket += 1
        return (nextTicket - 1, block)
    }

    /// The read error that ended the file early, if one did.
    var failure: SourceError? {
        lock.lock()
        defer { lock.unlock() }
        return error
    }

    private func readMore() {
        let count: Int
        do throws(SourceError) {
            count = try file.read(into: buffer.bytes, at: offset)
        } catch {
            self.error = error
            ended = true
            return
        }
        if count == 0 {
            splitter.finish { ready.append($0) }
            ended = true
            return
        }
        offset += Int64(count)
        splitter.feed(UnsafeRawBufferPointer(rebasing: buffer.bytes[..<count])) { ready.append($0) }
    }
}
