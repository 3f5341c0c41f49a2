import ArgumentParser
import Foundation
import OpsConfig
import OpsCore
import OpsReceiver
import OpsSources

struct LiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Follow usage logs live (the default: `opstop FILE...`).",
        discussion: """
            Files are followed like `tail -F`: through rotation, truncation and re-creation.
            '-' reads a pipe (kubectl logs -f … | opstop -) while keys still come from the terminal.
            --listen 127.0.0.1:4318 also receives OpenTelemetry spans over OTLP/HTTP (files then optional).
            """
    )

    @Argument(help: ArgumentHelp("Usage logs to follow; '-' reads standard input.", valueName: "file"))
    var files: [String] = []

    @Option(
        help: ArgumentHelp(
            "Where to start: start, end, or a duration of event time back from now (24h).",
            valueName: "start|end|duration"))
    var from = "24h"

    @OptionGroup var receiver: ReceiverOptions

    @OptionGroup var screen: ScreenOptions

    func validate() throws {
        if files.isEmpty && !receiver.isListening {
            throw ValidationError(
                "give a usage log to follow (or '-' for standard input), or --listen 127.0.0.1:4318 for OTLP;"
                    + " try 'opstop demo' for a built-in demo")
        }
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
        let inbox = EventInbox()
        let notBefore = DurationParser.nanos(from).map { WallClock.nowNanos() - $0 }
        var stops: [@Sendable () -> Void] = []
        if let otlp = receiver.startReceiver(into: inbox, keepContent: true) {
            stops.append { otlp.stop() }
        }
        for path in files {
            if path == "-" {
                let source = LiveStdinSource()
                source.start(into: inbox)
                stops.append { source.stop() }
            } else {
                let source = LiveFileSource(path: path, fromEnd: from == "end", notBefore: notBefore)
                source.start(into: inbox)
                stops.append { source.stop() }
            }
        }
        let stopAll = stops
        let driver = LiveDriver(configuration: config.engine, inbox: inbox) { for stop in stopAll { stop() } }
        ScreenLauncher.run(driver: driver, options: screen)
    }
}
