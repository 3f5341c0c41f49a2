import Foundation

/// One piece of work started ahead of need, done by whichever thread gets to it first: a worker of
/// `queue`, or the thread that asks for the result, which then does it itself instead of waiting
/// for a worker to get round to it. Without a queue it is done when its result is asked for.
final class ReplayAheadWork<Result: Sendable>: @unchecked Sendable {  // `state` is guarded by `condition`
    private enum State {
        case waiting(@Sendable () -> Result)
        case running
        case done(Result)
        case taken
    }

    private let condition = NSCondition()
    private var state: State

    init(on queue: DispatchQueue?, _ work: @escaping @Sendable () -> Result) {
        state = .waiting(work)
        queue?.async { [self] in runAhead() }
    }

    /// The result, once (the work is done here if no worker has started it, else waited for).
    func result() -> Result {
        if let work = claim() {
            let result = work()
            condition.withLock { state = .taken }
            return result
        }
        condition.lock()
        defer { condition.unlock() }
        while true {
            if case let .done(result) = state {
                state = .taken
                return result
            }
            condition.wait()
        }
    }

    /// Whether no thread has started the work yet.
    var isWaiting: Bool {
        condition.withLock {
            if case .waiting = state { return true }
            return false
        }
    }

    /// Whether a worker is doing the work now.
    var isRunning: Bool {
        condition.withLock {
            if case .running = state { return true }
            return false
        }
    }

    /// Does the work on this thread, if no thread has started it, keeping the result for `result()`.
    func runHere() {
        runAhead()
    }

    /// The work, for the thread that starts it; nil when another thread has.
    private func claim() -> (@Sendable () -> Result)? {
        condition.withLock {
            guard case let .waiting(work) = state else { return nil }
            state = .running
            return work
        }
    }

    private func runAhead() {
        guard let work = claim() else { return }
        let result = work()
        condition.withLock {
            state = .done(result)
            condition.broadcast()
        }
    }
}

/// Per-thread state (a decoder, buffers) lent to whichever thread does a piece of work, made
/// when none is free: as many exist as threads ever worked at once.
final class ReplayStatePool<State: Sendable>: @unchecked Sendable {  // `free` is guarded by `lock`
    private let lock = NSLock()
    private var free: [State] = []
    private let make: @Sendable () -> State

    init(_ make: @escaping @Sendable () -> State) {
        self.make = make
    }

    func withState<Result>(_ body: (inout State) -> Result) -> Result {
        var state = lock.withLock { free.popLast() } ?? make()
        let result = body(&state)
        lock.withLock { free.append(state) }
        return result
    }
}
