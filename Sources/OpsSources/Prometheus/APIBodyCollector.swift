import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Collects each task's body as it arrives and cancels a task whose body passes the size limit.
final class APIBodyCollector: NSObject, URLSessionDataDelegate, Sendable {
    struct Outcome {
        var status: Int?
        var body: [UInt8] = []
        var error: (any Error)?
        var overLimit = false
        /// Bytes of body seen, kept or not.
        var received = 0
        var limit: Int
    }

    private struct Pending {
        var outcome: Outcome
        var done: @Sendable (Outcome) -> Void
    }

    let maxBytes: Int
    private let pending = Mutex([Int: Pending]())

    init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    /// Calls `done` once, when `task` completes, fails or is cut off.
    func register(_ task: URLSessionTask, done: @escaping @Sendable (Outcome) -> Void) {
        pending.withLock { $0[task.taskIdentifier] = Pending(outcome: Outcome(limit: maxBytes), done: done) }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        let status = (response as? HTTPURLResponse)?.statusCode
        let declared = response.expectedContentLength
        let tooLarge = pending.withLock { state -> Bool in
            state[dataTask.taskIdentifier]?.outcome.status = status
            if declared > Int64(maxBytes) {
                state[dataTask.taskIdentifier]?.outcome.overLimit = true
                state[dataTask.taskIdentifier]?.outcome.received = Int(declared)
                return true
            }
            return false
        }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let id = dataTask.taskIdentifier
        // Mutated in place through the dictionary: copying a growing body out per chunk would be quadratic.
        let overLimit = pending.withLock { state -> Bool in
            guard let alreadyOver = state[id]?.outcome.overLimit, !alreadyOver else { return false }
            let received = (state[id]?.outcome.received ?? 0) + data.count
            state[id]?.outcome.received = received
            if received > maxBytes {
                state[id]?.outcome.overLimit = true
                state[id]?.outcome.body = []
                return true
            }
            state[id]?.outcome.body.append(contentsOf: data)
            return false
        }
        if overLimit { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let entry = pending.withLock { $0.removeValue(forKey: task.taskIdentifier) }
        guard var entry else { return }
        entry.outcome.error = error
        entry.done(entry.outcome)
    }
}
