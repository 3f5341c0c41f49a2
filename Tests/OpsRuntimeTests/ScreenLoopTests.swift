import Foundation
import OpsEngine
import OpsModel
import OpsRuntime
import OpsSources
import OpsUI
import Testing

/// The screen loop driven with an in-memory terminal and a test clock: keys in, frames out.
@Suite struct ScreenLoopTests {
    private static let timeout = SpanError(type: "Timeout", message: "upstream took too long")

    private static func twoTraces() -> [Span] {
        [
            ScreenHarness.span("t-ok", "a0", name: "answer", component: .query, at: 10, durationSeconds: 2),
            ScreenHarness.span("t-ok", "a1", parent: "a0", name: "chat ok", at: 10.5),
            ScreenHarness.span("t-late", "b0", name: "lookup", component: .query, at: 20, error: timeout),
            ScreenHarness.span("t-late", "b1", parent: "b0", name: "chat late", at: 20.1, error: timeout),
        ]
    }

    @Test func theFirstStepDrawsTheDashboardWithWhatTheFeedDelivered() {
        let screen = ScreenHarness()
        screen.deliver(Self.twoTraces())
        #expect(screen.step() == nil)
        #expect(screen.frameCount == 1)
        #expect(screen.screen.contains("LIVE"))
        #expect(
            screen.screen.contains("2026-01-01 12:01:00 UTC"), "the header clock is the test clock:\n\(screen.screen)")
        #expect(screen.screen.contains("2 of 4 spans"), "errors panel:\n\(screen.screen)")
        #expect(screen.screen.contains("chat late") || screen.screen.contains("lookup"))
    }

    @Test func nothingIsDrawnAgainUntilSomethingChanges() {
        let screen = ScreenHarness()
        screen.deliver(Self.twoTraces())
        screen.step()
        for _ in 0..<5 { screen.step() }
        #expect(screen.frameCount == 1, "idle steps drew frames")
        // An unbound key changes nothing either.
        screen.press(.char("Z"))
        #expect(screen.frameCount == 1)
        // A key that changes the screen is drawn at once, before the refresh interval is up.
        screen.press(.tab)
        #expect(screen.frameCount == 2)
    }

    @Test func pausingFreezesTheFiguresWhileDataKeepsArrivingAndResumingShowsIt() {
        let screen = ScreenHarness()
        screen.deliver(Self.twoTraces())
        screen.step()
        screen.press(.char("p"))
        #expect(screen.screen.contains("PAUSED"))
        #expect(screen.screen.contains("display paused; data keeps flowing in (p resumes)"))
        screen.deliver([
            ScreenHarness.span("t-more", "c0", name: "retry", component: .query, at: 40, error: Self.timeout),
            ScreenHarness.span("t-more", "c1", parent: "c0", name: "chat more", at: 40.2, error: Self.timeout),
        ])
        screen.wait(.milliseconds(1500))
        // A key redraws the screen: still from the frozen figures.
        let frames = screen.frameCount
        screen.press(.tab)
        #expect(screen.frameCount == frames + 1)
        #expect(screen.screen.contains("2 of 4 spans"), "figures moved while paused:\n\(screen.screen)")
        #expect(!screen.screen.contains("chat more") && !screen.screen.contains("retry"))
        screen.press(.char("p"))
        #expect(screen.screen.contains("LIVE"))
        #expect(screen.screen.contains("4 of 6 spans"), "resumed figures:\n\(screen.screen)")
        #expect(screen.screen.contains("display resumed"))
    }

    @Test func aChangedWindowWhilePausedFreezesTheNewWindowsFigures() {
        let screen = ScreenHarness()
        // A failed trace at 11:58:30: in the five-minute window ending at 12:01:00, not in the last minute.
        screen.deliver(
            Self.twoTraces() + [ScreenHarness.span("t-old", "o0", name: "old", at: -150, error: Self.timeout)])
        screen.step()
        #expect(screen.screen.contains("3 of 5 spans"))
        screen.press(.char("p"))
        screen.press(.char("1"))
        #expect(screen.screen.contains("PAUSED 1m"), "status bar:\n\(screen.screen)")
        #expect(screen.screen.contains("2 of 4 spans"), "the frozen figures kept the old window:\n\(screen.screen)")
        screen.press(.char("2"))
        #expect(screen.screen.contains("3 of 5 spans"))
    }

    @Test func aStatusMessageExpiresAfterTwoSecondsOfTicks() {
        let screen = ScreenHarness()
        screen.step()
        screen.press(.char("p"))
        let message = "display paused; data keeps flowing in (p resumes)"
        #expect(screen.screen.contains(message))
        screen.wait(.milliseconds(1500))
        #expect(screen.screen.contains(message), "gone before its time")
        screen.wait(.milliseconds(1000))
        #expect(!screen.screen.contains(message), "still shown after 2.5 s:\n\(screen.screen)")
        #expect(screen.screen.contains("PAUSED"))
    }

    @Test func anAlertThatStartsFiringFlashesForTwoSecondsAndRingsTheBellOnce() throws {
        var configuration = EngineConfiguration()
        configuration.dailyBudgetUSD = 0.001
        let screen = ScreenHarness(configuration: configuration, bell: true)
        screen.step()
        #expect(screen.screen.contains("no alerts"))
        #expect(screen.backend.bells == 0)
        screen.deliver(Self.twoTraces())
        // Alerts are evaluated on the engine's evaluation step: wait for the first frame that shows it.
        for _ in 0..<200 where !screen.screen.contains("FIRING") { screen.wait(.milliseconds(100)) }
        #expect(screen.screen.contains("FIRING"), "no alert firing:\n\(screen.screen)")
        #expect(try firingCellIsReversed(screen), "a newly firing alert does not flash")
        #expect(screen.backend.bells == 1)
        screen.wait(.milliseconds(1500))
        #expect(try firingCellIsReversed(screen))
        screen.wait(.milliseconds(1000))
        #expect(screen.screen.contains("FIRING"))
        #expect(try !firingCellIsReversed(screen), "still flashing after 2.6 s")
        #expect(screen.backend.bells == 1, "the bell rang again for the same alert")
    }

    /// Whether the first cell of `FIRING` in the alerts panel is drawn reversed.
    private func firingCellIsReversed(_ screen: ScreenHarness) throws -> Bool {
        let frame = try #require(screen.backend.frames.last)
        let lines = frame.lines
        let row = try #require(lines.firstIndex { $0.contains("FIRING") })
        let column = try #require(lines[row].range(of: "FIRING")).lowerBound
        let x = lines[row].distance(from: lines[row].startIndex, to: column)
        return frame[x, row].style.attributes.contains(.reverse)
    }

    @Test func drillsFromTheErrorsPanelIntoAListATraceAndASpanAndBack() {
        let screen = ScreenHarness()
        screen.deliver(Self.twoTraces())
        screen.step()
        // Cost → latency → errors; its first row is the transient category (Timeout).
        screen.press(.tab, .tab, .enter)
        #expect(screen.screen.contains("Failed traces"), "not a failed-trace list:\n\(screen.screen)")
        #expect(screen.screen.contains("lookup"))
        #expect(!screen.screen.contains("answer"), "a successful trace is listed:\n\(screen.screen)")
        screen.press(.enter)
        #expect(screen.screen.contains("Trace ·"), "no trace view:\n\(screen.screen)")
        #expect(screen.screen.contains("chat late"))
        screen.press(.down, .enter)
        #expect(screen.screen.contains("Span · chat late"), "no span detail:\n\(screen.screen)")
        screen.press(.escape)
        #expect(screen.screen.contains("Trace ·"))
        screen.press(.escape)
        #expect(screen.screen.contains("Failed traces"))
        screen.press(.escape)
        #expect(screen.screen.contains("Circuit breakers"))
    }

    @Test func theOpenTraceListPicksUpNewTracesWithinTwoSeconds() {
        let screen = ScreenHarness()
        screen.deliver(Self.twoTraces())
        screen.step()
        screen.press(.tab, .tab, .enter)
        #expect(screen.screen.contains("lookup") && !screen.screen.contains("retry"))
        screen.deliver([
            ScreenHarness.span("t-more", "c0", name: "retry", component: .query, at: 40, error: Self.timeout),
            ScreenHarness.span("t-more", "c1", parent: "c0", name: "chat more", at: 40.2, error: Self.timeout),
        ])
        screen.wait(.milliseconds(500))
        #expect(!screen.screen.contains("retry"), "recomputed before a second went by")
        // Recomputed on the first frame more than a second later: the header clock's next second.
        screen.wait(.milliseconds(1600))
        #expect(screen.screen.contains("retry"), "new trace not listed:\n\(screen.screen)")
    }

    @Test func yCopiesTheTraceIDAndWWritesTheTrace() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opstop-loop-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let screen = ScreenHarness(traceDirectory: directory.path)
        screen.deliver(Self.twoTraces())
        screen.step()
        screen.press(.tab, .tab, .enter, .enter)
        screen.press(.char("y"))
        #expect(screen.backend.clipboard == ["t-late"])
        #expect(screen.screen.contains("copied trace id t-late to the clipboard"))
        screen.press(.char("w"))
        let path = directory.appendingPathComponent("opstop-trace-t-late.json").path
        #expect(screen.screen.contains("wrote trace to"), "no message:\n\(screen.screen)")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains("chat late"))
    }

    @Test func aResizeRedrawsAtTheNewSize() {
        let screen = ScreenHarness()
        screen.deliver(Self.twoTraces())
        screen.step()
        screen.backend.resize(width: 60, height: 12)
        screen.step()
        let frame = screen.backend.frames.last
        #expect(frame?.width == 60 && frame?.height == 12)
        #expect(screen.loop.state.size == TerminalSize(width: 60, height: 12))
    }

    @Test func quittingEndsTheRunRestoresTheTerminalAndStopsTheSources() {
        let screen = ScreenHarness()
        screen.deliver(Self.twoTraces())
        screen.backend.pendingInput = [.success(.char("q"))]
        #expect(screen.loop.run() == 0)
        #expect(screen.backend.restoreCount == 1)
        #expect(screen.feed.logs.isClosed, "the driver was not stopped")
    }

    @Test(arguments: [(TerminalError.inputClosed, Int32(0)), (.terminated(signal: 15), 143), (.notATerminal("x"), 1)])
    func aTerminalThatGoesAwayEndsTheRunWithItsStatus(error: TerminalError, status: Int32) {
        let screen = ScreenHarness()
        screen.backend.pendingInput = [.failure(error)]
        #expect(screen.loop.run() == status)
        #expect(screen.backend.restoreCount == 1)
    }
}

