import ArgumentParser
import Foundation
import OpsConfig
import OpsEngine
import OpsReceiver
import OpsRuntime
import OpsSources

struct LiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Follow usage logs and metrics endpoints live (the default: `opstop FILE|URL...`).",
        discussion: """
            Files are followed like `tail -F`: through rotation, truncation and re-creation.
            '-' reads a pipe (kubectl logs -f … | opstop -) while keys still come from the terminal.
            --listen 127.0.0.1:4318 also receives OpenTelemetry spans and metrics over OTLP/HTTP (files then optional).
            An http:// or https:// argument is a Prometheus /metrics endpoint, scraped every --interval;
            logs given with it supply the traces behind its figures.
            """
    )

    @Argument(
        help: ArgumentHelp(
            "Usage logs to follow ('-' reads standard input) and /metrics URLs to scrape.", valueName: "file|url"))
    var files: [String] = []

    @Option(
        help: ArgumentHelp(
            "How often to scrape metrics URLs (default 2s) or to ask --prometheus (default 5s).", valueName: "duration"))
    var interval: String?

    @Option(help: ArgumentHelp("Give up on a scrape after this long, body included (default 5s).", valueName: "duration"))
    var timeout = "5s"

    @Option(
        help: ArgumentHelp(
            "Where to start: start, end, or a duration of event time back from now (24h).",
            valueName: "start|end|duration"))
    var from = "24h"

    @OptionGroup var receiver: ReceiverOptions

    @OptionGroup var screen: ScreenOptions

    @OptionGroup(title: "A fleet through a Prometheus server") var fleet: PrometheusOptions

    func validate() throws {
        if fleet.isEnabled && (!files.isEmpty || receiver.isListening) {
            throw ValidationError("--prometheus shows a fleet on its own; leave out files, URLs and --listen")
        }
        if files.isEmpty && !fleet.isEnabled && !receiver.isListening {
            throw ValidationError(
                "give a usage log to follow ('-' for standard input), a /metrics URL, --prometheus URL,"
                    + " or --listen 127.0.0.1:4318 for OTLP; try 'opstop demo' for a built-in demo")
        }
        _ = try ScrapeTargets.urls(in: files)
        _ = try ScrapeTargets.seconds(interval ?? "2s", flag: "--interval", range: 0.1...3600)
        _ = try ScrapeTargets.seconds(timeout, flag: "--timeout", range: 0.1...300)
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("'-' (standard input) can be given only once")
        }
        if from != "start" && from != "end" && DurationParser.nanos(from) == nil {
            throw ValidationError("--from must be start, end, or a duration like 24h or 30m")
        }
        if files.contains("-") && isatty(0) == 1 {
            throw ValidationError(
                "'-' reads standard input, but it is a terminal; pipe a log in (kubectl logs -f … | opstop -)")
        }
    }

    func run() throws {
        let (config, _) = screen.settings()
        if fleet.isEnabled { runFleet(config.engine) }
        let inbox = EventFeed()
        let notBefore = DurationParser.nanos(from).map { WallClock.nowNanos() - $0 }
        var stops: [@Sendable () -> Void] = []
        // Metrics pushed to the receiver (/v1/metrics) feed the same panels as a scrape.
        let pushed = receiver.isListening ? Inbox<MetricsDelivery>.pushedMetrics() : nil
        if let otlp = receiver.startReceiver(into: inbox, metrics: pushed, keepContent: true) {
            stops.append { otlp.stop() }
        }
        let urls = (try? ScrapeTargets.urls(in: files)) ?? []
        for path in ScrapeTargets.files(in: files) {
            if path == "-" {
                let source = LiveStdinSource()
                source.start(into: inbox)
                stops.append { source.stop() }
            } else {
                // The screen's thread runs the engine; the other cores decode a log read from its start.
                let source = LiveFileSource(
                    path: path, fromEnd: from == "end", notBefore: notBefore, workers: Swift.max(1, AvailableCores.count - 1))
                source.start(into: inbox)
                stops.append { source.stop() }
            }
        }
        var outcomes: [String: Inbox<ScrapeDelivery>] = [:]
        let intervalSeconds = (try? ScrapeTargets.seconds(interval ?? "2s", flag: "--interval", range: 0.1...3600)) ?? 2
        let timeoutSeconds = (try? ScrapeTargets.seconds(timeout, flag: "--timeout", range: 0.1...300)) ?? 5
        for url in urls {
            let source = ScrapeSource(url: url, intervalSeconds: intervalSeconds, timeoutSeconds: timeoutSeconds)
            let inbox = Inbox<ScrapeDelivery>.scrapeOutcomes()
            outcomes[url.absoluteString] = inbox
            source.start(into: inbox)
            stops.append { source.stop() }
        }
        let stopAll = stops
        let logs = LiveDriver(configuration: config.engine, inbox: inbox) { for stop in stopAll { stop() } }
        guard !urls.isEmpty || pushed != nil else { ScreenLauncher.run(driver: logs, options: screen) }
        let driver = MetricsDriver(
            logs: logs, hasLogs: urls.count < files.count || pushed != nil, configuration: config.engine,
            targets: urls.map(\.absoluteString), outcomes: outcomes, pushed: pushed, startNanos: WallClock.nowNanos())
        ScreenLauncher.run(driver: driver, options: screen)
    }

    /// `--prometheus`: the fleet's figures from the server, asked every `--interval` (default 5 s) on a source thread.
    private func runFleet(_ engine: EngineConfiguration) -> Never {
        let timeoutSeconds = (try? ScrapeTargets.seconds(timeout, flag: "--timeout", range: 0.1...300)) ?? 5
        let intervalSeconds = (try? ScrapeTargets.seconds(interval ?? "5s", flag: "--interval", range: 0.1...3600)) ?? 5
        guard let server = fleet.server(timeoutSeconds: timeoutSeconds) else {
            CommandFailure(message: "--prometheus: not a server URL", code: CommandFailure.unreadableInput).exit()
        }
        let refresher = FleetRefresher(
            client: PrometheusClient(server: server), mappings: engine.metricMappings, match: fleet.seriesMatch,
            classifier: engine.errorClassifier)
        let source = PrometheusFleetSource(
            name: fleet.displayName, refresher: refresher, intervalSeconds: intervalSeconds,
            view: FleetView(window: screen.initialWindow))
        source.start()
        let driver = PrometheusDriver(
            source: source, name: fleet.displayName, configuration: engine, startNanos: WallClock.nowNanos())
        ScreenLauncher.run(driver: driver, options: screen)
    }
}
