import ArgumentParser
import Foundation
import OpsConfig
import OpsModel
import OpsFormats
import OpsEngine
import OpsReport
import OpsReceiver
import OpsRuntime
import OpsSources
import OpsTerminal

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract:
            "Read whole usage logs (or scrape /metrics URLs, or receive OTLP, for a while) and print a summary of cost, latency, errors, breakers and alerts.",
        discussion: """
            Figures cover the whole input; burn rate and projections are as of the last event.
            With --listen HOST:PORT --for 30s it receives OTLP/HTTP for that long and reports what arrived.
            With URLs, opstop scrapes them every --interval for --for and reports the period between
            the first and the last scrape; figures an endpoint cannot know are null (JSON) or n/a.
            Ctrl-C ends --for early and reports what arrived or was scraped so far.
            Exit status: 0 on success, 1 with --fail-on-alert when an alert is firing, 2 when input or config cannot be read.
            """
    )

    @Argument(
        help: ArgumentHelp("Usage log files (JSONL), '-' for standard input, or /metrics URLs.", valueName: "file|url"))
    var files: [String] = []

    @OptionGroup(title: "A fleet through a Prometheus server") var fleet: PrometheusOptions

    @Option(
        help: ArgumentHelp(
            "With --prometheus: 1m, 5m, 15m, 1h, or all (counters and buckets as they stand; the default).",
            valueName: "window"))
    var window = "all"

    @Option(help: ArgumentHelp("With --prometheus: evaluate at this RFC 3339 time (default: now).", valueName: "time"))
    var at: String?

    // Unconditional: `--for -5s` reaches the duration check (which says why) instead of being taken for a flag.
    @Option(
        name: .customLong("for"), parsing: .unconditional,
        help: ArgumentHelp(
            "With URLs (default 10s) or --listen (required): how long to scrape or receive (5s, 30s, 2m).",
            valueName: "duration"))
    var receiveFor: String?

    @Option(help: ArgumentHelp("With URLs: time between scrapes (default 2s).", valueName: "duration"))
    var interval = "2s"

    @Option(help: ArgumentHelp("With URLs: give up on one scrape after this long (default 5s).", valueName: "duration"))
    var timeout = "5s"

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @OptionGroup var configFile: ConfigFileOption

    @OptionGroup var threads: ThreadsOption

    @Flag(help: "Exit with status 1 when any alert is firing (for cron and CI).")
    var failOnAlert = false

    @OptionGroup var receiver: ReceiverOptions

    func validate() throws {
        if fleet.isEnabled {
            if !files.isEmpty || receiver.isListening {
                throw ValidationError("--prometheus reports a fleet on its own; leave out files, URLs and --listen")
            }
        } else if files.isEmpty && !receiver.isListening {
            throw ValidationError(
                "give at least one log file, '-' to read standard input, a /metrics URL, --prometheus URL,"
                    + " or --listen HOST:PORT --for 30s")
        }
        guard TimeWindow(rawValue: window) != nil else {
            throw ValidationError("--window must be one of 1m, 5m, 15m, 1h, all")
        }
        if let at, RFC3339.parse(at) == nil { throw ValidationError("--at '\(at)' is not an RFC 3339 time") }
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("'-' (standard input) can be given only once")
        }
        let urls = try ScrapeTargets.urls(in: files)
        if let receiveFor {
            let seconds = try ScrapeTargets.seconds(receiveFor, flag: "--for", range: 0...86_400)
            if receiver.isListening && seconds <= 0 {
                throw ValidationError("--for must be a duration like 5s, 30s or 2m")
            }
        } else if receiver.isListening {
            throw ValidationError("--listen needs --for DURATION (e.g. --for 30s)")
        }
        if receiveFor != nil && urls.isEmpty && !receiver.isListening {
            throw ValidationError("--for needs /metrics URLs or --listen HOST:PORT")
        }
        _ = try ScrapeTargets.seconds(interval, flag: "--interval", range: 0.1...3600)
        _ = try ScrapeTargets.seconds(timeout, flag: "--timeout", range: 0.1...300)
    }

    func run() throws {
        let settings: AppConfiguration
        do {
            settings = try configFile.load()
        } catch {
            CommandFailure(message: error.description, code: CommandFailure.unreadableInput).exit()
        }
        var engine = settings.engine
        if fleet.isEnabled { reportFleet(engine) }
        // A report prints figures only: the trace store need not copy spans for trace views.
        engine.keepSpans = false
        var store = MetricsStore(configuration: engine)
        var stats = IngestStats()
        var sources = files
        let logFiles = ScrapeTargets.files(in: files)
        // OTLP metrics, pushed to the receiver or written as resourceMetrics lines, feed a scrape store.
        var pushed = ScrapeStore(configuration: engine)
        let read = WholeLogs.read(
            logFiles, options: UsageLogDecoder.Options(keepContent: false, readsMetrics: true),
            threads: threads.resolved,
            metrics: { line in
                pushed.ingest(line, fallbackNanos: store.now)
            }, into: { store.ingest($0) })
        for source in read { stats.merge(source.stats) }
        if let received = receive(into: &store, metrics: &pushed) {
            stats.merge(received.stats)
            sources.append(received.name)
        }
        store.evaluateAlertsNow()
        let urls = (try? ScrapeTargets.urls(in: files)) ?? []
        var report = Report(sources: sources, stats: stats, store: store)
        if urls.isEmpty && pushed.scrapeCount > 0 {
            // OTLP metrics (pushed to the receiver or read from files), with the spans beside them.
            let snapshot = pushed.snapshot(window: .all, asOfNanos: pushed.lastScrapeNanos ?? 0)
                .filling(from: store.snapshot(window: .all))
            report = Report(sources: sources, stats: stats, snapshot: snapshot, scrape: pushed.summary)
        }
        if !urls.isEmpty {
            // Ctrl-C ends the collection early and reports the period scraped so far (a second one ends opstop).
            let interrupts = InterruptibleWait()
            let scrapes = TimedScrapes.collect(
                urls, duration: (try? ScrapeTargets.seconds(receiveFor ?? "10s", flag: "--for", range: 0...86_400)) ?? 10,
                interval: (try? ScrapeTargets.seconds(interval, flag: "--interval", range: 0.1...3600)) ?? 2,
                timeout: (try? ScrapeTargets.seconds(timeout, flag: "--timeout", range: 0.1...300)) ?? 5,
                configuration: engine, wait: interrupts.wait(untilMonotonic:))
            if scrapes.scrapeCount == 0 {
                let reasons = scrapes.sources.compactMap { source in
                    scrapes.staleness(of: source).map { "\(source): \($0.reason)" }
                }
                CommandFailure(
                    message: "no metrics scraped from " + reasons.joined(separator: "; ") + "; check the URL with curl",
                    code: CommandFailure.unreadableInput
                ).exit()
            }
            var snapshot = scrapes.snapshot(window: .all, asOfNanos: scrapes.lastScrapeNanos ?? 0)
            if !logFiles.isEmpty || receiver.isListening { snapshot = snapshot.filling(from: store.snapshot(window: .all)) }
            report = Report(sources: sources, stats: stats, snapshot: snapshot, scrape: scrapes.summary)
        }
        report.redactor = engine.redactor
        let output = json ? report.json + "\n" : report.text
        FileHandle.standardOutput.write(Data(output.utf8))
        // Exit here: tearing down a store of a million spans' aggregates is work nobody waits for.
        exitProcess(failOnAlert && !report.firingAlerts.isEmpty ? CommandFailure.alertFiring : 0)
    }

    /// Runs the receiver for `--for`, taking in what arrives (spans into `store`, pushed metrics
    /// into `metrics`); nil without `--listen`.
    private func receive(
        into store: inout MetricsStore, metrics: inout ScrapeStore
    ) -> (name: String, stats: IngestStats)? {
        guard receiver.isListening,
            let seconds = receiveFor.flatMap({ try? ScrapeTargets.seconds($0, flag: "--for", range: 0...86_400) })
        else { return nil }
        let duration = Int64(seconds * 1e9)
        let inbox = EventFeed()
        let pushed = Inbox<MetricsDelivery>.pushedMetrics()
        func takePushed() {
            for push in pushed.drain() {
                metrics.ingest(push)
            }
        }
        // Ctrl-C (or SIGTERM) ends the wait early and reports what arrived; a second one, with the
        // default action back, ends opstop at once.
        let interrupts = try? SignalPipe()
        interrupts?.install([SIGINT, SIGTERM])
        guard let otlp = receiver.startReceiver(into: inbox, metrics: pushed, keepContent: false) else {
            interrupts?.uninstall()
            return nil
        }
        let name = otlp.name ?? "otlp"
        FileHandle.standardError.write(
            Data("opstop: receiving OTLP/HTTP as \(name) for \(receiveFor ?? "")\n".utf8))
        let end = MonotonicTime.nanos() &+ duration
        while true {
            let remaining = end - MonotonicTime.nanos()
            if remaining <= 0 || interrupts.map({ !$0.drain().isEmpty }) == true { break }
            // Spans are taken the moment they arrive; pushed metrics wait in an inbox of their
            // own and are taken at least every 50 ms.
            let spans = inbox.received.drain(waitingAtMost: .nanoseconds(min(remaining, 50_000_000)))
            store.ingest(spans)
            store.ingest(inbox.drain().events)
            takePushed()
        }
        interrupts?.uninstall()
        otlp.stop()
        let last = inbox.drain()
        store.ingest(last.events)
        takePushed()
        let status = last.statuses.first { $0.name == name }
        return (name, status?.stats ?? IngestStats())
    }

    /// `--prometheus`: one evaluation of the fleet queries at `--at` (or now) over `--window`.
    private func reportFleet(_ engine: EngineConfiguration) -> Never {
        let time = at.flatMap(RFC3339.parse).map { Double($0) / 1e9 }
        let snapshot = FleetOnce.evaluate(
            fleet, window: TimeWindow(rawValue: window) ?? .all, at: time,
            timeoutSeconds: (try? ScrapeTargets.seconds(timeout, flag: "--timeout", range: 0.1...300)) ?? 5,
            configuration: engine)
        let report = Report(sources: [fleet.displayURL], snapshot: snapshot)
        let output = json ? report.json + "\n" : report.text
        FileHandle.standardOutput.write(Data(output.utf8))
        exitProcess(0)
    }
}
