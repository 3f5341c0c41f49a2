import Foundation
import OpsEngine
import OpsModel
import OpsRuntime
import OpsSources
import OpsUI
import Testing

/// `replay --speed max`: the driver plays the log while the loader indexes it.
@Suite struct ReplayPlayAheadDriverTests {
    /// One span a second from 12:00:00 (2026-01-01 UTC), every fifth written after the next one.
    private static func writeLog(seconds: Int) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opstop-play-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let start: Int64 = 1_767_268_800
        var order = Array(0..<seconds)
        for index in stride(from: 0, to: seconds - 1, by: 5) { order.swapAt(index, index + 1) }
        let lines = order.map { second in
            #"{"trace_id":"r\#(second)","span_id":"s","ts":\#(start + Int64(second)),"duration_ms":100,"component":"llm","model":"gpt-4o-mini","input_tokens":10,"output_tokens":1,"input":"q\#(second)","output":"a"}"#
        }
        let log = directory.appendingPathComponent("replay.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: log, atomically: true, encoding: .utf8)
        return log
    }

    /// Pumps until the driver has a session or a failure, at most 20 s; the pumps it took.
    @discardableResult
    private static func pumpUntilIndexed(_ driver: inout ReplayDriver) -> Int {
        let deadline = ContinuousClock.now + .seconds(20)
        var pumps = 0
        while driver.session == nil && driver.failure == nil && ContinuousClock.now < deadline {
            _ = driver.pump(wallNanos: 0, monotonicNanos: Int64(pumps) * 1_000_000)
            pumps += 1
        }
        return pumps
    }

    @Test func aFullSpeedReplayIsPlayedWhileIndexedAndStandsAtTheEnd() throws {
        let log = try Self.writeLog(seconds: 3_000)
        defer { try? FileManager.default.removeItem(at: log.deletingLastPathComponent()) }
        let loader = ReplayIndexLoader(path: log.path, workers: 2, playsAhead: true)
        var driver = ReplayDriver(
            loading: loader, name: "replay.jsonl", configuration: EngineConfiguration(), speed: .max, start: nil,
            eventsPerPump: 500)
        #expect(driver.hasBacklog)
        Self.pumpUntilIndexed(&driver)
        let session = try #require(driver.session)
        #expect(loader.playAhead?.isAbandoned == false)
        #expect(!driver.hasBacklog)
        #expect(session.appliedCount == 3_000)
        #expect(session.rebuilds == 0)
        #expect(driver.clock.isAtEnd)
        #expect(driver.sources.first?.health == .finished)
        var plain = try ReplaySession(path: log.path)
        plain.advance(to: plain.eventEnd)
        #expect(driver.store.spanCount == plain.store.spanCount)
        let (played, replayed) = (driver.store.snapshot(window: .all), plain.store.snapshot(window: .all))
        #expect(played.cost.totalUSD == replayed.cost.totalUSD)
        #expect(played.tokens.input == replayed.tokens.input)
        #expect(played.latency.byComponent.mapValues(\.p95Ms) == replayed.latency.byComponent.mapValues(\.p95Ms))
        #expect(played.alerts == replayed.alerts)
        // The spans' text is there for the trace view.
        let spans = driver.store.traces.newestFirst.compactMap { driver.store.traces[$0] }.flatMap(\.spans)
        #expect(spans.contains { $0.content?.input == "q2999" })
    }

    @Test func slowingDownBeforeThePlayTookAnythingReplaysFromTheStartAtTheNewPace() throws {
        let log = try Self.writeLog(seconds: 600)
        defer { try? FileManager.default.removeItem(at: log.deletingLastPathComponent()) }
        let loader = ReplayIndexLoader(path: log.path, workers: 2, playsAhead: true)
        var driver = ReplayDriver(
            loading: loader, name: "replay.jsonl", configuration: EngineConfiguration(), speed: .max, start: nil)
        driver.handle(.slower, monotonicNanos: 0)
        Self.pumpUntilIndexed(&driver)
        let session = try #require(driver.session)
        #expect(loader.playAhead?.isAbandoned == true)
        #expect(driver.clock.speed != .max)
        #expect(session.appliedCount < 600, "a slowed replay went to the end")
        #expect(driver.clock.eventTime < session.eventEnd)
    }

    @Test func aReplayAtItsPaceIsNotPlayedAhead() throws {
        let log = try Self.writeLog(seconds: 60)
        defer { try? FileManager.default.removeItem(at: log.deletingLastPathComponent()) }
        let loader = ReplayIndexLoader(path: log.path, workers: 0, playsAhead: true)
        var driver = ReplayDriver(
            loading: loader, name: "replay.jsonl", configuration: EngineConfiguration(), speed: .factor(1), start: nil)
        Self.pumpUntilIndexed(&driver)
        #expect(driver.session != nil)
        #expect(loader.playAhead?.isAbandoned == true)
        #expect(driver.store.spanCount <= 1)
    }
}
