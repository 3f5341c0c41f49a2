/// A metric family: its metadata and its series in exposition order.
public struct MetricFamily: Sendable, Hashable {
    /// As declared by `# TYPE` (OpenMetrics counters without `_total`; classic ones usually with it).
    public var name: String
    public var type: MetricType
    public var help: String?
    public var unit: String?
    public var series: [MetricSeries]

    public init(name: String, type: MetricType, help: String? = nil, unit: String? = nil, series: [MetricSeries] = []) {
        self.name = name
        self.type = type
        self.help = help
        self.unit = unit
        self.series = series
    }

    /// The series whose labels are exactly `labels` (order and dropped labels do not matter).
    public func series(_ labels: [String: String]) -> MetricSeries? {
        let wanted = labels.filter { !$0.value.isEmpty && $0.value != "None" }
            .map { Label($0.key, $0.value) }.sorted()
        return series.first { $0.labels == wanted }
    }
}
