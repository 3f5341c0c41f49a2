import Foundation
import OpsSources
import Synchronization

/// Runs a `FileFollower` on its own thread and records what it reports.
final class FollowRecorder: Sendable {
    let follower: FileFollower
    private let events = Mutex<[FollowEvent]>([])
    private let finished = Atomic<Bool>(false)

    init(_ follower: FileFollower) {
        self.follower = follower
        let thread = Thread { [self] in
            follower.run { event in self.events.withLock { $0.append(event) } }
            self.finished.store(true, ordering: .releasing)
        }
        thread.start()
    }

    var recorded: [FollowEvent] { events.withLock { $0 } }

    /// Everything delivered as data, concatenated and decoded as UTF-8.
    var text: String {
        let bytes = recorded.flatMap { event -> [UInt8] in
            if case let .data(chunk) = event { return chunk }
            return []
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The non-data events, in order.
    var notices: [FollowEvent] {
        recorded.filter { if case .data = $0 { return false } else { return true } }
    }

    /// Stops the follower and waits for its thread to return.
    func stop() -> Bool {
        follower.stop()
        return eventually { finished.load(ordering: .acquiring) }
    }
}
