import ArgumentParser
import Foundation
import OpsConfig
import OpsCore
import OpsReceiver
import OpsSources

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Read whole usage logs and print a summary of cost, latency, errors, breakers and alerts.",
        discussion: """
            Figures cover the whole input; burn rate and projections are as of the last event.
            With --listen HOST:PORT --for 30s it receives OTLP/HTTP for that long and reports what arrived.
            Exit status: 0 on success, 1 with --fail-on-alert when an alert is firing, 2 when input or config cannot be read.
            """
    )

    @Argument(help: ArgumentHelp("Usage log files (JSONL); '-' reads standard input.", valueName: "file"))
    var files: [String] = []

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @Option(help: ArgumentHelp("Config file (default: $XDG_CONFIG_HOME/opstop/config.toml).", valueName: "path"))
    var config: String?

    @Flag(help: "Exit with status 1 when any alert is firing (for cron and CI).")
    var failOnAlert = false

    @OptionGroup var receiver: ReceiverOptions

    @Option(
        name: .customLong("for"),
        help: ArgumentHelp("With --listen: how long to receive before reporting (5s, 30s, 2m).", valueName: "duration"))
    var receiveFor: String?

    func validate() throws {
        if files.isEmpty && !receiver.isListening {
            throw ValidationError("give at least one log file, '-' to read standard input, or --listen HOST:PORT --for 30s")
        }
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("'-' (standard input) can be given only once")
        }
        if receiver.isListening {
            guard let receiveFor else { throw ValidationError("--listen needs --for DURATION (e.g. --for 30s)") }
            guard let nanos = DurationParser.nanos(receiveFor), nanos > 0 else {
                throw ValidationError("--for must be a duration like 5s, 30s or 2m")
            }
        } else if receiveFor != nil {
            throw ValidationError("--for needs --listen HOST:PORT")
        }
    }

    func run() throws {
        let settings: AppConfiguration
        do {
            settings = try ConfigLoader.load(explicitPath: config)
        } catch {
            CommandFailure(message: error.description, code: CommandFailure.unreadableInput).exit()
        }
        var engine = settings.engine
        // A report prints figures only: the trace store need not copy spans for trace views.
        engine.keepSpans = false
        var store = MetricsStore(configuration: engine)
        var stats = IngestStats()
        var sources = files
        let read = WholeLogs.read(files, options: UsageLogDecoder.Options(keepContent: false)) { store.ingest($0) }
        for source in read { stats.merge(source.stats) }
        if let received = receive(into: &store) {
            stats.merge(received.stats)
            sources.append(received.name)
        }
        store.evaluateAlertsNow()
        let report = Report(sources: sources, stats: stats, store: store)
        let output = json ? report.json + "\n" : report.text
        FileHandle.standardOutput.write(Data(output.utf8))
        // Exit here: tearing down a store of a million spans' aggregates is work nobody waits for.
        exitProcess(failOnAlert && !report.firingAlerts.isEmpty ? CommandFailure.alertFiring : 0)
    }

    /// Runs the receiver for `--for`, taking in what arrives; nil without `--listen`.
    private func receive(into store: inout MetricsStore) -> (name: String, stats: IngestStats)? {
        guard let duration = receiveFor.flatMap(DurationParser.nanos) else { return nil }
        let inbox = EventInbox()
        guard let otlp = receiver.startReceiver(into: inbox, keepContent: false) else { return nil }
        let name = otlp.name ?? "otlp"
        FileHandle.standardError.write(
            Data("opstop: receiving OTLP/HTTP as \(name) for \(receiveFor ?? "")\n".utf8))
        let end = DispatchTime.now().uptimeNanoseconds + UInt64(duration)
        while DispatchTime.now().uptimeNanoseconds < end {
            let remaining = end - DispatchTime.now().uptimeNanoseconds
            usleep(UInt32(min(remaining / 1_000, 50_000)))
            store.ingest(inbox.drain().events)
        }
        otlp.stop()
        let last = inbox.drain()
        store.ingest(last.events)
        let status = last.statuses.first { $0.name == name }
        return (name, status?.stats ?? IngestStats())
    }
}
