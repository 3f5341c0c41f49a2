import Foundation

/// Lets another thread decode the next block of a load under way while it would otherwise wait
/// for the load's events: the screen's thread, which runs the engine, decodes instead of sleeping
/// when no loaded block waits for it, as `report`'s engine thread does (``ParallelLogReader``).
///
/// A load opens it with the step that decodes one block (taking a slot as a worker does) and
/// closes it before it ends; between loads, ``help()`` does nothing. Steps run under the lock, so
/// helping threads take turns and a closing load waits for the step under way.
package final class LoadHelp: @unchecked Sendable {  // `step` is guarded by `lock`
    private let lock = NSLock()
    private var step: (() -> Bool)?

    package init() {}

    /// Decodes the next block of the load under way when one may be taken now; false when none
    /// was (no load, every slot taken, or nothing left to read).
    package func help() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return step?() ?? false
    }

    /// Whether a load is under way that may take help.
    package var isOpen: Bool {
        lock.lock()
        defer { lock.unlock() }
        return step != nil
    }

    func open(_ step: @escaping () -> Bool) {
        lock.lock()
        self.step = step
        lock.unlock()
    }

    func close() {
        lock.lock()
        step = nil
        lock.unlock()
    }
}
