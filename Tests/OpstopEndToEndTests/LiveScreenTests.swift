import Foundation
import Testing

/// A generated log that ends now (the live screen's windows end at wall time).
private func generatedLog(minutes: Int = 10, seed: Int = 5) throws -> URL {
    let directory = try OpstopBinary.temporaryDirectory()
    let log = directory.appendingPathComponent("demo.jsonl")
    let result = try OpstopBinary.run([
        "demo", "--write", log.path, "--minutes", String(minutes), "--seed", String(seed),
    ])
    #expect(result.status == 0, "demo --write failed: \(result.stderr)")
    return log
}

private func shellQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

private let panelTitles = ["Cost", "Latency", "Errors", "Circuit breakers", "Alerts", "Traces"]

/// Waits until the demo log's incident is on screen (its breaker row), then a moment more for the rest of the file.
private func waitForLoadedDemo(_ tmux: Tmux) throws {
    try tmux.waitFor(seconds: 20) { $0.contains("cancel_order") && $0.contains("invoke_agent") }
    usleep(1_500_000)
}

@Suite(.serialized) struct LiveScreenTests {
    @Test func dashboardShowsEveryPanelAndDrillsFromErrorsIntoAFailedTraceAndSpan() throws {
        let log = try generatedLog()
        let tmux = try Tmux(command: "\(shellQuoted(OpstopBinary.path)) \(shellQuoted(log.path)) --from start")
        var screen = try tmux.waitFor { screen in
            panelTitles.allSatisfy { screen.contains($0) } && screen.contains("LIVE")
        }
        for title in panelTitles { #expect(screen.contains(title), "missing panel \(title) in:\n\(screen)") }
        try waitForLoadedDemo(tmux)
        // Window "all", focus the errors panel (cost → latency → errors), the system row.
        try tmux.send("5")
        try tmux.send("Tab")
        try tmux.send("Tab")
        try tmux.send("Down")
        try tmux.send("Down")
        try tmux.send("Enter")
        screen = try tmux.waitForSettled(text: "system errors")
        #expect(screen.contains("Failed traces"), "not a failed-trace list:\n\(screen)")
        try tmux.send("Enter")
        screen = try tmux.waitForSettled(text: "Trace ·")
        #expect(
            screen.contains("waterfall") && screen.contains("execute_tool"), "trace view lacks its spans:\n\(screen)")
        // Find the failing tool span (the demo's cache and guardrail spans come before it) and open it.
        try tmux.send("/")
        try tmux.type("component:tool status:error")
        try tmux.send("Enter")
        try tmux.waitFor(text: "matching spans")
        try tmux.send("Enter")
        screen = try tmux.waitForSettled(text: "Span ·")
        #expect(screen.contains("component") && screen.contains("tool"), "span detail missing:\n\(screen)")
        try tmux.send("Escape")
        screen = try tmux.waitFor(text: "Trace ·")
        try tmux.send("Escape")
        screen = try tmux.waitFor(text: "Failed traces")
        try tmux.send("Escape")
        screen = try tmux.waitFor { screen in panelTitles.allSatisfy { screen.contains($0) } }
        #expect(screen.contains("Circuit breakers"))
        try tmux.send("q")
        screen = try tmux.waitFor(text: "opstop-exit-status=")
        #expect(try tmux.exitStatus() == 0)
        // The terminal is restored: the dashboard is gone, the shell's line is on a clean screen.
        #expect(!screen.contains("Circuit breakers"), "screen not restored:\n\(screen)")
    }

