import ArgumentParser

/// `--config PATH`, which every command that reads the config file takes.
struct ConfigFileOption: ParsableArguments {
    @Option(
        name: .customLong("config"),
        help: ArgumentHelp(
            "Config file (default: $XDG_CONFIG_HOME/opstop/config.toml, then ~/.config/opstop/config.toml).",
            valueName: "path"))
    var path: String?
}
