import Foundation

/// Results that workers finish in any order, taken by one consumer in ticket order (0, 1, 2, …).
///
/// Unbounded by itself: the producer that hands out tickets bounds how many are in flight.
package final class OrderedResults<Result: Sendable>: @unchecked Sendable {  // `waiting` is guarded by `condition`
    private let condition = NSCondition()
    private var waiting: [Int: Result] = [:]

    package init() {}

    package func put(_ result: Result, ticket: Int) {
        condition.lock()
        waiting[ticket] = result
        condition.broadcast()
        condition.unlock()
    }

    /// Starts a worker thread: while `slots` has room it takes the next ticketed work from `next`,
    /// turns it into a result with its own `state` (made on the thread) and puts it under its ticket;
    /// it ends, giving its slot back, when `next` has nothing more. The consumer signals `slots` once
    /// per ticket it takes, so at most the slots' count of results wait for it. `perform` owns the
    /// work: buffers it gives back for reuse are not still held by this loop.
    package func startWorker<Work, State>(
        slots: DispatchSemaphore, state makeState: @escaping @Sendable () -> State,
        next: @escaping @Sendable () -> (Int, Work)?,
        perform: @escaping @Sendable (inout State, consuming Work) -> Result
    ) {
        let worker = Thread {
            var state = makeState()
            while true {
                slots.wait()
                guard self.performNext(with: &state, slots: slots, next: next, perform: perform) else { return }
            }
        }
        worker.stackSize = 1 << 20
        worker.start()
    }

    /// One step of a worker, with a slot of `slots` already taken: takes the next ticketed work from
    /// `next` and puts its result under its ticket; false, the slot given back, when `next` has nothing more.
    package func performNext<Work, State>(
        with state: inout State, slots: DispatchSemaphore, next: () -> (Int, Work)?,
        perform: (inout State, consuming Work) -> Result
    ) -> Bool {
        guard let (ticket, work) = next() else {
            slots.signal()
            return false
        }
        put(perform(&state, consume work), ticket: ticket)
        return true
    }

    /// A step of help from a thread that is not a worker (one waiting for results, or for what they
    /// become): with a slot of `slots` free now, ``performNext(with:slots:next:perform:)`` with
    /// `state`, made by `makeState` the first time and kept for the next step; nil when no slot
    /// was free, else whether `next` handed out work.
    package func helpWithNext<Work, State>(
        keeping state: inout State?, makeState: () -> State, slots: DispatchSemaphore, next: () -> (Int, Work)?,
        perform: (inout State, consuming Work) -> Result
    ) -> Bool? {
        guard slots.wait(timeout: .now()) == .success else { return nil }
        var current = state.take() ?? makeState()
        let performed = performNext(with: &current, slots: slots, next: next, perform: perform)
        state = consume current
        return performed
    }

    /// The result of `ticket` if it was put, without waiting.
    package func takeIfReady(_ ticket: Int) -> Result? {
        condition.lock()
        defer { condition.unlock() }
        return waiting.removeValue(forKey: ticket)
    }

    /// The result of `ticket`, waiting until a worker puts it.
    package func take(_ ticket: Int) -> Result {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result = waiting.removeValue(forKey: ticket) { return result }
            condition.wait()
        }
    }
}
