/// Bounds that keep a hostile endpoint from costing unbounded memory; lines beyond them are skipped and counted.
package struct ExpositionLimits: Sendable, Hashable {
    /// Labels on one sample line.
    package var maxLabels: Int
    /// Bytes in one label value (after unescaping) or `# HELP` text.
    package var maxLabelValueBytes: Int
    /// How many `ParseIssue`s a `Scrape` keeps; the rest are only counted.
    package var maxKeptIssues: Int

    package init(maxLabels: Int = 512, maxLabelValueBytes: Int = 16_384, maxKeptIssues: Int = 10) {
        self.maxLabels = maxLabels
        self.maxLabelValueBytes = maxLabelValueBytes
        self.maxKeptIssues = maxKeptIssues
    }
}
