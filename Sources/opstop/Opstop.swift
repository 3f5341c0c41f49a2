import ArgumentParser
import Foundation
import OpsModel
import OpsRuntime

@main
struct Opstop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opstop",
        abstract:
            "top for LLM operations: cost burn, latency, errors, breakers and alerts from your usage logs or /metrics.",
        discussion: """
            Examples:
              opstop demo                        live screen on built-in traffic
              opstop app.jsonl                   follow a usage log
              opstop http://127.0.0.1:4000/metrics   scrape a Prometheus endpoint
              kubectl logs -f deploy/bot | opstop -
              opstop replay app.jsonl --speed 10 replay a recorded log
              opstop report app.jsonl --json     summary for scripts and CI
              opstop snapshot app.jsonl          one frame as text
            """,
        version: BuildInfo.versionLine,
        subcommands: [
            LiveCommand.self, ReplayCommandLine.self, DemoCommand.self, ReportCommand.self, SnapshotCommand.self,
            ConfigCommand.self,
        ],
        defaultSubcommand: LiveCommand.self
    )

    /// When the process started, for the load benchmark's timings (`OPSTOP_LOAD_TIME_LOG`): read
    /// first thing in `main` (a static is set when first read).
    static let startNanos = WallClock.monotonicNanos()

    /// Parses and runs like `ParsableCommand.main()`, but every message (errors quote arguments,
    /// paths and config values) goes out through the one sanitising path.
    static func main() {
        _ = startNanos
        MallocArenas.cap()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                let handle = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                handle.write(Data((SafeText.sanitizeLines(message) + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}
