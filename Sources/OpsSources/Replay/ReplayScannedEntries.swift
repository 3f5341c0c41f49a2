import Foundation
import Glibc

/// The entries of blocks as the index pass scanned them, each handed out once: the first time
/// replay opens such a block it only checks the block's bytes instead of decoding them again;
/// later openings (after going back) scan the block again.
///
/// Held in chunks mapped from the system apart from malloc, each unmapped once its last block is
/// taken: freed malloc memory would stay in the index thread's arena, adding the entries (24 bytes
/// an event) to the peak memory of the whole replay instead of its first part.
final class ReplayScannedEntries: @unchecked Sendable {  // every stored var is guarded by `lock`
    typealias Entry = ReplayIndex.Entry

    private final class Chunk {
        let base: UnsafeMutableRawPointer
        let bytes: Int
        let capacity: Int
        var count = 0
        /// Blocks held here and not yet taken.
        var blocksLeft = 0

        init?(capacity: Int) {
            bytes = capacity * MemoryLayout<Entry>.stride
            guard let mapped = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
                mapped != MAP_FAILED
            else { return nil }
            base = mapped
            self.capacity = capacity
        }

        deinit {
            munmap(base, bytes)
        }

        var entries: UnsafeMutablePointer<Entry> { base.assumingMemoryBound(to: Entry.self) }
    }

    /// Entries in a chunk (1 MiB): the memory given back as replay moves on comes this much at a time.
    static let chunkCapacity = (1 << 20) / MemoryLayout<Entry>.stride

    private let lock = NSLock()
    private var chunks: [Chunk?] = []
    /// Where each block's entries are held, by block number; nil when they are not (any more).
    private var places: [(chunk: Int, start: Int, count: Int)?] = []
    private var budget: Int

    /// Holds the entries of at most `budget` events.
    init(budget: Int) {
        self.budget = Swift.max(0, budget)
    }

    /// Holds `entries`, those of the next block (blocks come in number order), while the budget lasts.
    func hold(_ entries: [Entry]) {
        lock.withLock {
            guard entries.count <= budget, let chunk = chunk(withRoomFor: entries.count) else {
                budget = 0
                places.append(nil)
                return
            }
            budget -= entries.count
            let start = chunk.count
            entries.withUnsafeBufferPointer { source in
                guard let from = source.baseAddress else { return }
                (chunk.entries + start).initialize(from: from, count: source.count)
            }
            chunk.count += entries.count
            chunk.blocksLeft += 1
            places.append((chunks.count - 1, start, entries.count))
        }
    }

    /// Holds nothing for the next block (its entries will be scanned again when it is opened).
    func skip() {
        lock.withLock { places.append(nil) }
    }

    /// The entries of block `number` (in `ReplayIndex.blocks`), once; nil when not held (any more).
    func take(block number: Int) -> [Entry]? {
        lock.withLock {
            guard places.indices.contains(number), let place = places[number], let chunk = chunks[place.chunk] else {
                return nil
            }
            places[number] = nil
            let taken = Array(UnsafeBufferPointer(start: chunk.entries + place.start, count: place.count))
            chunk.blocksLeft -= 1
            if chunk.blocksLeft == 0 { chunks[place.chunk] = nil }
            return taken
        }
    }

    /// The last chunk if `count` more entries fit in it, else a new one (nil when none can be mapped).
    private func chunk(withRoomFor count: Int) -> Chunk? {
        if let last = chunks.last, let last, last.capacity - last.count >= count { return last }
        guard let chunk = Chunk(capacity: Swift.max(Self.chunkCapacity, count)) else { return nil }
        chunks.append(chunk)
        return chunk
    }
}
