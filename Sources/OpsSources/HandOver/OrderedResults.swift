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
