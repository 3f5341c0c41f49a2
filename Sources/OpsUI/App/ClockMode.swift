/// Whose clock the screen shows, for the header.
package enum ClockMode: Sendable, Hashable {
    /// Following live sources; figures as of wall time.
    case live
    /// The display is frozen (`p`) while data keeps flowing in.
    case paused
    /// Replaying a recorded log against a virtual clock.
    case replay(speed: String, progress: Double, paused: Bool)
    /// A one-off frame (`opstop snapshot`).
    case snapshot
}
