import ArgumentParser
import OpsConfig

/// `--config PATH` and `--redact`, which every command that reads the config file takes.
struct ConfigFileOption: ParsableArguments {
    @Option(
        name: .customLong("config"),
        help: ArgumentHelp(
            "Config file (default: $XDG_CONFIG_HOME/opstop/config.toml, then ~/.config/opstop/config.toml).",
            valueName: "path"))
    var path: String?

    @Flag(help: "Mask prompts, completions, user ids, emails, API keys and card numbers everywhere opstop shows or writes them.")
    var redact = false

    /// The config file's settings with `--redact` on top.
    func load() throws(ConfigError) -> AppConfiguration {
        var config = try ConfigLoader.load(explicitPath: path)
        if redact { config.turnOnRedaction() }
        return config
    }
}
