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

    @Option(help: ArgumentHelp(
            "Pace: a factor of the original (1, 10, 0.5) or max (played as the log is indexed, when it is in time order).",
            valueName: "N|max"))
    var speed = "1"

    @Option(help: ArgumentHelp("Event time to start at, RFC 3339 (default: the log's first event).", valueName: "time"))
    var start: String?

    @Option(
        name: .customLong("read-ahead"),
        help: ArgumentHelp(
            "Worker threads that read and decode the log ahead of the clock (default 0: the screen's thread alone).",
            valueName: "N"))
    var readAhead = 0

    @OptionGroup var screen: ScreenOptions

    var replaySpeed: ReplaySpeed? {
        if speed == "max" { return .max }
        guard let factor = Double(speed), factor > 0, factor.isFinite else { return nil }
        return ReplaySpeed.factor(factor).clamped
    }

    func validate() throws {
        guard (0...64).contains(readAhead) else { throw ValidationError("--read-ahead must be 0 to 64 worker threads") }
        guard replaySpeed != nil else { throw ValidationError("--speed must be a positive number (10, 0.5) or max") }
        if let start, RFC3339.parse(start) == nil {
            throw ValidationError("--start '\(start)' is not an RFC 3339 time; write it like 2026-11-23T09:00:00Z")
        }
    }

    func run() throws {
        let (config, _) = screen.settings()
        // What cannot be opened fails here; the log is indexed while the screen shows how far.
        do throws(SourceError) {
            try ReplayIndexLoader.checkOpens(file)
        } catch {
            CommandFailure(message: error.description, code: CommandFailure.unreadableInput).exit()
        }
        // The index pass scans blocks of the log on every core this process may use (but one at full
        // speed, below). Then the screen's thread reads, decodes and ingests in time order by itself:
        // on the 2-core machine measured, with other work running, reading ahead on the other core
        // took more CPU and 15-40 MB more memory (176 against 129 MB on a 10M-span log) for a longer
        // whole-log play, so no workers unless --read-ahead asks for them. Replay keeps no copies of
        // the store to go back to (each would cost as much memory as the store, over 100 MB on a
        // large log): going back replays from the start, the screen catching up.
        // At full speed the index pass also decodes each line with its text and hands the events over
        // in time order as it goes (a play ahead), when the log is in time order: the log is read
        // and decoded once, and the replay is at its end once the log is indexed. The screen's thread
        // then runs the engine all along, so the pass leaves it a core: on 2 cores one pass worker
        // played a 1M-span log in 0.67-0.70 s (median of 10, short form) where two took 0.82-0.84 s,
        // preempting the engine's thread (0.59 against 0.73 s on the native form).
        let cores = AvailableCores.count
        let playsAhead = replaySpeed == .max
        let passWorkers = cores > 1 ? (playsAhead ? cores - 1 : cores) : 0
        let loader = ReplayIndexLoader(path: file, workers: passWorkers, playsAhead: playsAhead)
        guard loader.totalBytes > 0 else {
            CommandFailure(
                message: "'\(file)' has no events to replay (0 malformed lines); check it with 'opstop report \(file)'",
                code: CommandFailure.unreadableInput
            ).exit()
        }
        let driver = ReplayDriver(
            loading: loader, name: file, configuration: config.engine, speed: replaySpeed ?? .factor(1),
            start: start.flatMap(RFC3339.parse), workers: readAhead)
        ScreenLauncher.run(driver: driver, options: screen)
    }
}
