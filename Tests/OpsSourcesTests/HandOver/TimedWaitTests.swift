import Foundation
import OpsSources
import Testing

/// Timed waits that a put or a stop ends at once: `Inbox.drain(waitingAtMost:)` and `StopSignal`.
///
/// The waits are long (a minute) so that returning at all proves the wake-up; `Background`'s
/// ten-second limit only stops a broken build from hanging the suite.
@Suite("Timed waits")
struct TimedWaitTests {
    @Test func aTimedDrainReturnsWhatIsWaitingWithoutWaiting() {
        let inbox = Inbox<Int>(capacity: 4, policy: .block)
        inbox.put(contentsOf: [1, 2])
        #expect(inbox.drain(waitingAtMost: .seconds(60)) == [1, 2])
    }

    @Test func aTimedDrainIsWokenByAPut() {
        let inbox = Inbox<Int>(capacity: 4, policy: .refuse)
        let consumer = Background { inbox.drain(waitingAtMost: .seconds(60)) }
        #expect(until { inbox.consumersWaiting == 1 })
        inbox.put(contentsOf: [7, 8])
        #expect(consumer.result() == [7, 8])
        #expect(inbox.consumersWaiting == 0)
    }

    @Test func aTimedDrainIsWokenByClose() {
        let inbox = Inbox<Int>(capacity: 4, policy: .block)
        let consumer = Background { inbox.drain(waitingAtMost: .seconds(60)) }
        #expect(until { inbox.consumersWaiting == 1 })
        inbox.close()
        #expect(consumer.result() == [])
    }

    @Test func aTimedDrainWithNothingComingReturnsEmptyOnceTheTimeIsUp() {
        let inbox = Inbox<Int>(capacity: 4, policy: .block)
        let start = MonotonicTime.nanos()
        #expect(inbox.drain(waitingAtMost: .milliseconds(30)).isEmpty)
        #expect(MonotonicTime.nanos() - start >= 30_000_000)
        #expect(inbox.drain(waitingAtMost: .zero).isEmpty)
    }

    @Test func aStopWakesAThreadWaitingForItsDeadline() {
        let signal = StopSignal()
        let sleeper = Background { signal.wait(for: .seconds(60)) }
        #expect(until { signal.waiting == 1 })
        signal.stop()
        #expect(sleeper.result() == true)
        #expect(signal.isStopped)
        // A wait begun after the stop returns at once.
        #expect(signal.wait(for: .seconds(60)) == true)
    }

    @Test func aWaitWithoutAStopLastsUntilItsDeadline() {
        let signal = StopSignal()
        let start = MonotonicTime.nanos()
        #expect(signal.wait(untilMonotonic: start + 30_000_000) == false)
        #expect(MonotonicTime.nanos() - start >= 30_000_000)
    }

    @Test func durationsConvertToNanosecondsAndSaturate() {
        #expect(Duration.milliseconds(1500).nanoseconds == 1_500_000_000)
        #expect(Duration.nanoseconds(7).nanoseconds == 7)
        #expect(Duration.seconds(Int64.max).nanoseconds == .max)
        #expect(Duration.seconds(Int64.min).nanoseconds == .min)
    }
}
