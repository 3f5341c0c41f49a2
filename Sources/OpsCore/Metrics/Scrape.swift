/// The result of parsing one exposition: families, plus what was skipped and why.
public struct Scrape: Sendable, Hashable {
    /// How the body was recognised; `sniff.format == nil` means it was not parsed at all.
    public var sniff: ContentSniff
    /// In order of first appearance.
    public var families: [MetricFamily]
    /// The first few problems (see `ExpositionLimits.maxKeptIssues`).
    public var issues: [ParseIssue]
    /// All problems, kept or not.
    public var issueCount: Int
    public var lineCount: Int
    public var sampleCount: Int

    public init(
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

    public var format: ExpositionFormat? { sniff.format }

    /// The family called `name`, also matching a counter across formats (`x` ↔ `x_total`).
    public func family(named name: String) -> MetricFamily? {
        if let exact = families.first(where: { $0.name == name }) { return exact }
        let alternative = name.hasSuffix("_total") ? String(name.dropLast(6)) : name + "_total"
        return families.first { $0.name == alternative && $0.type == .counter }
    }
}
