import NIOCore
import Synchronization

/// The receiver's open connections, bounded per client and in total; shared by every event loop.
///
/// A connection is idle between requests and busy from the first byte of a request until its
/// answer. When a new connection would pass a limit, one is closed to make room instead of the
/// newcomer being refused: the client's own (past the per-client limit) or anyone's (past the
/// total), the longest idle first, else the one whose request started longest ago (a trickle). A
/// valid exporter's request lasts milliseconds, so 300 idle or trickling connections cannot lock
/// it out: it is answered at once, and those connections are closed oldest first.
final class ConnectionRegistry: Sendable {
    struct Limits: Sendable {
        var total: Int
        var perClient: Int
    }

    private struct Entry {
        let channel: any Channel
        let client: String
        /// When the current request's first byte came; nil while idle.
        var busySince: UInt64?
        /// When the connection last became idle (opened or answered).
        var idleSince: UInt64
    }

    private let limits: Limits
    private let entries = Mutex<[ObjectIdentifier: Entry]>([:])
    private let evictions = Atomic<Int>(0)

    init(limits: Limits) {
        self.limits = Limits(total: Swift.max(1, limits.total), perClient: Swift.max(1, limits.perClient))
    }

    /// Registers a new connection; closes the connections that must make room for it.
    func admit(_ channel: any Channel, client: String, now: UInt64 = DispatchTimeNanos.now()) {
        let victims = entries.withLock { entries -> [any Channel] in
            var victims: [any Channel] = []
            while entries.values.lazy.filter({ $0.client == client }).count >= limits.perClient,
                let victim = Self.oldest(in: entries, where: { $0.client == client }),
                let removed = entries.removeValue(forKey: victim)
            {
                victims.append(removed.channel)
            }
            while entries.count >= limits.total, let victim = Self.oldest(in: entries, where: { _ in true }),
                let removed = entries.removeValue(forKey: victim)
            {
                victims.append(removed.channel)
            }
            entries[ObjectIdentifier(channel)] = Entry(channel: channel, client: client, idleSince: now)
            return victims
        }
        if !victims.isEmpty { evictions.add(victims.count, ordering: .relaxed) }
        for victim in victims { victim.close(promise: nil) }
    }

    /// The connection to close first among those matching: the longest idle, else the longest busy.
    private static func oldest(in entries: [ObjectIdentifier: Entry], where matches: (Entry) -> Bool) -> ObjectIdentifier? {
        var idle: (id: ObjectIdentifier, since: UInt64)?
        var busy: (id: ObjectIdentifier, since: UInt64)?
        for (id, entry) in entries where matches(entry) {
            if let since = entry.busySince {
                if since < busy?.since ?? .max { busy = (id, since) }
            } else if entry.idleSince < idle?.since ?? .max {
                idle = (id, entry.idleSince)
            }
        }
        return idle?.id ?? busy?.id
    }

    /// A request's first bytes arrived on the connection.
    func busy(_ channel: any Channel, now: UInt64 = DispatchTimeNanos.now()) {
        entries.withLock { entries in
            let id = ObjectIdentifier(channel)
            if entries[id]?.busySince == nil { entries[id]?.busySince = now }
        }
    }

    /// The connection's request was answered; it waits for the next one.
    func idle(_ channel: any Channel, now: UInt64 = DispatchTimeNanos.now()) {
        entries.withLock { entries in
            let id = ObjectIdentifier(channel)
            entries[id]?.busySince = nil
            entries[id]?.idleSince = now
        }
    }

    /// The connection closed (by either side, or evicted).
    func leave(_ channel: any Channel) {
        _ = entries.withLock { $0.removeValue(forKey: ObjectIdentifier(channel)) }
    }

    var count: Int { entries.withLock { $0.count } }

    /// Connections closed to make room, since start.
    var evicted: Int { evictions.load(ordering: .relaxed) }
}

/// Monotonic nanoseconds for the registry's ordering.
enum DispatchTimeNanos {
    static func now() -> UInt64 { NIODeadline.now().uptimeNanoseconds }
}
