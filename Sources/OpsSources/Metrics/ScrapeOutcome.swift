import OpsModel

/// What one attempt to scrape a target gave.
package enum ScrapeOutcome: Sendable {
    /// A parsed exposition (possibly with skipped lines) and the size of the body.
    case scraped(Scrape, bytes: Int)
    /// Why it failed, in a few words for the header: `connection refused`, `HTTP 500`, …
    case failed(String)
}
