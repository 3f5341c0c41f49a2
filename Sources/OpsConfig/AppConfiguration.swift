import OpsCore

/// Everything a config file sets: the engine's rules and the screen's preferences.
public struct AppConfiguration: Sendable {
    public var engine = EngineConfiguration()
    /// A theme name (`default`, `light`, …) or a path to a theme file.
    public var theme: String?
    /// How often the screen may redraw, in milliseconds (at most 10 times a second).
    public var refreshMillis = 100
    public var ascii = false
    public var bell = false
    /// Where the settings came from, for messages; nil when built in.
    public var file: String?

    public init() {}
}
