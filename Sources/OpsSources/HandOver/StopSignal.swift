import Foundation

/// A stop flag a thread can sleep on: ``wait(untilMonotonic:)`` returns at a deadline or at once
/// when ``stop()`` is called from another thread, so a stopping source never sleeps out its nap.
package final class StopSignal: @unchecked Sendable {  // every stored var is guarded by `condition`
    private let condition = NSCondition()
    private var stopped = false
    private var waiters = 0

    package init() {}

    package var isStopped: Bool {
        condition.lock()
        defer { condition.unlock() }
        return stopped
    }

    /// Threads waiting now.
    package var waiting: Int {
        condition.lock()
        defer { condition.unlock() }
        return waiters
    }

    /// Wakes every waiter; later waits return at once.
    package func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until `deadline` on the monotonic clock (``MonotonicTime``) or until stopped; true when stopped.
    @discardableResult
    package func wait(untilMonotonic deadline: Int64) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !stopped {
            let left = deadline - MonotonicTime.nanos()
            if left <= 0 { return false }
            waiters += 1
            _ = condition.wait(until: Date(timeIntervalSinceNow: Double(left) / 1e9))
            waiters -= 1
        }
        return true
    }

    /// Waits `duration` or until stopped; true when stopped.
    @discardableResult
    package func wait(for duration: Duration) -> Bool {
        wait(untilMonotonic: MonotonicTime.nanos() &+ duration.nanoseconds)
    }
}
