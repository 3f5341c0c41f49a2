import Foundation

/// The entries of blocks as the index pass scanned them, each handed out once: the first time
/// replay opens such a block it only checks the block's bytes instead of decoding them again;
/// later openings (after going back) scan the block again. Freed as replay moves on.
final class ReplayScannedEntries: @unchecked Sendable {  // `entries` is guarded by `lock`
    private let lock = NSLock()
    private var entries: [[ReplayIndex.Entry]?]

    init(_ entries: [[ReplayIndex.Entry]?]) {
        self.entries = entries
    }

    /// The entries of block `number` (in `ReplayIndex.blocks`), once; nil when not held (any more).
    func take(block number: Int) -> [ReplayIndex.Entry]? {
        lock.withLock {
            guard entries.indices.contains(number), let taken = entries[number] else { return nil }
            entries[number] = nil
            return taken
        }
    }
}
