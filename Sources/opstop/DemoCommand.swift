import ArgumentParser
import Foundation
import OpsConfig
import OpsModel
import OpsRuntime
import OpsDemo
import OpsSources

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the live screen on generated traffic (or write it as a log with --write).",
        discussion: """
            The incident: a provider rate-limit storm, a tool losing its database (its breaker opens),
            and a runaway user burning budget. The same seed and start give the same bytes.
            """
    )

    @Option(help: ArgumentHelp("Write the log to this file ('-' for standard output).", valueName: "file"))
    var write: String?

    @Option(help: "Minutes of traffic to generate.")
    var minutes = 30

    @Option(help: "Generate this many spans instead of a number of minutes (for benchmarks).")
    var spans: Int?

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 1

    @Option(
        help: ArgumentHelp("Event time of the first query, RFC 3339 (default: so the log ends now).", valueName: "time")
    )
    var start: String?

    @Option(help: "Queries per second.")
    var rate = DemoGenerator.defaultQueriesPerSecond

    @Option(
        help: ArgumentHelp(
            "With --write: native (OTel names, the default) or short (the hand-written form: ts, duration_ms, model).",
            valueName: "form"))
    var form = "native"

    @Flag(
        inversion: .prefixedNo,
        help: "With --write: chat spans carry their prompts and completions (the default), or not (--no-text).")
    var text = true

    @OptionGroup var screen: ScreenOptions

    func validate() throws {
        guard minutes >= 1 && minutes <= 60 * 24 * 31 else {
            throw ValidationError("--minutes must be between 1 and 44640")
        }
        if let spans, spans < 1 { throw ValidationError("--spans must be at least 1") }
        guard DemoLogForm(rawValue: form) != nil else { throw ValidationError("--form must be native or short") }
        guard rate > 0 && rate <= 10_000 else {
            throw ValidationError("--rate must be between 0 and 10000 queries per second")
        }
        if let start, RFC3339.parse(start) == nil {
            throw ValidationError("--start '\(start)' is not an RFC 3339 time; write it like 2026-11-23T09:00:00Z")
        }
    }

    func run() throws {
        guard write != nil else { runLive() }
        let nanosPerMinute: Int64 = 60_000_000_000
        let startNanos: Int64
        if let start, let parsed = RFC3339.parse(start) {
            startNanos = parsed
        } else {
            let now = Int64(Date().timeIntervalSince1970) * 1_000_000_000
            startNanos = now - now % nanosPerMinute - Int64(minutes) * nanosPerMinute
        }
        // With --spans the run is as long as it takes; the incident still follows the minutes given.
        let length = spans == nil ? minutes : 60 * 24 * 365
        var generator = DemoGenerator(seed: seed, start: startNanos, minutes: length, queriesPerSecond: rate)
        generator.form = DemoLogForm(rawValue: form) ?? .native
        generator.writesText = text
        generator.writesSignals = true
        guard let path = write else { return }
        let output: FileHandle
        if path == "-" {
            output = FileHandle.standardOutput
        } else {
            guard FileManager.default.createFile(atPath: path, contents: nil),
                let handle = FileHandle(forWritingAtPath: path)
            else {
                CommandFailure(
                    message: "cannot write '\(path)': check that its directory exists and is writable", code: 2
                ).exit()
            }
            output = handle
        }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(8 << 20)
        var remaining = spans ?? Int.max
        let slice = nanosPerMinute
        var sliceEnd = startNanos + slice
        while remaining > 0 && !generator.isFinished {
            if spans != nil {
                remaining -= generator.write(spans: Swift.min(remaining, 20_000), into: &buffer)
            } else {
                _ = generator.write(upTo: sliceEnd, into: &buffer)
                sliceEnd += slice
            }
            if buffer.count >= 4 << 20 || generator.isFinished || remaining <= 0 {
                output.write(Data(buffer))
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if !buffer.isEmpty { output.write(Data(buffer)) }
        if path != "-" { try? output.close() }
    }

    /// The live screen on generated traffic, in real time: the incident starts within two minutes.
    private func runLive() -> Never {
        let (config, _) = screen.settings()
        let inbox = EventFeed()
        let feed = DemoFeed(seed: seed, rate: rate, nowNanos: WallClock.nowNanos())
        feed.start(into: inbox)
        let driver = LiveDriver(configuration: config.engine, inbox: inbox) { feed.stop() }
        ScreenLauncher.run(driver: driver, options: screen)
    }
}
