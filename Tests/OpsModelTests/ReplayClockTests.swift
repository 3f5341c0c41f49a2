import OpsModel
import Testing

private let second: Int64 = 1_000_000_000
private let start: Int64 = 1_795_433_400 * second
private let end = start + 600 * second
/// A monotonic wall clock far from zero, as `clock_gettime(CLOCK_MONOTONIC)` gives.
private let wall0: Int64 = 987_654 * second

/// A clock over a ten-minute log, started (first tick) at `wall0`.
private func startedClock(speed: ReplaySpeed = .factor(1)) -> ReplayClock {
    var clock = ReplayClock(eventStart: start, eventEnd: end, speed: speed)
    clock.tick(wallNanos: wall0)
    return clock
}

@Suite("ReplayClock")
struct ReplayClockTests {
    @Test func theFirstTickStartsTheClockWithoutMovingIt() {
        var clock = ReplayClock(eventStart: start, eventEnd: end)
        #expect(clock.tick(wallNanos: wall0) == start)
        #expect(clock.progress == 0)
        #expect(!clock.isAtEnd)
    }

    @Test func atSpeedOneEventTimeFollowsWallTime() {
        var clock = startedClock()
        #expect(clock.tick(wallNanos: wall0 + 1) == start + 1)
        #expect(clock.tick(wallNanos: wall0 + 90 * second) == start + 90 * second)
        #expect(clock.tick(wallNanos: wall0 + 150 * second) == start + 150 * second)
        #expect(clock.progress == 0.25)
    }

    @Test(arguments: [2.0, 8, 0.5, 1.0 / 64])
    func atFactorNEventTimeMovesNTimesAsFast(factor: Double) {
        var clock = startedClock(speed: .factor(factor))
        for wallSeconds in [1, 3, 7, 20] as [Int64] {
            let expected = start + Int64(Double(wallSeconds * second) * factor)
            #expect(clock.tick(wallNanos: wall0 + wallSeconds * second) == expected)
        }
    }

    @Test func manySmallTicksLandWhereOneBigTickLands() {
        var clock = startedClock(speed: .factor(1.0 / 3))
        for frame in 1...3000 { clock.tick(wallNanos: wall0 + Int64(frame) * 33_333_333) }
        var once = startedClock(speed: .factor(1.0 / 3))
        #expect(clock.eventTime == once.tick(wallNanos: wall0 + 3000 * 33_333_333))
    }

    @Test func theClockStopsAtTheEndOfTheLog() {
        var clock = startedClock(speed: .factor(4))
        #expect(clock.tick(wallNanos: wall0 + 149 * second) == start + 596 * second)
        #expect(clock.tick(wallNanos: wall0 + 151 * second) == end)
        #expect(clock.tick(wallNanos: wall0 + 10_000 * second) == end)
        #expect(clock.isAtEnd)
        #expect(clock.progress == 1)
    }

    @Test func maxSpeedAimsAtTheEndAtOnce() {
        var clock = startedClock(speed: .max)
        #expect(clock.tick(wallNanos: wall0 + 1) == end)
    }

    @Test func pauseKeepsEventTimeStillAndResumeContinuesFromThere() {
        var clock = startedClock(speed: .factor(2))
        clock.togglePause(wallNanos: wall0 + 10 * second)
        #expect(clock.isPaused)
        #expect(clock.eventTime == start + 20 * second)
        #expect(clock.tick(wallNanos: wall0 + 500 * second) == start + 20 * second)
        clock.togglePause(wallNanos: wall0 + 1000 * second)
        #expect(!clock.isPaused)
        #expect(clock.tick(wallNanos: wall0 + 1000 * second) == start + 20 * second)
        #expect(clock.tick(wallNanos: wall0 + 1005 * second) == start + 30 * second)
    }

    @Test func aClockCreatedPausedDoesNotMoveUntilResumed() {
        var clock = ReplayClock(eventStart: start, eventEnd: end, paused: true)
        #expect(clock.tick(wallNanos: wall0) == start)
        #expect(clock.tick(wallNanos: wall0 + 60 * second) == start)
        clock.togglePause(wallNanos: wall0 + 60 * second)
        #expect(clock.tick(wallNanos: wall0 + 61 * second) == start + second)
    }

    @Test func speedChangesCountTimeSoFarAtTheOldSpeed() {
        var clock = startedClock()
        clock.faster(wallNanos: wall0 + 10 * second)
        #expect(clock.speed == .factor(2))
        #expect(clock.tick(wallNanos: wall0 + 15 * second) == start + 20 * second)
        clock.slower(wallNanos: wall0 + 15 * second)
        clock.slower(wallNanos: wall0 + 15 * second)
        #expect(clock.speed == .factor(0.5))
        #expect(clock.tick(wallNanos: wall0 + 19 * second) == start + 22 * second)
    }

