import Testing

/// The live screen without a terminal exits with its one-line error even while a source's thread is
/// inside libcurl: tearing the process down under that thread crashed about one run in twenty
/// (exit 139, "failed to suspend thread while processing a crash").
@Test func theLiveScreenWithoutATerminalExitsCleanlyWhileAScrapeRuns() throws {
    for run in 1...40 {
        let result = try OpstopBinary.run(
            ["--prometheus", "http://127.0.0.1:1", "--match", #"{job="support-bot"}"#], viaSetsid: true)
        #expect(result.status == 2, "run \(run): exit \(result.status), \(result.stderr)")
        #expect(result.stderr.hasPrefix("opstop: the live screen needs a terminal"), "run \(run): \(result.stderr)")
        if result.status != 2 { return }
    }
}
