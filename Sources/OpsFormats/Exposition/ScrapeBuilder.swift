import OpsModel

/// Attaches parsed lines to families and series, then assembles histograms, summaries and `_created`.
struct ScrapeBuilder {
    private struct FamilyState {
        var family: MetricFamily
        var seriesIndex: [[Label]: Int] = [:]
        var lastSeries: Int?
    }

    private var families: [FamilyState] = []
    private var familyIndex: [String: Int] = [:]
    private var sampleNameCache: [String: (family: Int, suffix: MetricSuffix)] = [:]

    // MARK: Metadata

    mutating func setHelp(_ help: String, for name: String) {
        families[declare(name)].family.help = help
    }

    mutating func setType(_ type: MetricType, for name: String) {
        families[declare(name)].family.type = type
        sampleNameCache.removeAll(keepingCapacity: true)
    }

    mutating func setUnit(_ unit: String, for name: String) {
        families[declare(name)].family.unit = unit
    }

    private mutating func declare(_ name: String) -> Int {
        if let index = familyIndex[name] { return index }
        families.append(FamilyState(family: MetricFamily(name: name, type: .unknown)))
        familyIndex[name] = families.count - 1
        sampleNameCache.removeAll(keepingCapacity: true)
        return families.count - 1
    }

    // MARK: Samples

    mutating func add(_ sample: MetricSample) throws(ParseIssue.Kind) {
        let (familyNumber, suffix) = resolve(sample.name)
        var sample = sample
        sample.suffix = suffix
        let type = families[familyNumber].family.type
        var seriesLabels = sample.labels
        var bound: Double?
        switch (type, suffix) {
        case (.histogram, .bucket), (.gaugeHistogram, .bucket):
            bound = Self.removeNumericLabel("le", from: &seriesLabels)
            guard bound != nil else { throw .missingBucketBound }
        case (.summary, .none):
            bound = Self.removeNumericLabel("quantile", from: &seriesLabels)
            guard bound != nil else { throw .missingQuantile }
        default:
            break
        }
        let seriesNumber = series(in: familyNumber, labels: seriesLabels)
        try Self.apply(sample, type: type, bound: bound, to: &families[familyNumber].family.series[seriesNumber])
    }

    private static func apply(
        _ sample: MetricSample, type: MetricType, bound: Double?, to series: inout MetricSeries
    ) throws(ParseIssue.Kind) {
        switch sample.suffix {
        case .bucket:
            if series.histogram == nil { series.histogram = HistogramValue() }
            series.histogram?.buckets.append(
                HistogramBucket(upperBound: bound ?? .nan, count: sample.value, exemplar: sample.exemplar))
        case .sum, .gsum, .count, .gcount:
            try applyAggregate(sample, type: type, to: &series)
        case .created:
            guard series.created == nil else { throw .duplicateSample }
            series.created = sample.value
        case .none where bound != nil:
            if series.summary == nil { series.summary = SummaryValue() }
            series.summary?.quantiles.append(SummaryValue.Quantile(quantile: bound ?? .nan, value: sample.value))
        case .none, .total, .info:
            guard series.value == nil else { throw .duplicateSample }
            series.value = sample.value
            series.exemplar = sample.exemplar
        }
        if let timestamp = sample.timestamp { series.timestamp = timestamp }
        series.samples.append(sample)
    }

    private static func applyAggregate(_ sample: MetricSample, type: MetricType, to series: inout MetricSeries) throws(ParseIssue.Kind) {
        let isSum = sample.suffix == .sum || sample.suffix == .gsum
        if type == .summary {
            var summary = series.summary ?? SummaryValue()
            guard (isSum ? summary.sum : summary.count) == nil else { throw .duplicateSample }
            if isSum { summary.sum = sample.value } else { summary.count = sample.value }
            series.summary = summary
        } else {
            var histogram = series.histogram ?? HistogramValue()
            guard (isSum ? histogram.sum : histogram.count) == nil else { throw .duplicateSample }
            if isSum { histogram.sum = sample.value } else { histogram.count = sample.value }
            series.histogram = histogram
        }
    }

    /// The family a sample name belongs to and the suffix it carries; unknown names start an `unknown` family.
    private mutating func resolve(_ name: String) -> (family: Int, suffix: MetricSuffix) {
        if let cached = sampleNameCache[name] { return cached }
        let resolved: (family: Int, suffix: MetricSuffix)
        if let exact = familyIndex[name] {
            resolved = (exact, .none)
        } else if let match = familyForSuffixedName(name) {
            resolved = match
        } else {
            resolved = (declare(name), .none)
        }
        sampleNameCache[name] = resolved
        return resolved
    }

