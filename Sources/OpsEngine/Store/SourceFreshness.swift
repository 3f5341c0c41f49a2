/// A source whose last attempt failed: its figures are the last good ones, kept on screen.
package struct StaleInfo: Sendable, Hashable {
    /// When the last good data arrived (wall time), or when the source started if none ever did.
    package var sinceNanos: Int64
    /// Why, in a few words: `connection refused`, `timed out after 5s`, `HTTP 500`.
    package var reason: String
    /// The source (a URL) that went stale.
    package var source: String

    package init(sinceNanos: Int64, reason: String, source: String = "") {
        self.sinceNanos = sinceNanos
        self.reason = reason
        self.source = source
    }
}
