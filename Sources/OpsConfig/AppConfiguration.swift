import OpsEngine
import OpsModel

/// Everything a config file sets: the engine's rules and the screen's preferences.
package struct AppConfiguration: Sendable {
    package var engine = EngineConfiguration()
    /// A theme name (`default`, `light`, …) or a path to a theme file.
    package var theme: String?
    /// How often the screen may redraw, in milliseconds (at most 10 times a second).
    package var refreshMillis = 100
    package var ascii = false
    package var bell = false
    /// `[privacy] patterns`: what `--redact` masks in text, whether or not the file turns it on.
    package var redactionPatterns = RedactionPattern.defaults
    /// Where the settings came from, for messages; nil when built in.
    package var file: String?

    package init() {}

    /// Turns on redaction (`--redact`) with the file's patterns; nothing changes if it is on already.
    package mutating func turnOnRedaction() {
        if engine.redactor == nil { engine.redactor = Redactor(patterns: redactionPatterns) }
    }
}