/// A hostile trace id reaches the terminal's clipboard (OSC 52) only as visible symbols.
@Test func yOnAHostileTraceCopiesNoControlCharacters() {
    let screen = ScreenHarness()
    let hostile = "evil\u{1b}]52;c;cm0gLXJmIH4=\u{7}\u{1b}[2J"
    screen.deliver([ScreenHarness.span(hostile, "h0", name: "hostile", component: .query, at: 30)])
    screen.step()
    // Shift-Tab: from the cost panel back to the traces panel; its first row is the hostile trace.
    screen.press(.backTab, .enter)
    #expect(screen.screen.contains("Trace ·"), "no trace view:\n\(screen.screen)")
    screen.press(.char("y"))
    #expect(screen.backend.clipboard == ["evil␛]52;c;cm0gLXJmIH4=␇␛[2J"])
}

/// A log loading: the loop takes events in step after step without waiting for a frame or a key,
/// and waits again once the feed is empty.
@Test func whileALogLoadsTheLoopDoesNotWaitBetweenPumps() {
    let harness = ScreenHarness()
    let spans = (0..<120_000).map { index in
        ScreenHarness.span("t\(index)", "s\(index)", name: "chat", at: Double(index) / 1000)
    }
    harness.deliver(spans)
    harness.step()
    // 50 000 events a pump: two more steps take in the rest, neither waiting.
    harness.step()
    harness.step()
    harness.step()
    let waits = harness.backend.timeouts
    #expect(waits.count == 4)
    #expect(waits.prefix(3).allSatisfy { $0 == .zero }, "\(waits)")
    #expect(waits.last.map { $0 > .zero } == true, "\(waits)")
}
