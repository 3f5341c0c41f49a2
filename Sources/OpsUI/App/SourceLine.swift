/// One source as the header shows it (the UI does not know how sources work).
package struct SourceLine: Sendable, Hashable {
    package enum Health: Sendable, Hashable {
        case live
        case finished
        case waiting
        case stale
        case failed
    }

    package var name: String
    package var health: Health
    /// Why it is waiting, stale or failed; when live, a short summary (a receiver's counts) or empty.
    package var detail: String
    package var malformedLines: Int
    /// Records skipped on purpose (a `kind` opstop does not read).
    package var ignoredLines: Int
    /// Set while the source catches up with data that was there when it started.
    package var loading: LoadProgress?

    package init(
        name: String, health: Health, detail: String = "", malformedLines: Int = 0, ignoredLines: Int = 0,
        loading: LoadProgress? = nil
    ) {
        self.name = name
        self.health = health
        self.detail = detail
        self.malformedLines = malformedLines
        self.ignoredLines = ignoredLines
        self.loading = loading
    }
}
