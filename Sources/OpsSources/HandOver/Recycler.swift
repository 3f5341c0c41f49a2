import Foundation

/// Spare buffers handed back by the thread done with them to the thread that fills them, so a
/// pipeline of large blocks reuses a few allocations instead of making and freeing one per block.
package final class Recycler<Buffer: Sendable>: @unchecked Sendable {  // `spares` is guarded by `lock`
    private let lock = NSLock()
    private var spares: [Buffer] = []
    private let limit: Int

    /// Keeps at most `limit` spares; more are let go.
    package init(limit: Int) {
        self.limit = limit
    }

    package func put(_ buffer: consuming Buffer) {
        lock.lock()
        if spares.count < limit { spares.append(buffer) }
        lock.unlock()
    }

    /// A spare, if one waits.
    package func take() -> Buffer? {
        lock.lock()
        defer { lock.unlock() }
        return spares.popLast()
    }
}
