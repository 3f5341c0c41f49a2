import OpsModel

/// A catalog mapping (``MetricMapping``) resolved to a metric name the Prometheus server has.
package struct FleetFamily: Sendable, Hashable {
    package var mapping: MetricMapping
    /// As the server stores it: counters with `_total`, histograms without `_bucket`.
    package var name: String
    /// Whether `name` is a histogram's base (its `_bucket`, `_count` and `_sum` series exist).
    package var isHistogram: Bool

    package init(mapping: MetricMapping, name: String, isHistogram: Bool) {
        self.mapping = mapping
        self.name = name
        self.isHistogram = isHistogram
    }

    package var role: MetricRole { mapping.role }
    package var labels: MetricLabels { mapping.labels }

    /// The families of `mappings` the server has, in catalog order; each server name is claimed by its first mapping.
    ///
    /// - Parameter available: the server's metric names (`/api/v1/label/__name__/values`); nil when it would not
    ///   say, in which case every mapping without a `*` is assumed present under its conventional name.
    package static func resolve(_ mappings: [MetricMapping], available: Set<String>?) -> [FleetFamily] {
        guard let available else { return mappings.compactMap(assumed) }
        let histogramBases = Set(available.filter { $0.hasSuffix("_bucket") }.map { String($0.dropLast(7)) })
        let sorted = available.sorted()
        var claimed: Set<String> = []
        var families: [FleetFamily] = []
        for mapping in mappings {
            for base in histogramBases.sorted() where !claimed.contains(base) && mapping.matches(base) {
                claimed.insert(base)
                families.append(FleetFamily(mapping: mapping, name: base, isHistogram: true))
            }
            if case .latency = mapping.role { continue }
            for name in sorted
            where !claimed.contains(name) && mapping.matches(name) && !isPart(name, of: histogramBases) {
                claimed.insert(name)
                families.append(FleetFamily(mapping: mapping, name: name, isHistogram: false))
            }
        }
        return families
    }

    private static func isPart(_ name: String, of histograms: Set<String>) -> Bool {
        for suffix in ["_bucket", "_count", "_sum", "_created"] where name.hasSuffix(suffix) {
            if histograms.contains(String(name.dropLast(suffix.count))) { return true }
        }
        return name.hasSuffix("_created")
    }

    /// The conventional name of a mapping's family: counters end in `_total`.
    private static func assumed(_ mapping: MetricMapping) -> FleetFamily? {
        guard !mapping.family.contains("*") else { return nil }
        switch mapping.role {
        case .latency: return FleetFamily(mapping: mapping, name: mapping.family, isHistogram: true)
        case .tokens(nil): return FleetFamily(mapping: mapping, name: mapping.family, isHistogram: true)
        case .cost, .tokens, .requests, .errors, .breakerTrips, .cacheLookups, .guardrailChecks:
            let name = mapping.family.hasSuffix("_total") ? mapping.family : mapping.family + "_total"
            return FleetFamily(mapping: mapping, name: name, isHistogram: false)
        case .breakerState, .breakerOpen, .budgetRemaining, .budgetLimit:
            return FleetFamily(mapping: mapping, name: mapping.family, isHistogram: false)
        }
    }

    /// A counter's series, or a histogram's `_sum` when the family counts through a histogram (token usage).
    var counterName: String { isHistogram ? name + "_sum" : name }
}
