/// A metric family: its metadata and its series in exposition order.
package struct MetricFamily: Sendable, Hashable {
    /// As declared by `# TYPE` (OpenMetrics counters without `_total`; classic ones usually with it).
    package var name: String
    package var type: MetricType
    package var help: String?
    package var unit: String?
    package var series: [MetricSeries]

    package init(name: String, type: MetricType, help: String? = nil, unit: String? = nil, series: [MetricSeries] = []) {
        self.name = name
        self.type = type
        self.help = help
        self.unit = unit
        self.series = series
    }

    /// The series whose labels are exactly `labels` (order and dropped labels do not matter).
    package func series(_ labels: [String: String]) -> MetricSeries? {
        let wanted = labels.filter { !$0.value.isEmpty && $0.value != "None" }
            .map { Label($0.key, $0.value) }.sorted()
        return series.first { $0.labels == wanted }
    }
}
