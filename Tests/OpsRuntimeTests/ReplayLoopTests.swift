import Foundation
import OpsEngine
import OpsModel
import OpsRuntime
import OpsSources
import OpsUI
import Testing

/// A replay on the screen loop: the replay's clock follows the injected clock, so a test moves it.
@Suite struct ReplayLoopTests {
    /// One span a second from 12:00:00 on (2026-01-01 UTC), each trace of its own: a minute by default.
    private static func writeLog(seconds: Int = 60) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opstop-replay-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let start = ScreenHarness.base / 1_000_000_000
        let lines = (0..<seconds).map { second in
            #"{"trace_id":"r\#(second)","span_id":"s","ts":\#(start + Int64(second)),"duration_ms":100,"component":"llm","model":"gpt-4o-mini","input_tokens":10,"output_tokens":1}"#
        }
        let log = directory.appendingPathComponent("replay.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: log, atomically: true, encoding: .utf8)
        return log
    }

    /// Steps the loop every 100 ms of the test clock for `duration`.
    private static func run(_ loop: ScreenLoop, clock: TestClock, for duration: Duration) {
        var left = duration
        while left > .zero {
            clock.advance(by: .milliseconds(100))
            left -= .milliseconds(100)
            _ = loop.step()
        }
    }

    @Test func theReplayMovesWithTheClockPausesOnSpaceAndJumpsToTheEndOnG() throws {
        let log = try Self.writeLog()
        defer { try? FileManager.default.removeItem(at: log.deletingLastPathComponent()) }
        let session = try ReplaySession(path: log.path, configuration: EngineConfiguration())
        let clock = TestClock(wallNanos: ScreenHarness.base + 3_600_000_000_000)
        let backend = InMemoryBackend(width: 120, height: 40)
        let loop = ScreenLoop(
            driver: ReplayDriver(session: session, name: "replay.jsonl", speed: .factor(1), start: nil),
            backend: backend, clock: clock, themes: Theme.builtIn, ascii: false, refreshMillis: 100, bell: false)
        func screen() -> String { backend.lines.joined(separator: "\n") }
        func wait(_ duration: Duration) { Self.run(loop, clock: clock, for: duration) }
        func press(_ key: Key) {
            backend.pendingInput.append(.success(key))
            _ = loop.step()
        }
        _ = loop.step()
        #expect(screen().contains("REPLAY"))
        wait(.seconds(10))
        #expect(screen().contains("12:00:10"), "ten seconds of the test clock are ten of the replay:\n\(screen())")
        press(.char(" "))
        #expect(screen().contains("⏸"))
        wait(.seconds(5))
        #expect(screen().contains("12:00:10"), "the paused replay moved:\n\(screen())")
        press(.char(" "))
        wait(.seconds(5))
        #expect(screen().contains("12:00:15"))
        press(.char("G"))
        wait(.milliseconds(200))
        #expect(screen().contains("12:00:59"), "G did not reach the end:\n\(screen())")
    }

    @Test func aJumpLongerThanAFramesWorthKeepsItsPlaceWhileTheReplayCatchesUp() throws {
        let log = try Self.writeLog(seconds: 600)
        defer { try? FileManager.default.removeItem(at: log.deletingLastPathComponent()) }
        let session = try ReplaySession(path: log.path, configuration: EngineConfiguration())
        let clock = TestClock(wallNanos: ScreenHarness.base + 3_600_000_000_000)
        let backend = InMemoryBackend(width: 120, height: 40)
        // 20 events a frame: starting at 12:05:00 takes 15 frames, a minute back (a rebuild) 12.
        let driver = ReplayDriver(
            session: session, name: "replay.jsonl", speed: .factor(1), start: ScreenHarness.base + 300_000_000_000,
            eventsPerPump: 20)
        let loop = ScreenLoop(
            driver: driver, backend: backend, clock: clock, themes: Theme.builtIn, ascii: false, refreshMillis: 100,
            bell: false)
        func screen() -> String { backend.lines.joined(separator: "\n") }
        func wait(_ duration: Duration) { Self.run(loop, clock: clock, for: duration) }
        wait(.seconds(3))
        #expect(screen().contains("12:05:0"), "the replay did not reach its start time:\n\(screen())")
        backend.pendingInput.append(.success(.char("[")))
        wait(.seconds(2))
        #expect(screen().contains("12:04:0"), "a minute back did not land a minute back:\n\(screen())")
    }

