import OpsEngine
import OpsModel
import OpsRuntime
import OpsSources
import OpsUI
import Testing

/// A screen takes events in several times a frame while a log loads; the second buckets' waiting
/// changes are applied once, before a frame reads them, not after every pump.
@Suite("Settling once a frame")
struct FrameSettleTests {
    static let now = ScreenHarness.base + 60 * 1_000_000_000

    static func spans(_ range: Range<Int>) -> [Span] {
        range.map { ScreenHarness.span("t\($0)", "s\($0)", name: "chat", at: 20 + Double($0), durationSeconds: 0.1 * Double($0 % 7)) }
    }

    @Test func aPumpLeavesTheChangesWaitingAndPreparingTheFrameAppliesThem() {
        let feed = EventFeed()
        var driver = LiveDriver(configuration: EngineConfiguration(), inbox: feed) {}
        feed.logs.put(contentsOf: Self.spans(0..<30).map(Event.span))
        _ = driver.pump(wallNanos: Self.now, monotonicNanos: 0)
        #expect(driver.store.waitingSecondChanges == 30)
        let read = driver.snapshot(window: .oneMinute)
        driver.prepareToDraw()
        #expect(driver.store.waitingSecondChanges == 0)
        // Read before or after, and as a store settled at every event would show them.
        var reference = MetricsStore()
        for span in Self.spans(0..<30) {
            reference.ingest(.span(span))
            reference.advance(to: reference.now)
        }
        reference.advance(to: Self.now)
        let expected = reference.snapshot(window: .oneMinute)
        #expect(read.spans == 30)
        #expect(Self.figures(read) == Self.figures(expected))
        #expect(Self.figures(driver.snapshot(window: .oneMinute)) == Self.figures(expected))
    }

    /// What a minute's second buckets give: rate, cost, tokens and latencies.
    static func figures(_ snapshot: MetricsSnapshot) -> String {
        let latency = snapshot.latency.byComponent.sorted { $0.key.rawValue < $1.key.rawValue }
        return "\(snapshot.spansPerSecond) \(snapshot.cost.windowUSD) \(snapshot.tokens) \(latency) \(snapshot.latency.byModel)"
    }

    @Test func theScreenPreparesEachFrameOnceBeforeItDraws() {
        let feed = EventFeed()
        let frames = PreparedFrames()
        let clock = TestClock(wallNanos: Self.now)
        let backend = InMemoryBackend(width: 120, height: 40)
        let loop = ScreenLoop(
            driver: FrameCounting(live: LiveDriver(configuration: EngineConfiguration(), inbox: feed) {}, frames: frames),
            backend: backend, clock: clock, themes: Theme.builtIn, ascii: false, refreshMillis: 100, bell: false,
            traceDirectory: "/tmp", loadTimeLog: nil)
        for second in 0..<5 {
            feed.logs.put(contentsOf: Self.spans(second * 10..<second * 10 + 10).map(Event.span))
            clock.advance(by: .milliseconds(150))
            _ = loop.step()
        }
        #expect(backend.frames.count >= 2)
        #expect(frames.prepared == backend.frames.count)
        #expect(frames.waitingWhenPrepared == 0)
    }
}

/// What ``FrameCounting`` saw, shared with the test.
private final class PreparedFrames: @unchecked Sendable {
    var prepared = 0
    /// Changes still waiting after a frame was prepared, summed over frames.
    var waitingWhenPrepared = 0
}

/// A live driver counting the frames it is prepared for.
private struct FrameCounting: EngineDriver {
    var live: LiveDriver
    let frames: PreparedFrames

    var store: MetricsStore { live.store }
    var sources: [SourceLine] { live.sources }
    var mode: ClockMode { live.mode }
    var dataVersion: Int { live.dataVersion }
    var hasBacklog: Bool { live.hasBacklog }

    mutating func pump(wallNanos: Int64, monotonicNanos: Int64) -> Bool {
        live.pump(wallNanos: wallNanos, monotonicNanos: monotonicNanos)
    }

    mutating func handle(_ command: ReplayCommand, monotonicNanos: Int64) {
        live.handle(command, monotonicNanos: monotonicNanos)
    }

    func stop() { live.stop() }

    mutating func prepareToDraw() {
        live.prepareToDraw()
        frames.prepared += 1
        frames.waitingWhenPrepared += live.store.waitingSecondChanges
    }
}
