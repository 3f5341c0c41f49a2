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
    package let eventsPerPump: Int
    /// Set by a jump of the clock (a start time, a seek, the start or the end): the session catches
    /// up with the clock over as many frames as it needs while the clock keeps its place. Otherwise
    /// a session behind the clock (a fast replay) holds the clock back to where it got.
    private var catchingUp: Bool

    package init(session: ReplaySession, name: String, speed: ReplaySpeed, start: Int64?, eventsPerPump: Int = 50_000) {
        self.session = session
        self.name = name
        self.eventsPerPump = Swift.max(1, eventsPerPump)
        clock = session.makeClock(speed: speed, position: start, paused: false)
        catchingUp = start != nil
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
        if reached >= target {
            catchingUp = false
        } else if !catchingUp {
            clock.settle(at: reached, wallNanos: monotonicNanos)
        }
        return before != (session.appliedCount, session.position, clock.eventTime)
    }

    package mutating func handle(_ command: ReplayCommand, monotonicNanos now: Int64) {
        let minute: Int64 = 60_000_000_000
        switch command {
        case .togglePause: clock.togglePause(wallNanos: now)
        case .faster: clock.faster(wallNanos: now)
        case .slower: clock.slower(wallNanos: now)
        case .step: clock.step(seconds: 1)
        case let .seek(seconds):
            clock.seek(by: Int64(seconds) * minute / 60, wallNanos: now)
            catchingUp = true
        case .toStart:
            clock.toStart(wallNanos: now)
            catchingUp = true
        case .toEnd:
            clock.toEnd(wallNanos: now)
            catchingUp = true
        }
    }

    package func stop() {}
}