    /// At full speed the session is behind its clock until the log's end: the loop is told to pump
    /// again at once (a backlog) instead of taking `eventsPerPump` events a frame; at the pace of the
    /// log, caught up, it waits for its frames.
    @Test func aFullSpeedReplayHasABacklogUntilItsEnd() throws {
        let log = try Self.writeLog(seconds: 100)
        defer { try? FileManager.default.removeItem(at: log.deletingLastPathComponent()) }
        var fast = ReplayDriver(
            session: try ReplaySession(path: log.path, configuration: EngineConfiguration()), name: "replay.jsonl",
            speed: .max, start: nil, eventsPerPump: 30)
        var backlogs: [Bool] = []
        var applied: [Int] = []
        for pump in 1...5 {
            _ = fast.pump(wallNanos: 0, monotonicNanos: Int64(pump) * 1_000_000)
            backlogs.append(fast.hasBacklog)
            applied.append(fast.session?.appliedCount ?? -1)
        }
        // The first pump anchors the clock at the log's first event; then 30 events a pump to the end.
        #expect(applied == [1, 31, 61, 91, 100])
        #expect(backlogs == [false, true, true, true, false])
        var paced = ReplayDriver(
            session: try ReplaySession(path: log.path, configuration: EngineConfiguration()), name: "replay.jsonl",
            speed: .factor(1), start: nil, eventsPerPump: 30)
        for second in 0..<3 {
            _ = paced.pump(wallNanos: 0, monotonicNanos: Int64(second) * 1_000_000_000)
            #expect(!paced.hasBacklog)
        }
    }

    /// Pumps until the driver has a session or a failure (the loader's thread is done), at most 10 s.
    private static func pumpUntilIndexed(_ driver: inout ReplayDriver) {
        let deadline = ContinuousClock.now + .seconds(10)
        while driver.session == nil && driver.failure == nil && ContinuousClock.now < deadline {
            _ = driver.pump(wallNanos: 0, monotonicNanos: 0)
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    @Test func whileTheLogIsIndexedTheScreenShowsHowFarAndTakesThePaceKeys() throws {
        let log = try Self.writeLog(seconds: 120)
        defer { try? FileManager.default.removeItem(at: log.deletingLastPathComponent()) }
        let loader = ReplayIndexLoader(path: log.path, workers: 2)
        var driver = ReplayDriver(
            loading: loader, name: "replay.jsonl", configuration: EngineConfiguration(), speed: .factor(1), start: nil)
        // Before the first pump takes the index, the source line says the log is loading.
        let line = try #require(driver.sources.first)
        #expect(line.loading?.totalBytes == Int(loader.totalBytes))
        #expect(line.health == .live)
        #expect(driver.store.spanCount == 0)
        driver.handle(.togglePause, monotonicNanos: 0)
        driver.handle(.faster, monotonicNanos: 0)
        driver.handle(.toEnd, monotonicNanos: 0)
        Self.pumpUntilIndexed(&driver)
        let session = try #require(driver.session)
        #expect(driver.sources.first?.loading == nil)
        #expect(loader.bytesScanned == loader.totalBytes)
        // The pace set while indexing holds; the jump to the end was made once the log was indexed.
        #expect(driver.clock.isPaused)
        #expect(driver.clock.speed == .factor(2))
        #expect(driver.clock.eventTime == session.eventEnd)
        #expect(driver.store.spanCount == 120)
        #expect(session.index.count == 120)
    }

    @Test func aLogWithoutEventsSaysSoOnItsSourceLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opstop-replay-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let log = directory.appendingPathComponent("empty.jsonl")
        try "not json\n".write(to: log, atomically: true, encoding: .utf8)
        var driver = ReplayDriver(
            loading: ReplayIndexLoader(path: log.path, workers: 0), name: "empty.jsonl",
            configuration: EngineConfiguration(), speed: .factor(1), start: nil)
        Self.pumpUntilIndexed(&driver)
        #expect(driver.session == nil)
        let line = try #require(driver.sources.first)
        #expect(line.health == .failed)
        #expect(line.detail == "no events to replay (1 malformed lines); check it with 'opstop report \(log.path)'")
    }
}
