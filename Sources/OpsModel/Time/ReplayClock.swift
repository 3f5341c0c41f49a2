/// Maps wall time to the event time of a recorded log, at a speed, with pause, step and seek.
///
/// A value type that never reads a clock: every change that depends on "now" takes the wall
/// time (nanoseconds of a monotonic clock) from the caller. Event time stays within
/// `eventStart...eventEnd`. Running, event time is `anchorEvent + (wall − anchorWall) × speed`;
/// the anchors move only when the speed, the position or the pause state changes, so ticks
/// at any rate never accumulate rounding. The first tick only starts the clock.
package struct ReplayClock: Sendable, Hashable {
    package let eventStart: Int64
    package let eventEnd: Int64
    /// The replay position: the event time every panel shows.
    package private(set) var eventTime: Int64
    package private(set) var speed: ReplaySpeed
    package private(set) var isPaused: Bool
    /// The wall time at which the clock last stood at `anchorEvent`; nil before the first tick.
    private var anchorWall: Int64?
    private var anchorEvent: Int64

    /// A clock over `eventStart...eventEnd` (swapped when given the wrong way round), at
    /// `position` (default: the start) clamped into it.
    package init(
        eventStart: Int64, eventEnd: Int64, speed: ReplaySpeed = .factor(1), position: Int64? = nil, paused: Bool = false
    ) {
        self.eventStart = Swift.min(eventStart, eventEnd)
        self.eventEnd = Swift.max(eventStart, eventEnd)
        self.speed = speed.clamped
        self.isPaused = paused
        let start = Swift.min(Swift.max(position ?? eventStart, self.eventStart), self.eventEnd)
        eventTime = start
        anchorEvent = start
    }

    /// 0 at the start, 1 at the end (1 also for a log whose events all share one time).
    package var progress: Double {
        let length = Double(eventEnd) - Double(eventStart)
        guard length > 0 else { return 1 }
        return Swift.min(1, Swift.max(0, (Double(eventTime) - Double(eventStart)) / length))
    }

    package var isAtEnd: Bool { eventTime >= eventEnd }

    /// Moves event time to where `wallNanos` puts it and returns it (unchanged while paused;
    /// never back, even when the wall time given goes back).
    @discardableResult
    package mutating func tick(wallNanos: Int64) -> Int64 {
        guard !isPaused else { return eventTime }
        guard let anchorWall else {
            anchor(wallNanos: wallNanos)
            return eventTime
        }
        switch speed {
        case .max:
            eventTime = eventEnd
        case let .factor(factor):
            let (elapsed, overflow) = wallNanos.subtractingReportingOverflow(anchorWall)
            let wall = overflow ? (wallNanos > anchorWall ? Double(Int64.max) : 0) : Double(Swift.max(0, elapsed))
            let room = Double(eventEnd) - Double(anchorEvent)
            let step = wall * factor
            let target = step >= room ? eventEnd : Swift.min(eventEnd, Self.saturatingSum(anchorEvent, Int64(step)))
            eventTime = Swift.max(eventTime, target)
        }
        return eventTime
    }

    /// Pauses (where `wallNanos` puts the clock) or resumes from where it was paused.
    package mutating func togglePause(wallNanos: Int64) {
        if isPaused {
            isPaused = false
            anchor(wallNanos: wallNanos)
        } else {
            tick(wallNanos: wallNanos)
            isPaused = true
        }
    }

    /// Twice as fast (up to `ReplaySpeed.fastest`); time so far counts at the old speed.
    package mutating func faster(wallNanos: Int64) {
        setSpeed(speed.faster, wallNanos: wallNanos)
    }

    /// Half as fast (down to `ReplaySpeed.slowest`; from `max` to the fastest factor).
    package mutating func slower(wallNanos: Int64) {
        setSpeed(speed.slower, wallNanos: wallNanos)
    }

    package mutating func setSpeed(_ newSpeed: ReplaySpeed, wallNanos: Int64) {
        tick(wallNanos: wallNanos)
        speed = newSpeed.clamped
        anchor(wallNanos: wallNanos)
    }

    /// Moves `seconds` of event time (back when negative) while paused; does nothing while running.
    package mutating func step(seconds: Int64 = 1) {
        guard isPaused else { return }
        let (nanos, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        move(to: overflow ? (seconds < 0 ? .min : .max) : Self.saturatingSum(eventTime, nanos))
    }

    /// Moves `nanos` of event time forward (back when negative), within the log.
    package mutating func seek(by nanos: Int64, wallNanos: Int64) {
        tick(wallNanos: wallNanos)
        move(to: Self.saturatingSum(eventTime, nanos))
        anchor(wallNanos: wallNanos)
    }

    /// Moves to an event time, clamped into the log.
    package mutating func seek(to nanos: Int64, wallNanos: Int64) {
        move(to: nanos)
        anchor(wallNanos: wallNanos)
    }

    package mutating func toStart(wallNanos: Int64) {
        seek(to: eventStart, wallNanos: wallNanos)
    }

    package mutating func toEnd(wallNanos: Int64) {
        seek(to: eventEnd, wallNanos: wallNanos)
    }

    /// The source got only as far as `nanos` (it bounds its work per frame): stand there and
    /// continue from there, so the clock shows what the panels show. Never moves forward.
    package mutating func settle(at nanos: Int64, wallNanos: Int64) {
        move(to: Swift.min(eventTime, nanos))
        anchor(wallNanos: wallNanos)
    }

    private mutating func move(to nanos: Int64) {
        eventTime = Swift.min(Swift.max(nanos, eventStart), eventEnd)
    }

    private mutating func anchor(wallNanos: Int64) {
        anchorWall = wallNanos
        anchorEvent = eventTime
    }

    private static func saturatingSum(_ a: Int64, _ b: Int64) -> Int64 {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? (b < 0 ? .min : .max) : sum
    }
}
