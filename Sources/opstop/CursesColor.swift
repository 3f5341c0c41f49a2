import OpsTerminal

/// Colour decisions taken before the screen starts.
enum CursesColor {
    /// `NO_COLOR` set and non-empty (https://no-color.org).
    static func noColorRequested() -> Bool { CursesBackend.noColorRequested() }
}
