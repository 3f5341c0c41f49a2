/// One series of a family: the samples that share a label set (ignoring `le` and `quantile`), assembled.
package struct MetricSeries: Sendable, Hashable {
    /// Sorted by name; empty and `"None"` values dropped; no `le` / `quantile`. A stateset keeps its state label.
    package var labels: [Label]
    /// Stable identity across scrapes: `family{a="x",b="y"}` with label values escaped.
    package var key: String
    /// The value of a counter (`_total` or bare), gauge, info (`_info`), stateset or unknown sample.
    package var value: Double?
    /// `_created`, in seconds since the Unix epoch (also folded in from classic-text `*_created` gauges).
    package var created: Double?
    /// The timestamp of the last sample read for this series, in seconds.
    package var timestamp: Double?
    /// The exemplar on the value sample (counters).
    package var exemplar: Exemplar?
    package var histogram: HistogramValue?
    package var summary: SummaryValue?
    /// Every sample of the series in exposition order, with full names and labels.
    package var samples: [MetricSample]

    package init(
        labels: [Label], key: String, value: Double? = nil, created: Double? = nil, timestamp: Double? = nil,
        exemplar: Exemplar? = nil, histogram: HistogramValue? = nil, summary: SummaryValue? = nil,
        samples: [MetricSample] = []
    ) {
        self.labels = labels
        self.key = key
        self.value = value
        self.created = created
        self.timestamp = timestamp
        self.exemplar = exemplar
        self.histogram = histogram
        self.summary = summary
        self.samples = samples
    }

    /// `name{a="x",b="y"}`, escaping `\`, `"` and newlines in values (and quoting names that need it).
    package static func key(family: String, labels: [Label]) -> String {
        var key = quotedIfNeeded(family, isMetric: true)
        guard !labels.isEmpty else { return key }
        key += "{"
        for (index, label) in labels.enumerated() {
            if index > 0 { key += "," }
            key += quotedIfNeeded(label.name, isMetric: false)
            key += "=\""
            key += escape(label.value)
            key += "\""
        }
        key += "}"
        return key
    }

    static func escape(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == Byte.backslash || $0 == Byte.quote || $0 == Byte.newline }) else {
            return value
        }
        var escaped = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func quotedIfNeeded(_ name: String, isMetric: Bool) -> String {
        let utf8 = name.utf8
        let plain = !utf8.isEmpty && utf8.enumerated().allSatisfy { index, byte in
            if isMetric {
                index == 0 ? Byte.isNameStart(byte) : Byte.isNameContinue(byte)
            } else {
                index == 0 ? Byte.isLabelStart(byte) : Byte.isLabelContinue(byte)
            }
        }
        return plain ? name : "\"\(escape(name))\""
    }
}
