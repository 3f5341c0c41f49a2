/// What a scraped body is, decided from its Content-Type and its first bytes, with the reason.
package struct ContentSniff: Sendable, Hashable {
    /// The format to parse with, or nil when the body is not a text exposition.
    package var format: ExpositionFormat?
    /// Why, in words fit for a status line: `Content-Type text/html and the body starts with '<'`.
    package var reason: String

    package init(format: ExpositionFormat?, reason: String) {
        self.format = format
        self.reason = reason
    }

    package var isMetrics: Bool { format != nil }
}
