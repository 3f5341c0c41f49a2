import ArgumentParser
import OpsConfig
import OpsModel
import OpsRuntime
import OpsSources

struct ReplayCommandLine: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Play a recorded usage log against a virtual clock you control.",
        discussion: """
            Keys: space pause/resume, + and - speed ×2 and ÷2, . one second forward while paused,
            [ and ] one minute back and forward, { and } ten minutes, 0 to the start, G to the end.
            """
    )

    @Argument(help: ArgumentHelp("The recorded log (a regular file).", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("Pace: a factor of the original (1, 10, 0.5) or max.", valueName: "N|max"))
    var speed = "1"

    @Option(help: ArgumentHelp("Event time to start at, RFC 3339 (default: the log's first event).", valueName: "time"))
    var start: String?

    @OptionGroup var screen: ScreenOptions

    var replaySpeed: ReplaySpeed? {
        if speed == "max" { return .max }
        guard let factor = Double(speed), factor > 0, factor.isFinite else { return nil }
        return ReplaySpeed.factor(factor).clamped
    }

    func validate() throws {
        guard replaySpeed != nil else { throw ValidationError("--speed must be a positive number (10, 0.5) or max") }
        if let start, RFC3339.parse(start) == nil {
            throw ValidationError("--start '\(start)' is not an RFC 3339 time; write it like 2026-11-23T09:00:00Z")
        }
    }

    func run() throws {
        let (config, _) = screen.settings()
        let session: ReplaySession
        let progress = IndexingProgress(path: file)
        do {
            // The index pass scans blocks of the log on every core this process may use.
            let cores = AvailableCores.count
            let index = try ReplayIndex(path: file, workers: cores > 1 ? cores : 0, progress: progress.update)
            progress.finish()
            // No copies of the store to go back to: each would cost as much memory as the store
            // (over 100 MB on a large log); going back replays from the start, the screen catching up.
            session = try ReplaySession(index: index, configuration: config.engine, checkpoints: 0)
        } catch {
            progress.finish()
            CommandFailure(message: error.description, code: CommandFailure.unreadableInput).exit()
        }
        guard !session.index.isEmpty else {
            CommandFailure(
                message:
                    "'\(file)' has no events to replay (\(session.index.stats.malformed) malformed lines); check it with 'opstop report \(file)'",
                code: CommandFailure.unreadableInput
            ).exit()
        }
        let driver = ReplayDriver(
            session: session, name: file, speed: replaySpeed ?? .factor(1), start: start.flatMap(RFC3339.parse))
        ScreenLauncher.run(driver: driver, options: screen)
    }
}
