import ArgumentParser
import Foundation
import OpsConfig
import OpsRuntime
import OpsTerminal
import OpsUI

/// Starts the curses screen on a driver and runs it to the end; never returns.
enum ScreenLauncher {
    static func run(driver: any EngineDriver, options: ScreenOptions) -> Never {
        let (config, themes) = options.settings()
        let backend: CursesBackend
        do {
            backend = try CursesBackend()
        } catch {
            driver.stop()
            CommandFailure(
                message:
                    "the live screen needs a terminal (\(error.description)); for scripts use 'opstop report FILE' or 'opstop snapshot FILE'",
                code: CommandFailure.unreadableInput
            ).exit()
        }
        let loop = ScreenLoop(
            driver: driver, backend: backend, themes: themes, ascii: config.ascii, refreshMillis: config.refreshMillis,
            bell: config.bell, window: options.initialWindow,
            keyLatencyLog: ProcessInfo.processInfo.environment["OPSTOP_KEY_LATENCY_LOG"],
            loadTimeLog: ProcessInfo.processInfo.environment["OPSTOP_LOAD_TIME_LOG"].map {
                LoadTimeLog(path: $0, startNanos: Opstop.startNanos)
            })
        let status = loop.run()
        exitProcess(status)
    }
}
