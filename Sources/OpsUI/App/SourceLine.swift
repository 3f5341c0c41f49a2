/// One source as the header shows it (the UI does not know how sources work).
public struct SourceLine: Sendable, Hashable {
    public enum Health: Sendable, Hashable {
        case live
        case finished
        case waiting
        case stale
        case failed
    }

    public var name: String
    public var health: Health
    /// Why it is waiting, stale or failed; when live, a short summary (a receiver's counts) or empty.
    public var detail: String
    public var malformedLines: Int

    public init(name: String, health: Health, detail: String = "", malformedLines: Int = 0) {
        self.name = name
        self.health = health
        self.detail = detail
        self.malformedLines = malformedLines
    }
}
