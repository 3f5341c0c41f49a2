import OpsModel
import OpsEngine
import OpsSources
import OpsUI

/// A recorded log played against a virtual clock that the keys control.
package struct ReplayDriver: EngineDriver {
    package private(set) var session: ReplaySession
    package private(set) var clock: ReplayClock
    package let name: String
    /// Events taken in per frame at most, so the screen answers keys during a fast replay.
    package let eventsPerPump = 50_000

    package init(session: ReplaySession, name: String, speed: ReplaySpeed, start: Int64?) {
        self.session = session
        self.name = name
        clock = session.makeClock(speed: speed, position: start, paused: false)
    }

    package var store: MetricsStore { session.store }

    /// Replay moves the clock itself: every step is a change of data.
    package var dataVersion: Int { session.appliedCount &+ Int(truncatingIfNeeded: clock.eventTime) }

    package var sources: [SourceLine] {
        [
            SourceLine(
                name: name, health: clock.isAtEnd ? .finished : .live, malformedLines: session.index.stats.malformed,
                ignoredLines: session.index.stats.ignored)
        ]
    }

    package var mode: ClockMode { .replay(speed: clock.speed.description, progress: clock.progress, paused: clock.isPaused) }

    package mutating func pump(wallNanos: Int64, monotonicNanos: Int64) -> Bool {
        let before = (session.appliedCount, session.position, clock.eventTime)
        let target = clock.tick(wallNanos: monotonicNanos)
        let reached = session.advance(to: target, maxEvents: eventsPerPump)
        if reached < target { clock.settle(at: reached, wallNanos: monotonicNanos) }
        return before != (session.appliedCount, session.position, clock.eventTime)
    }

    package mutating func handle(_ command: ReplayCommand, monotonicNanos now: Int64) {
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

    package func stop() {}
}
