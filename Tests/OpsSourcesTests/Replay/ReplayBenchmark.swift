import Foundation
import OpsDemo
import OpsSources
import Testing
import OpsEngine
import OpsModel

/// Timings of the index pass, a full replay and a seek back; run with `OPSTOP_BENCH_SPANS=100000`.
@Suite("ReplayBenchmark", .enabled(if: ProcessInfo.processInfo.environment["OPSTOP_BENCH_SPANS"] != nil))
struct ReplayBenchmark {
    @Test func indexReplayAndSeekTimings() throws {
        let spans = Int(ProcessInfo.processInfo.environment["OPSTOP_BENCH_SPANS"] ?? "") ?? 100_000
        var generator = DemoGenerator(seed: 1, start: ReplayFixture.start, minutes: 1)
        var bytes: [UInt8] = []
        generator.write(spans: spans, into: &bytes)
        let fixture = ReplayFixture(bytes: bytes)
        defer { fixture.remove() }
        let clock = ContinuousClock()
        func time<T>(_ what: String, _ body: () throws -> T) rethrows -> T {
            let started = clock.now
            let result = try body()
            print("bench \(what): \(clock.now - started)")
            return result
        }
        print("bench file: \(bytes.count) bytes, \(generator.linesWritten) lines")
        let index = try time("index") { try ReplayIndex(path: fixture.path) }
        var session = try ReplaySession(index: index)
        let middle = session.eventStart + (session.eventEnd - session.eventStart) / 2
        time("replay to the end") { session.advance(to: session.eventEnd) }
        time("seek back to the middle") { session.advance(to: middle) }
        time("one frame forward (+1 s)") { session.advance(to: middle + 1_000_000_000) }
        _ = time("snapshot") { session.store.snapshot(window: .fiveMinutes) }
        _ = time("report-style ingest") { fixture.reportStore() }
        #expect(session.unreadableLines == 0)
    }
}
