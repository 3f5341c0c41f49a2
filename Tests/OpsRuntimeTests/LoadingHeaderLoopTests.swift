import Foundation
import OpsEngine
import OpsModel
import OpsRuntime
import OpsSources
import OpsUI
import Testing

/// The header says `loading …` while a followed log catches up, keys work meanwhile, and the
/// normal header comes back once the screen has taken in the last of what the log held at start.
@Test func theHeaderShowsLoadingUntilTheScreenHasTakenTheLogInThenTheNormalHeader() {
    let screen = ScreenHarness()
    func status(read: Int, loading: Bool) -> SourceStatus {
        var status = SourceStatus(name: "spans.jsonl", health: .live, bytesRead: read)
        status.loadingTotal = loading ? 2_000_000 : nil
        return status
    }
    func spans(_ range: Range<Int>) -> [Span] {
        range.map { ScreenHarness.span("t\($0)", "s\($0)", name: "chat", at: Double($0) / 10_000) }
    }
    func frame() {
        screen.clock.advance(by: .milliseconds(300))
        screen.step()
    }
    screen.deliver(spans(0..<10))
    screen.feed.statuses.report(status(read: 1_000_000, loading: true))
    frame()
    #expect(screen.screen.contains("loading 50 % · 1 MB of 2 MB"), "\(screen.screen)")
    #expect(screen.screen.contains("LIVE"))

    // Keys work while loading.
    screen.press(.char("p"))
    #expect(screen.screen.contains("PAUSED") && screen.screen.contains("loading 50 %"), "\(screen.screen)")
    screen.press(.char("p"))
    #expect(screen.screen.contains("LIVE"))

    // The source read the rest: more events than one pump takes in.
    screen.deliver(spans(10..<60_010))
    screen.feed.statuses.report(status(read: 2_000_000, loading: false))
    frame()
    #expect(screen.screen.contains("loading 100 % · 2 MB of 2 MB"), "still taking events in:\n\(screen.screen)")
    frame()
    #expect(screen.screen.contains("loading 100 %"), "\(screen.screen)")
    frame()
    #expect(!screen.screen.contains("loading"), "caught up:\n\(screen.screen)")
    #expect(screen.screen.contains("LIVE"))

    // Appends after the load never bring the loading header back.
    screen.deliver(spans(60_010..<120_010))
    frame()
    frame()
    #expect(!screen.screen.contains("loading"), "\(screen.screen)")
}

/// While a log loads, frames come at most four times a second whatever the refresh (each costs the
/// engine's thread what it would spend taking events in); the frame that ends the load comes at once.
@Test func whileLoadingFramesComeFourTimesASecondAndTheEndOfTheLoadAtOnce() {
    let screen = ScreenHarness(refreshMillis: 100)
    var next = 0
    func deliver(_ count: Int) {
        screen.deliver((next..<next + count).map { ScreenHarness.span("t\($0)", "s\($0)", name: "chat", at: Double($0) / 1_000) })
        next += count
    }
    func status(read: Int, loading: Bool) -> SourceStatus {
        var status = SourceStatus(name: "spans.jsonl", health: .live, bytesRead: read)
        status.loadingTotal = loading ? 2_000_000 : nil
        return status
    }
    deliver(10)
    screen.feed.statuses.report(status(read: 1_000_000, loading: true))
    screen.step()
    #expect(screen.screen.contains("loading 50 %"), "\(screen.screen)")
    let first = screen.frameCount
    // New events every 100 ms: no frame before 250 ms have passed.
    for _ in 0..<2 {
        screen.clock.advance(by: .milliseconds(100))
        deliver(10)
        screen.step()
    }
    #expect(screen.frameCount == first)
    screen.clock.advance(by: .milliseconds(50))
    deliver(10)
    screen.step()
    #expect(screen.frameCount == first + 1)
    // The load ends 10 ms later: the screen takes its last events in, then draws the end of the load at once.
    screen.clock.advance(by: .milliseconds(10))
    deliver(10)
    screen.feed.statuses.report(status(read: 2_000_000, loading: false))
    screen.step()
    screen.step()
    #expect(screen.frameCount == first + 2)
    #expect(!screen.screen.contains("loading"), "caught up:\n\(screen.screen)")
    // Loaded, the screen draws at its refresh again.
    screen.clock.advance(by: .milliseconds(100))
    deliver(10)
    screen.step()
    #expect(screen.frameCount == first + 3)
}

/// With a load-time log (the load benchmark's), the screen writes when it drew its first frame and
/// its first frame once nothing loads, in milliseconds since the process started, as soon as the
/// load is over.
@Test func theLoadTimeLogSaysWhenTheFirstFrameAndTheLoadedFrameWereDrawn() throws {
    let path = "/tmp/opstop-load-time-\(UInt64.random(in: 0...UInt64.max)).txt"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let started = Int64(1_000_000_000_000) - 40_000_000  // the harness's clock starts 40 ms after "the process"
    let screen = ScreenHarness(loadTimeLog: LoadTimeLog(path: path, startNanos: started))
    func status(read: Int, loading: Bool) -> SourceStatus {
        var status = SourceStatus(name: "spans.jsonl", health: .live, bytesRead: read)
        status.loadingTotal = loading ? 2_000_000 : nil
        return status
    }
    screen.deliver([ScreenHarness.span("t0", "s0", name: "chat", at: 0)])
    screen.feed.statuses.report(status(read: 1_000_000, loading: true))
    screen.step()
    #expect(screen.screen.contains("loading 50 %"), "\(screen.screen)")
    #expect(!FileManager.default.fileExists(atPath: path), "written before the load was over")
    screen.clock.advance(by: .milliseconds(300))
    screen.feed.statuses.report(status(read: 2_000_000, loading: false))
    screen.step()
    screen.step()
    #expect(!screen.screen.contains("loading"), "\(screen.screen)")
    let written = try String(contentsOfFile: path, encoding: .utf8)
    #expect(written == "first-frame-ms 40.0\nloaded-ms 340.0\n")
}
