/// The result of parsing one exposition: families, plus what was skipped and why.
package struct Scrape: Sendable, Hashable {
    /// How the body was recognised; `sniff.format == nil` means it was not parsed at all.
    package var sniff: ContentSniff
    /// In order of first appearance.
    package var families: [MetricFamily]
    /// The first few problems (see `ExpositionLimits.maxKeptIssues`).
    package var issues: [ParseIssue]
    /// All problems, kept or not.
    package var issueCount: Int
    package var lineCount: Int
    package var sampleCount: Int

    package init(
        sniff: ContentSniff, families: [MetricFamily] = [], issues: [ParseIssue] = [],
        issueCount: Int = 0, lineCount: Int = 0, sampleCount: Int = 0
    ) {
        self.sniff = sniff
        self.families = families
        self.issues = issues
        self.issueCount = issueCount
        self.lineCount = lineCount
        self.sampleCount = sampleCount
    }

    package var format: ExpositionFormat? { sniff.format }

    /// The family called `name`, also matching a counter across formats (`x` ↔ `x_total`).
    package func family(named name: String) -> MetricFamily? {
        if let exact = families.first(where: { $0.name == name }) { return exact }
        let alternative = name.hasSuffix("_total") ? String(name.dropLast(6)) : name + "_total"
        return families.first { $0.name == alternative && $0.type == .counter }
    }
}
