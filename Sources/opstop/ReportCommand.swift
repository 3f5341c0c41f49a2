import ArgumentParser
import Foundation
import OpsConfig
import OpsCore
import OpsSources

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Read whole usage logs and print a summary of cost, latency, errors, breakers and alerts.",
        discussion: """
            Figures cover the whole input; burn rate and projections are as of the last event.
            Exit status: 0 on success, 1 with --fail-on-alert when an alert is firing, 2 when input or config cannot be read.
            """
    )

    @Argument(help: ArgumentHelp("Usage log files (JSONL); '-' reads standard input.", valueName: "file"))
    var files: [String]

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @Option(help: ArgumentHelp("Config file (default: $XDG_CONFIG_HOME/opstop/config.toml).", valueName: "path"))
    var config: String?

    @Flag(help: "Exit with status 1 when any alert is firing (for cron and CI).")
    var failOnAlert = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one log file, or '-' to read standard input") }
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("'-' (standard input) can be given only once")
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
        let read = WholeLogs.read(files, options: UsageLogDecoder.Options(keepContent: false)) { store.ingest($0) }
        for source in read { stats.merge(source.stats) }
        store.evaluateAlertsNow()
        let report = Report(sources: files, stats: stats, store: store)
        let output = json ? report.json + "\n" : report.text
        FileHandle.standardOutput.write(Data(output.utf8))
        // Exit here: tearing down a store of a million spans' aggregates is work nobody waits for.
        exitProcess(failOnAlert && !report.firingAlerts.isEmpty ? CommandFailure.alertFiring : 0)
    }
}