    @Test func speedIsClampedAndMaxStepsDownToTheFastestFactor() {
        var clock = startedClock(speed: .factor(512))
        clock.faster(wallNanos: wall0)
        clock.faster(wallNanos: wall0)
        #expect(clock.speed == .factor(1024))
        clock.setSpeed(.max, wallNanos: wall0)
        clock.faster(wallNanos: wall0)
        #expect(clock.speed == .max)
        clock.slower(wallNanos: wall0)
        #expect(clock.speed == .factor(1024))
        for _ in 0..<30 { clock.slower(wallNanos: wall0) }
        #expect(clock.speed == .factor(1.0 / 64))
        #expect(ReplayClock(eventStart: start, eventEnd: end, speed: .factor(.nan)).speed == .factor(1))
        #expect(ReplayClock(eventStart: start, eventEnd: end, speed: .factor(-3)).speed == .factor(1))
        #expect(ReplayClock(eventStart: start, eventEnd: end, speed: .factor(.infinity)).speed == .factor(1024))
    }

    @Test func stepMovesOneSecondOnlyWhilePaused() {
        var clock = startedClock()
        clock.step(seconds: 1)
        #expect(clock.eventTime == start)
        clock.togglePause(wallNanos: wall0 + 5 * second)
        clock.step(seconds: 1)
        clock.step(seconds: 1)
        #expect(clock.eventTime == start + 7 * second)
        #expect(clock.tick(wallNanos: wall0 + 99 * second) == start + 7 * second)
        clock.step(seconds: -100)
        #expect(clock.eventTime == start)
        clock.step(seconds: .max)
        #expect(clock.eventTime == end)
    }

    @Test func seeksClampToTheLogAndKeepRunning() {
        var clock = startedClock()
        clock.seek(by: 60 * second, wallNanos: wall0 + 10 * second)
        #expect(clock.eventTime == start + 70 * second)
        #expect(clock.tick(wallNanos: wall0 + 12 * second) == start + 72 * second)
        clock.seek(by: -10 * 60 * second, wallNanos: wall0 + 12 * second)
        #expect(clock.eventTime == start)
        clock.seek(by: 10 * 60 * second + 1, wallNanos: wall0 + 12 * second)
        #expect(clock.eventTime == end)
        clock.seek(by: .min, wallNanos: wall0 + 12 * second)
        #expect(clock.eventTime == start)
        clock.seek(by: .max, wallNanos: wall0 + 12 * second)
        #expect(clock.isAtEnd)
        clock.toStart(wallNanos: wall0 + 20 * second)
        #expect(clock.tick(wallNanos: wall0 + 21 * second) == start + second)
        clock.seek(to: start - 5, wallNanos: wall0 + 21 * second)
        #expect(clock.eventTime == start)
        clock.toEnd(wallNanos: wall0 + 21 * second)
        #expect(clock.eventTime == end)
    }

    @Test func seekingWhilePausedStaysPaused() {
        var clock = startedClock()
        clock.togglePause(wallNanos: wall0)
        clock.seek(by: 60 * second, wallNanos: wall0 + second)
        #expect(clock.tick(wallNanos: wall0 + 30 * second) == start + 60 * second)
        #expect(clock.isPaused)
    }

    @Test func progressIsTheFractionOfTheLogBehind() {
        var clock = ReplayClock(eventStart: start, eventEnd: end, position: start + 150 * second)
        #expect(clock.progress == 0.25)
        clock.seek(to: start + 450 * second, wallNanos: wall0)
        #expect(clock.progress == 0.75)
        let single = ReplayClock(eventStart: start, eventEnd: start)
        #expect(single.progress == 1)
        #expect(single.isAtEnd)
        let swapped = ReplayClock(eventStart: end, eventEnd: start)
        #expect(swapped.eventStart == start && swapped.eventEnd == end)
    }

    @Test func settlingHoldsTheClockWhereTheSourceGot() {
        var clock = startedClock(speed: .max)
        clock.tick(wallNanos: wall0 + 1)
        clock.settle(at: start + 30 * second, wallNanos: wall0 + 1)
        #expect(clock.eventTime == start + 30 * second)
        clock.settle(at: end, wallNanos: wall0 + 1)
        #expect(clock.eventTime == start + 30 * second)
        #expect(clock.tick(wallNanos: wall0 + 2) == end)
    }

    @Test func wallTimeGoingBackwardsDoesNotMoveEventTimeBack() {
        var clock = startedClock()
        clock.tick(wallNanos: wall0 + 10 * second)
        #expect(clock.tick(wallNanos: wall0 - 10 * second) == start + 10 * second)
        #expect(clock.tick(wallNanos: .min) == start + 10 * second)
        #expect(clock.tick(wallNanos: .max) == end)
    }

    @Test func speedsDescribeThemselvesForTheHeader() {
        #expect(ReplaySpeed.factor(1).description == "×1")
        #expect(ReplaySpeed.factor(16).description == "×16")
        #expect(ReplaySpeed.factor(0.25).description == "×1/4")
        #expect(ReplaySpeed.factor(1.5).description == "×1.5")
        #expect(ReplaySpeed.max.description == "max")
    }
}
