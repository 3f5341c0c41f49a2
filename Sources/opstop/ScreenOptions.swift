import ArgumentParser
import OpsConfig
import OpsModel
import OpsUI

/// Options every command that draws the screen takes.
struct ScreenOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Colour theme: default, light, solarized-dark, high-contrast, mono, or a .toml file.",
            valueName: "name|path"))
    var theme: String?

    @OptionGroup var configFile: ConfigFileOption

    @Flag(help: "ASCII graphs and borders instead of Unicode.")
    var ascii = false

    @Flag(help: "Ring the terminal bell when an alert starts firing.")
    var bell = false

    @Option(help: ArgumentHelp("Window the panels open with: 1m, 5m, 15m, 1h or all.", valueName: "window"))
    var window: String = "5m"

    func validate() throws {
        guard TimeWindow(rawValue: window) != nil else {
            throw ValidationError("--window must be one of 1m, 5m, 15m, 1h, all")
        }
    }

    /// The config file's settings with these options on top; exits with status 2 on a bad file.
    func settings() -> (config: AppConfiguration, themes: [Theme]) {
        do throws(ConfigError) {
            var config = try configFile.load()
            if ascii { config.ascii = true }
            if bell { config.bell = true }
            var chosen: Theme?
            if let name = theme ?? config.theme { chosen = try ThemeLoader.load(name) }
            var themes = Theme.builtIn
            if CursesColor.noColorRequested() { themes = [.mono] }
            if let chosen {
                themes.removeAll { $0.name == chosen.name }
                themes.insert(chosen, at: 0)
            }
            return (config, themes)
        } catch {
            CommandFailure(message: error.description, code: CommandFailure.unreadableInput).exit()
        }
    }

    var initialWindow: TimeWindow { TimeWindow(rawValue: window) ?? .fiveMinutes }
}
