import OpsModel

/// When the demo's incidents happen, as absolute times in Unix nanoseconds.
///
/// For a run of ten minutes or more, relative to the start:
///
/// | from | to | incident |
/// | --- | --- | --- |
/// | 1:00 | 4:00 | rate-limit storm: 40 % of `openai` chat calls fail with HTTP 429, retried with backoff; successful calls are 1.7× slower |
/// | 3:00 | 7:00 | `cancel_order` loses its database: calls fail with `db_connection_lost` after a ~2.5 s timeout |
/// | 3:12 | | breaker `tool:cancel_order` opens: calls fail fast with `circuit_open` |
/// | 4:12 | | half-open: one probe goes through and fails |
/// | 4:14 | | open again |
/// | 7:08 | | half-open after the database is back |
/// | 7:10 | | closed |
/// | 5:00 | 10:00 | runaway user `u_666` loops on `gpt-4o` with 40k–125k-token contexts; spend rises about twentyfold |
/// | 2:00 | 3:30 | with signals: a jailbreak wave from `u_901`…`u_905` that the `jailbreak` guardrail blocks |
/// | 6:00 | | with signals: a deploy; the semantic cache stops hitting and faithfulness dips |
///
/// Shorter runs scale every offset by `minutes / 10`, so the whole incident fits in the run
/// (a two-minute live demo has its storm at 0:12). Runs longer than
/// ten minutes continue with normal traffic.
package struct DemoTimeline: Sendable, Hashable {
    /// A scheduled state change of the `tool:cancel_order` breaker.
    package struct BreakerChange: Sendable, Hashable {
        package var timeNanos: Int64
        package var state: BreakerState
        package var previous: BreakerState
    }

    package var stormStart: Int64
    package var stormEnd: Int64
    package var outageStart: Int64
    package var outageEnd: Int64
    package var runawayStart: Int64
    package var runawayEnd: Int64
    package var jailbreakStart: Int64
    package var jailbreakEnd: Int64
    package var deploy: Int64
    package var breakerChanges: [BreakerChange]
    /// Scale of the daily budget relative to a ten-minute run (shorter runs spend less).
    package var scale: Double

    package init(start: Int64, minutes: Int) {
        let scale = Swift.min(1.0, Double(Swift.max(1, minutes)) / 10)
        func at(_ seconds: Double) -> Int64 { start + Int64(seconds * scale * 1e9) }
        self.scale = scale
        stormStart = at(60)
        stormEnd = at(240)
        outageStart = at(180)
        outageEnd = at(420)
        runawayStart = at(300)
        runawayEnd = at(600)
        jailbreakStart = at(120)
        jailbreakEnd = at(210)
        deploy = at(360)
        breakerChanges = [
            BreakerChange(timeNanos: at(192), state: .open, previous: .closed),
            BreakerChange(timeNanos: at(252), state: .halfOpen, previous: .open),
            BreakerChange(timeNanos: at(254), state: .open, previous: .halfOpen),
            BreakerChange(timeNanos: at(428), state: .halfOpen, previous: .open),
            BreakerChange(timeNanos: at(430), state: .closed, previous: .halfOpen),
        ]
    }

    package func inStorm(_ time: Int64) -> Bool { time >= stormStart && time < stormEnd }
    package func inOutage(_ time: Int64) -> Bool { time >= outageStart && time < outageEnd }
    package func inRunaway(_ time: Int64) -> Bool { time >= runawayStart && time < runawayEnd }
    package func inJailbreakWave(_ time: Int64) -> Bool { time >= jailbreakStart && time < jailbreakEnd }

    /// The `cancel_order` breaker's state at `time`.
    package func breakerState(at time: Int64) -> BreakerState {
        var state = BreakerState.closed
        for change in breakerChanges where change.timeNanos <= time {
            state = change.state
        }
        return state
    }
}
