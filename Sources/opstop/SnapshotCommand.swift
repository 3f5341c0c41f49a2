import ArgumentParser
import Foundation
import OpsConfig
import OpsModel
import OpsRuntime
import OpsFormats
import OpsEngine
import OpsSources
import OpsUI

struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract:
            "Render one frame of the screen as plain text (like top -b), for incident channels, bug reports and tests.",
        discussion: "The frame is as of the logs' last event unless --at says otherwise."
    )

    @Argument(help: ArgumentHelp("Usage logs ('-' reads standard input) or /metrics URLs.", valueName: "source"))
    var sources: [String] = []

    @OptionGroup(title: "A fleet through a Prometheus server") var fleet: PrometheusOptions

    @Option(
        help: ArgumentHelp(
            "With URLs: scrape twice this far apart, so rates and percentiles have a period (default 2s).",
            valueName: "duration"))
    var interval = "2s"

    @Option(help: ArgumentHelp("With URLs: give up on one scrape after this long (default 5s).", valueName: "duration"))
    var timeout = "5s"

    @Option(help: ArgumentHelp("Frame size as WIDTHxHEIGHT.", valueName: "WxH"))
    var size = "120x40"

    @Option(help: ArgumentHelp("dashboard, traces, or trace:ID.", valueName: "screen"))
    var screen = "dashboard"

    @Option(help: ArgumentHelp("Event time of the frame, RFC 3339 (default: the last event).", valueName: "time"))
    var at: String?

    @Option(help: ArgumentHelp("Window: 1m, 5m, 15m, 1h or all.", valueName: "window"))
    var window = "5m"

    @Option(
        help: ArgumentHelp(
            "Theme (plain text carries no colour; accepted for symmetry with the screen).", valueName: "name"))
    var theme: String?

    @OptionGroup var configFile: ConfigFileOption

    @OptionGroup var threads: ThreadsOption

    @Flag(help: "ASCII graphs and borders instead of Unicode.")
    var ascii = false

    var dimensions: (width: Int, height: Int)? {
        let parts = size.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
            (1...1000).contains(width), (1...1000).contains(height)
        else { return nil }
        return (width, height)
    }

    func validate() throws {
        if fleet.isEnabled {
            if !sources.isEmpty { throw ValidationError("--prometheus shows a fleet on its own; leave out files and URLs") }
        } else if sources.isEmpty {
            throw ValidationError("give at least one usage log, or '-' for standard input (or --prometheus URL)")
        }
        guard dimensions != nil else { throw ValidationError("--size must look like 120x40 (each side 1 to 1000)") }
        guard screen == "dashboard" || screen == "traces" || screen.hasPrefix("trace:") else {
            throw ValidationError("--screen must be dashboard, traces or trace:ID")
        }
        _ = try ScrapeTargets.urls(in: sources)
        _ = try ScrapeTargets.seconds(interval, flag: "--interval", range: 0...3600)
        _ = try ScrapeTargets.seconds(timeout, flag: "--timeout", range: 0.1...300)
        if let at, RFC3339.parse(at) == nil { throw ValidationError("--at '\(at)' is not an RFC 3339 time") }
        guard TimeWindow(rawValue: window) != nil else {
            throw ValidationError("--window must be one of 1m, 5m, 15m, 1h, all")
        }
    }

    func run() throws {
        let settings: AppConfiguration
        do {
            settings = try configFile.load()
            if let theme { _ = try ThemeLoader.load(theme) }
        } catch {
            CommandFailure(message: error.description, code: CommandFailure.unreadableInput).exit()
        }
        let cutoff = at.flatMap(RFC3339.parse)
        var store = MetricsStore(configuration: settings.engine)
        // Handed to the decoding workers after each block (`letGo` below).
        store.holdEvictedSpans()
        let logFiles = ScrapeTargets.files(in: sources)
        // OTLP/JSON metrics lines (resourceMetrics) feed a scrape store, as they do in report.
        var fileMetrics = ScrapeStore(configuration: settings.engine)
        let read = WholeLogs.read(
            logFiles, options: UsageLogDecoder.Options(
                // Only the trace screen shows a span's input and output: the others need not build them.
                keepContent: screen.hasPrefix("trace:"), readsMetrics: true), threads: threads.resolved,
            metrics: { line in
                if let cutoff, (line.timeNanos ?? store.now) > cutoff { return }
                fileMetrics.ingest(line, fallbackNanos: store.now)
            },
            into: { event in
                if let cutoff, event.timeNanos > cutoff { return }
                store.ingest(event)
            },
            // The trace store's evicted spans are freed by a decoding worker (or hold its next spans).
            letGo: { store.takeEvictedSpans() })
        if let cutoff { store.advance(to: cutoff) }
        store.evaluateAlertsNow()
        let chosenWindow = TimeWindow(rawValue: window) ?? .fiveMinutes
        var lines = read.map {
            SourceLine(name: $0.path, health: .finished, malformedLines: $0.stats.malformed, ignoredLines: $0.stats.ignored)
        }
        var figures: MetricsSnapshot?
        if fileMetrics.scrapeCount > 0 {
            figures = fileMetrics.snapshot(window: chosenWindow, asOfNanos: fileMetrics.lastScrapeNanos ?? store.now)
                .filling(from: store.snapshot(window: chosenWindow))
        }
        let urls = (try? ScrapeTargets.urls(in: sources)) ?? []
        if !urls.isEmpty {
            let scrapes = TimedScrapes.collect(
                urls, duration: (try? ScrapeTargets.seconds(interval, flag: "--interval", range: 0...3600)) ?? 2,
                interval: 3600, timeout: (try? ScrapeTargets.seconds(timeout, flag: "--timeout", range: 0.1...300)) ?? 5,
                configuration: settings.engine)
            let scraped = scrapes.snapshot(window: chosenWindow, asOfNanos: scrapes.lastScrapeNanos ?? WallClock.nowNanos())
            figures = logFiles.isEmpty ? scraped : scraped.filling(from: store.snapshot(window: chosenWindow))
            lines = scrapes.sources.map { source in
                if let stale = scrapes.staleness(of: source) {
                    return SourceLine(
                        name: source, health: .stale,
                        detail: "since \(ClockText.time(nanos: stale.sinceNanos)) — \(stale.reason)")
                }
                return SourceLine(name: source, health: .finished)
            } + lines
        }
        if fleet.isEnabled {
            // The frame is the server's answer at --at (or now) over --window.
            figures = FleetOnce.evaluate(
                fleet, window: chosenWindow, at: cutoff.map { Double($0) / 1e9 },
                timeoutSeconds: (try? ScrapeTargets.seconds(timeout, flag: "--timeout", range: 0.1...300)) ?? 5,
                configuration: settings.engine)
            lines = [SourceLine(name: fleet.displayName, health: .finished)]
        }
        let frame = SnapshotFrame(
            store: store, sources: lines, window: chosenWindow, screen: screen, ascii: ascii || settings.ascii,
            figures: figures)
        guard let (width, height) = dimensions else { return }
        if let repeatText = ProcessInfo.processInfo.environment["OPSTOP_RENDER_REPEAT"], let count = Int(repeatText),
            count > 0
        {
            benchmarkRender(frame, width: width, height: height, count: count, traces: store.traces.count)
        }
        let text = frame.render(width: width, height: height)
        FileHandle.standardOutput.write(Data(text.utf8))
        // As `report` does: the process ends without taking the store apart span by span (the trace
        // store's 100 000 kept spans took 85 M instructions to destroy, 5 % of a 300 000-line snapshot).
        exitProcess(0)
    }

    /// `OPSTOP_RENDER_REPEAT=N`: renders the frame N times and reports the time per frame on stderr.
    private func benchmarkRender(_ frame: SnapshotFrame, width: Int, height: Int, count: Int, traces: Int) {
        let start = WallClock.monotonicNanos()
        var bytes = 0
        for _ in 0..<count { bytes += frame.render(width: width, height: height).utf8.count }
        let perFrame = Double(WallClock.monotonicNanos() - start) / Double(count) / 1_000_000
        let line =
            "render \(width)x\(height) with \(traces) traces in store: \(Money.fixed(perFrame, decimals: 2)) ms per frame (\(count) frames, \(bytes / count) bytes)\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
