/// What a replay key asks the replay clock to do; the runtime owns the clock.
package enum ReplayCommand: Sendable, Hashable {
    case togglePause
    case faster
    case slower
    /// Advance one second while paused.
    case step
    /// Move the replay clock by this many seconds (negative is back).
    case seek(seconds: Int)
    case toStart
    case toEnd
}
