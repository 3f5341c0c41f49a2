import Testing

@testable import OpsEngine

private let second: Int64 = 1_000_000_000

@Test func scrapesEveryIntervalWhileTheTargetAnswers() {
    var schedule = ScrapeSchedule(intervalNanos: 2 * second, startNanos: 100 * second)
    #expect(schedule.nextAttemptNanos == 100 * second)
    schedule.succeeded(startedAt: 100 * second, endedAt: 100 * second + 300_000_000)
    #expect(schedule.nextAttemptNanos == 102 * second)
    // A scrape slower than the interval: the next starts as soon as it ends.
    schedule.succeeded(startedAt: 102 * second, endedAt: 105 * second)
    #expect(schedule.nextAttemptNanos == 105 * second)
}

@Test func failuresBackOffDoublingUpToThirtySecondsAndResetOnSuccess() {
    var schedule = ScrapeSchedule(intervalNanos: 2 * second, startNanos: 0)
    var now: Int64 = 0
    var delays: [Int64] = []
    for _ in 0..<7 {
        schedule.failed(endedAt: now)
        delays.append((schedule.nextAttemptNanos - now) / second)
        now = schedule.nextAttemptNanos
    }
    #expect(delays == [4, 8, 16, 30, 30, 30, 30])
    #expect(schedule.consecutiveFailures == 7)
    schedule.succeeded(startedAt: now, endedAt: now + 1)
    #expect(schedule.consecutiveFailures == 0)
    #expect(schedule.nextAttemptNanos == now + 2 * second)
}

@Test func retriesAfterAFailureNeverWaitMoreThanThirtySeconds() {
    var schedule = ScrapeSchedule(intervalNanos: 60 * second, startNanos: 0)
    schedule.failed(endedAt: 0)
    #expect(schedule.nextAttemptNanos == 30 * second)
}