    @Test func filterPromptNarrowsTheTraceList() throws {
        let log = try generatedLog()
        let tmux = try Tmux(
            command: "\(shellQuoted(OpstopBinary.path)) \(shellQuoted(log.path)) --from start --window all")
        try waitForLoadedDemo(tmux)
        try tmux.send("/")
        try tmux.type("status:error tool:cancel_order")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Traces / status:error tool:cancel_order")
        // tmux may capture a frame half drawn (the list's top over the dashboard's old rows): give
        // the frame time to finish before judging it.
        let screen = try tmux.waitFor(seconds: 5) {
            $0.contains("Traces / status:error tool:cancel_order") && !$0.contains("✓ ok")
        }
        #expect(
            screen.contains("circuit_open") || screen.contains("db_connection_lost"),
            "filtered list shows no failures:\n\(screen)")
        #expect(!screen.contains("✓ ok"), "filter let successful traces through:\n\(screen)")
        try tmux.send("q")
        try tmux.waitFor(text: "opstop-exit-status=")
    }

    @Test func followedFileCountsMoveThroughAppendRotationAndTruncation() throws {
        let directory = try OpstopBinary.temporaryDirectory()
        let log = directory.appendingPathComponent("app.jsonl")
        #expect(FileManager.default.createFile(atPath: log.path, contents: nil))
        let tmux = try Tmux(command: "\(shellQuoted(OpstopBinary.path)) \(shellQuoted(log.path)) --from start")
        try tmux.waitFor(text: "Errors")
        func line(_ id: Int, error: Bool = false) -> String {
            let ts = String(format: "%.3f", Date().timeIntervalSince1970 - 1)
            let failure = error ? #","error_type":"RateLimitError""# : ""
            return
                #"{"trace_id":"t\#(id)","span_id":"s\#(id)","ts":\#(ts),"duration_ms":250,"component":"llm","model":"gpt-4o-mini","input_tokens":100,"output_tokens":10\#(failure)}"#
                + "\n"
        }
        func append(_ text: String, to url: URL) throws {
            let handle = try FileHandle(forWritingTo: url)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        }
        try append(line(1) + line(2) + line(3, error: true), to: log)
        var screen = try tmux.waitFor(text: "1 of 3 spans")
        #expect(screen.contains("1 of 3 spans"), "appended lines not counted:\n\(screen)")
        // Rotation: rename, then a new file at the path.
        try FileManager.default.moveItem(at: log, to: directory.appendingPathComponent("app.jsonl.1"))
        try (line(4) + line(5)).write(to: log, atomically: false, encoding: .utf8)
        screen = try tmux.waitFor(text: "of 5 spans")
        #expect(screen.contains("1 of 5 spans"), "rotated file not followed:\n\(screen)")
        // copytruncate: the file shrinks to nothing, then grows again.
        try Data().write(to: log)
        usleep(300_000)
        try append(line(6, error: true), to: log)
        screen = try tmux.waitFor(text: "2 of 6 spans")
        #expect(screen.contains("2 of 6 spans"), "truncated file not re-read:\n\(screen)")
        try tmux.send("q")
        try tmux.waitFor(text: "opstop-exit-status=")
    }

    @Test func pausingTheDisplayFreezesFiguresWhileDataKeepsArriving() throws {
        let directory = try OpstopBinary.temporaryDirectory()
        let log = directory.appendingPathComponent("app.jsonl")
        #expect(FileManager.default.createFile(atPath: log.path, contents: nil))
        let tmux = try Tmux(command: "\(shellQuoted(OpstopBinary.path)) \(shellQuoted(log.path)) --from start")
        try tmux.waitFor(text: "Errors")
        func lines(_ ids: ClosedRange<Int>) -> String {
            let ts = String(format: "%.3f", Date().timeIntervalSince1970 - 1)
            return ids.map { id in
                #"{"trace_id":"p\#(id)","span_id":"s","ts":\#(ts),"duration_ms":100,"component":"llm","model":"gpt-4o-mini","error_type":"Timeout"}"# + "\n"
            }.joined()
        }
        let handle = try FileHandle(forWritingTo: log)
        try handle.write(contentsOf: Data(lines(1...3).utf8))
        try tmux.waitFor(text: "3 of 3 spans")
        try tmux.send("p")
        try tmux.waitFor(text: "PAUSED")
        try handle.write(contentsOf: Data(lines(4...5).utf8))
        usleep(1_500_000)
        var screen = try tmux.capture()
        #expect(screen.contains("3 of 3 spans"), "figures moved while the display was paused:\n\(screen)")
        try tmux.send("p")
        screen = try tmux.waitFor(text: "5 of 5 spans")
        #expect(screen.contains("LIVE"))
        try handle.close()
        try tmux.send("q")
        try tmux.waitFor(text: "opstop-exit-status=")
    }

    @Test func replayPausesSeeksAndJumpsToTheEnd() throws {
        let log = try generatedLog(minutes: 12)
        let tmux = try Tmux(command: "\(shellQuoted(OpstopBinary.path)) replay \(shellQuoted(log.path)) --speed 1")
        var screen = try tmux.waitFor(text: "REPLAY")
        try tmux.send("Space")
        screen = try tmux.waitFor(text: "⏸")
        let paused = screen
        try tmux.send("]")
        screen = try tmux.waitFor { $0 != paused }
        #expect(screen.contains("REPLAY"))
        try tmux.send("G")
        screen = try tmux.waitFor(text: "100%")
        #expect(screen.contains("100%"), "G did not reach the end:\n\(screen)")
        try tmux.send("0")
        screen = try tmux.waitFor(text: "0%")
        try tmux.send("q")
        try tmux.waitFor(text: "opstop-exit-status=")
        #expect(try tmux.exitStatus() == 0)
    }

    /// `--read-ahead 2` plays the same log to the same final screen as the screen's thread alone.
    /// At full speed the log is played while it is indexed; at a factor it is read back from the
    /// index, with or without read-ahead workers: all end on the same figures (the header and status
    /// lines, which say the speed, aside).
    @Test func replayPlayedAheadOrReadBackWithOrWithoutWorkersEndsOnTheSameScreen() throws {
        let log = try generatedLog(minutes: 12)
        var finals: [String] = []
        for options in ["--speed max", "--speed 1024 --read-ahead 0", "--speed 1024 --read-ahead 2"] {
            let tmux = try Tmux(command: "\(shellQuoted(OpstopBinary.path)) replay \(shellQuoted(log.path)) \(options)")
            let final = try tmux.waitForSettled(text: " done", seconds: 30)
            finals.append(final.split(separator: "\n").dropFirst().dropLast().joined(separator: "\n"))
            try tmux.send("q")
            try tmux.waitFor(text: "opstop-exit-status=")
            #expect(try tmux.exitStatus() == 0)
        }
        #expect(finals[0] == finals[1], "played ahead:\n\(finals[0])\nread back:\n\(finals[1])")
        #expect(finals[1] == finals[2], "with read-ahead:\n\(finals[2])\nwithout:\n\(finals[1])")
        let refused = try OpstopBinary.run(["replay", log.path, "--read-ahead", "65"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--read-ahead must be 0 to 64 worker threads"))
    }

    @Test func resizingRelaysOutFromFullToCompactToTheNotice() throws {
        let log = try generatedLog()
        let tmux = try Tmux(
            command: "\(shellQuoted(OpstopBinary.path)) \(shellQuoted(log.path)) --from start", width: 120, height: 40)
        try tmux.waitFor(text: "Circuit breakers")
        try tmux.resize(width: 70, height: 20)
        var screen = try tmux.waitFor(text: "Summary")
        #expect(!screen.contains("Circuit breakers"), "not the compact view at 70×20:\n\(screen)")
        try tmux.resize(width: 30, height: 8)
        screen = try tmux.waitFor(text: "enlarge")
        try tmux.resize(width: 100, height: 30)
        screen = try tmux.waitFor(text: "Circuit breakers")
        try tmux.send("C-c")
        screen = try tmux.waitFor(text: "opstop-exit-status=")
        #expect(try tmux.exitStatus() == 130)
    }

    /// A log read from its start loads off the screen's thread: the header shows the progress,
    /// and a key is answered while the load goes on.
    @Test func keysAreAnsweredWhileALogLoads() throws {
        let directory = try OpstopBinary.temporaryDirectory()
        let log = directory.appendingPathComponent("big.jsonl")
        let written = try OpstopBinary.run(["demo", "--write", log.path, "--spans", "300000", "--seed", "4"])
        #expect(written.status == 0, "demo --write failed: \(written.stderr)")
        let tmux = try Tmux(command: "\(shellQuoted(OpstopBinary.path)) \(shellQuoted(log.path)) --from start")
        try tmux.waitFor(text: "loading ", seconds: 20)
        try tmux.send("?")
        let screen = try tmux.waitFor(seconds: 20) { $0.contains("Keys") }
        #expect(screen.contains("loading "), "the load ended before the key was answered:\n\(screen)")
        try tmux.send("Escape")
        try tmux.waitFor(seconds: 120) { !$0.contains("loading ") && $0.contains("Traces") }
        try tmux.send("q")
        try tmux.waitFor(text: "opstop-exit-status=")
    }

    @Test func helpOverlayListsTheKeysOfTheScreen() throws {
        let log = try generatedLog()
        let tmux = try Tmux(command: "\(shellQuoted(OpstopBinary.path)) \(shellQuoted(log.path)) --from start")
        try tmux.waitFor(text: "Traces")
        try tmux.send("?")
        let screen = try tmux.waitFor(text: "Keys")
        for word in ["quit", "filter", "theme"] {
            #expect(screen.lowercased().contains(word), "help lacks '\(word)':\n\(screen)")
        }
        try tmux.send("q")
        try tmux.waitFor(text: "opstop-exit-status=")
    }
}

@Test func liveScreenWithoutATerminalPointsToReportAndSnapshot() throws {
    let log = try generatedLog(minutes: 2)
    // setsid: no controlling terminal, as under cron or CI.
    let result = try OpstopBinary.run(["--from", "start", log.path], viaSetsid: true)
    #expect(result.status == 2)
    #expect(result.stderr.contains("opstop report"))
    #expect(result.stderr.contains("opstop snapshot"))
    #expect(result.stderr.split(separator: "\n").count == 1)
}

@Test func snapshotRendersTheDashboardAndATraceAsText() throws {
    let log = try generatedLog(minutes: 6)
    let frame = try OpstopBinary.run(["snapshot", log.path, "--size", "100x30"])
    #expect(frame.status == 0, "\(frame.stderr)")
    let lines = frame.stdout.components(separatedBy: "\n")
    #expect(lines.count == 31)
    #expect(lines.allSatisfy { $0.count <= 100 })
    for title in ["Cost", "Latency", "Errors", "Alerts", "Traces"] { #expect(frame.stdout.contains(title)) }
    #expect(!frame.stdout.contains("\u{1b}"))
    // The header counts the source's malformed lines.
    let broken = log.deletingLastPathComponent().appendingPathComponent("broken.jsonl")
    try (String(contentsOf: log, encoding: .utf8) + "not json\n").write(to: broken, atomically: true, encoding: .utf8)
    let withBadLine = try OpstopBinary.run(["snapshot", broken.path, "--size", "100x30"])
    #expect(withBadLine.stdout.contains("1 malformed"), "malformed line not counted:\n\(withBadLine.stdout)")
    // An 80×24 terminal (the smallest full screen) shows every panel next to the status bar.
    let small = try OpstopBinary.run(["snapshot", log.path, "--size", "80x24"])
    for title in panelTitles { #expect(small.stdout.contains(title), "80×24 lacks \(title):\n\(small.stdout)") }
    let traces = try OpstopBinary.run([
        "snapshot", log.path, "--size", "120x40", "--screen", "traces", "--window", "all",
    ])
    #expect(traces.status == 0)
    // Open the first trace listed.
    let words = traces.stdout.components(separatedBy: .whitespacesAndNewlines)
    let id = words.first { $0.count == 32 && $0.allSatisfy(\.isHexDigit) }
    if let id {
        let trace = try OpstopBinary.run(["snapshot", log.path, "--size", "120x40", "--screen", "trace:\(id)"])
        #expect(trace.status == 0)
        #expect(trace.stdout.contains("invoke_agent"))
    }
}

@Suite(.serialized) struct LiveScreenSignalTests {
    @Test(arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
    func signalsRestoreTheTerminal(signal: Int32, status: Int32) throws {
        let log = try generatedLog(minutes: 3)
        let directory = try OpstopBinary.temporaryDirectory()
        let pidFile = directory.appendingPathComponent("pid").path
        // `exec` makes the recorded shell pid the opstop process itself.
        let tmux = try Tmux(
            command:
                "sh -c \(shellQuoted("echo $$ > \(shellQuoted(pidFile)); exec \(shellQuoted(OpstopBinary.path)) \(shellQuoted(log.path)) --from start"))"
        )
        try tmux.waitFor(text: "Circuit breakers")
        let pidText = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(
            in: .whitespacesAndNewlines)
        let pid = try #require(pid_t(pidText))
        #expect(kill(pid, signal) == 0)
        let screen = try tmux.waitFor(text: "opstop-exit-status=")
        #expect(try tmux.exitStatus() == status)
        #expect(!screen.contains("Circuit breakers"), "screen not restored after signal \(signal):\n\(screen)")
    }

    @Test func aPipeFeedsTheScreenWhileKeysComeFromTheTerminal() throws {
        let log = try generatedLog(minutes: 3)
        let tmux = try Tmux(command: "cat \(shellQuoted(log.path)) | \(shellQuoted(OpstopBinary.path)) - --window all")
        let screen = try tmux.waitFor(seconds: 15) { $0.contains("invoke_agent") && $0.contains("stdin") }
        #expect(screen.contains("stdin"), "the pipe is not shown as a source:\n\(screen)")
        try tmux.send("Tab")
        try tmux.send("q")
        try tmux.waitFor(text: "opstop-exit-status=")
        #expect(try tmux.exitStatus() == 0)
    }
}
