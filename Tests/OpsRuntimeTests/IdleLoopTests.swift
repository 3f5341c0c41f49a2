import OpsModel
import OpsRuntime
import OpsSources
import OpsUI
import Testing

/// A screen with nothing arriving wakes once a second, when the header clock moves, rather than
/// ten times; the first key or event after the quiet spell brings the tenth-of-a-second pace back.
@Suite struct IdleLoopTests {
    /// Runs the loop as the terminal would: each step waits out the timeout it asked for.
    private static func run(_ harness: ScreenHarness, for duration: Duration) -> (wakes: Int, frames: Int) {
        let end = harness.clock.monotonicNanos() + duration.nanoseconds
        let framesBefore = harness.frameCount
        var wakes = 0
        while harness.clock.monotonicNanos() < end {
            harness.step()
            wakes += 1
            harness.clock.advance(by: harness.backend.timeouts.last ?? .milliseconds(100))
        }
        return (wakes, harness.frameCount - framesBefore)
    }

    @Test func aQuietScreenWakesOnceASecond() {
        let harness = ScreenHarness()
        harness.deliver([ScreenHarness.span("t1", "s1", name: "chat", at: 59)])
        _ = Self.run(harness, for: .seconds(4))
        let quiet = Self.run(harness, for: .seconds(10))
        // One wake and one frame for each second the clock shows (11 when the edges fall that way).
        #expect(quiet.wakes <= 11, "\(quiet.wakes) wakes in 10 s")
        #expect(quiet.frames >= 9 && quiet.frames <= 11, "\(quiet.frames) frames in 10 s")
        #expect(harness.screen.contains("12:01:1"))
    }

    @Test func anEventAfterAQuietSpellBringsTheTenthOfASecondPaceBack() {
        let harness = ScreenHarness()
        _ = Self.run(harness, for: .seconds(5))
        #expect((harness.backend.timeouts.last ?? .zero) > .milliseconds(100))
        harness.deliver([ScreenHarness.span("t2", "s2", name: "chat", at: 62)])
        _ = Self.run(harness, for: .seconds(1))
        let busy = Self.run(harness, for: .seconds(1))
        #expect(busy.wakes >= 9, "\(busy.wakes) wakes in the second after an event")
    }

    @Test func aKeyAfterAQuietSpellIsAnsweredAndBringsThePaceBack() {
        let harness = ScreenHarness()
        _ = Self.run(harness, for: .seconds(5))
        let frames = harness.frameCount
        harness.press(.tab)
        #expect(harness.frameCount == frames + 1)
        let busy = Self.run(harness, for: .seconds(1))
        #expect(busy.wakes >= 9, "\(busy.wakes) wakes in the second after a key")
    }
}
