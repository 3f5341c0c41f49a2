import OpsModel
import OpsEngine
import OpsSources
import OpsUI

/// A recorded log played against a virtual clock that the keys control.
struct ReplayDriver: EngineDriver {
    private(set) var session: ReplaySession
    private(set) var clock: ReplayClock
    let name: String
    /// Events taken in per frame at most, so the screen answers keys during a fast replay.
    let eventsPerPump = 50_000

    init(session: ReplaySession, name: String, speed: ReplaySpeed, start: Int64?) {
        self.session = session
        self.name = name
        clock = session.makeClock(speed: speed, position: start, paused: false)
    }

    var store: MetricsStore { session.store }

    /// Replay moves the clock itself: every step is a change of data.
    var dataVersion: Int { session.appliedCount &+ Int(truncatingIfNeeded: clock.eventTime) }

    var sources: [SourceLine] {
        [
            SourceLine(
                name: name, health: clock.isAtEnd ? .finished : .live, malformedLines: session.index.stats.malformed)
        ]
    }

    var mode: ClockMode { .replay(speed: clock.speed.description, progress: clock.progress, paused: clock.isPaused) }

    mutating func pump(wallNanos: Int64, monotonicNanos: Int64) -> Bool {
        let before = (session.appliedCount, session.position, clock.eventTime)
        let target = clock.tick(wallNanos: monotonicNanos)
        let reached = session.advance(to: target, maxEvents: eventsPerPump)
        if reached < target { clock.settle(at: reached, wallNanos: monotonicNanos) }
        return before != (session.appliedCount, session.position, clock.eventTime)
    }

    mutating func handle(_ command: ReplayCommand, monotonicNanos now: Int64) {
        let minute: Int64 = 60_000_000_000
        switch command {
        case .togglePause: clock.togglePause(wallNanos: now)
        case .faster: clock.faster(wallNanos: now)
        case .slower: clock.slower(wallNanos: now)
        case .step: clock.step(seconds: 1)
        case let .seek(seconds): clock.seek(by: Int64(seconds) * minute / 60, wallNanos: now)
        case .toStart: clock.toStart(wallNanos: now)
        case .toEnd: clock.toEnd(wallNanos: now)
        }
    }

    func stop() {}
}