    private func familyForSuffixedName(_ name: String) -> (family: Int, suffix: MetricSuffix)? {
        for suffix in MetricSuffix.allCases where suffix != .none {
            if let family = family(forBase: name, suffix: suffix) { return (family, suffix) }
        }
        return nil
    }

    private func family(forBase name: String, suffix: MetricSuffix) -> Int? {
        guard name.hasSuffix(suffix.rawValue) else { return nil }
        let base = String(name.dropLast(suffix.rawValue.count))
        guard let index = familyIndex[base], families[index].family.type.suffixes.contains(suffix) else { return nil }
        return index
    }

    private mutating func series(in familyNumber: Int, labels: [Label]) -> Int {
        if let last = families[familyNumber].lastSeries, families[familyNumber].family.series[last].labels == labels {
            return last
        }
        let number: Int
        if let existing = families[familyNumber].seriesIndex[labels] {
            number = existing
        } else {
            number = families[familyNumber].family.series.count
            families[familyNumber].family.series.append(MetricSeries(labels: labels, key: ""))
            families[familyNumber].seriesIndex[labels] = number
        }
        families[familyNumber].lastSeries = number
        return number
    }

    /// Removes the label `name` and returns its numeric value, or nil when it is missing or not a number.
    private static func removeNumericLabel(_ name: String, from labels: inout [Label]) -> Double? {
        guard let position = labels.firstIndex(where: { $0.name == name }) else { return nil }
        var text = labels.remove(at: position).value
        let outcome = text.withUTF8 { NumberParser.parseDouble($0, 0..<$0.count) }
        guard case .value(let value) = outcome, !value.isNaN else { return nil }
        return value
    }

    // MARK: Finish

    /// The families with keys set, buckets and quantiles sorted, and classic `*_created` gauges folded in.
    mutating func finish(issues: inout IssueLog) -> [MetricFamily] {
        foldCreatedGauges()
        return families.compactMap { state -> MetricFamily? in
            guard familyIndex[state.family.name] != nil else { return nil }
            var family = state.family
            for index in family.series.indices {
                Self.finish(&family.series[index], familyName: family.name, issues: &issues)
            }
            return family
        }
    }

    private static func finish(_ series: inout MetricSeries, familyName: String, issues: inout IssueLog) {
        series.key = MetricSeries.key(family: familyName, labels: series.labels)
        if var histogram = series.histogram {
            histogram.buckets.sort { $0.upperBound < $1.upperBound }
            var unique: [HistogramBucket] = []
            unique.reserveCapacity(histogram.buckets.count)
            for bucket in histogram.buckets {
                if unique.last?.upperBound == bucket.upperBound {
                    issues.record(line: series.samples.first?.line ?? 0, kind: .duplicateSample)
                } else {
                    unique.append(bucket)
                }
            }
            histogram.buckets = unique
            series.histogram = histogram
        }
        series.summary?.quantiles.sort { $0.quantile < $1.quantile }
    }

    /// prometheus_client's classic text exposes `x_created` as a gauge family beside counter `x_total`
    /// (or histogram/summary `x`): move those values into `created` and drop the gauge family when all match.
    private mutating func foldCreatedGauges() {
        for number in families.indices {
            let name = families[number].family.name
            guard name.hasSuffix("_created"), families[number].family.type == .gauge
                || families[number].family.type == .unknown
            else { continue }
            let base = String(name.dropLast("_created".count))
            guard let target = createdTarget(base: base) else { continue }
            var allMatched = true
            for series in families[number].family.series {
                if let value = series.value, let match = families[target].seriesIndex[series.labels] {
                    families[target].family.series[match].created = value
                } else {
                    allMatched = false
                }
            }
            if allMatched { familyIndex[name] = nil }
        }
    }

    private func createdTarget(base: String) -> Int? {
        if let counter = familyIndex[base + "_total"], families[counter].family.type == .counter {
            return counter
        }
        guard let index = familyIndex[base] else { return nil }
        switch families[index].family.type {
        case .counter, .histogram, .summary, .gaugeHistogram: return index
        default: return nil
        }
    }
}
