import OpsModel

/// A trace behind a latency figure: an OpenMetrics exemplar on a histogram bucket.
package struct TraceExemplar: Sendable, Hashable {
    package var traceID: String
    package var spanID: String?
    /// The observed latency.
    package var valueMs: Double
    /// When it was observed (nanoseconds since the epoch), when the exemplar says.
    package var timeNanos: Int64?
    /// The upper bound of the bucket it sits in (`.infinity` for `+Inf`).
    package var bucketUpperMs: Double

    package init(traceID: String, spanID: String? = nil, valueMs: Double, timeNanos: Int64? = nil, bucketUpperMs: Double)
    {
        self.traceID = traceID
        self.spanID = spanID
        self.valueMs = valueMs
        self.timeNanos = timeNanos
        self.bucketUpperMs = bucketUpperMs
    }
}

/// The exemplars behind one latency row (a component, or one model or tool of it) in the window.
package struct LatencyExemplars: Sendable, Hashable {
    package enum Kind: String, Sendable, Hashable {
        case component, model, tool
    }

    package var kind: Kind
    package var component: Component
    /// The component's name for `.component`, else the model or tool.
    package var name: String
    /// The window's bucket increases, cumulative, ascending bounds in milliseconds (for finding a
    /// percentile's bucket).
    package var buckets: [(upperMs: Double, count: Double)]
    /// Newest per bucket, lowest bucket first.
    package var exemplars: [TraceExemplar]

    package init(
        kind: Kind, component: Component, name: String, buckets: [(upperMs: Double, count: Double)],
        exemplars: [TraceExemplar]
    ) {
        self.kind = kind
        self.component = component
        self.name = name
        self.buckets = buckets
        self.exemplars = exemplars
    }

    /// Exemplars in the bucket holding percentile `percent` (0…100) and every bucket above it,
    /// slowest first; all of them when the bucket cannot be found.
    package func atOrAbove(percentile percent: Double) -> [TraceExemplar] {
        let sorted = exemplars.sorted { ($0.valueMs, $0.traceID) > ($1.valueMs, $1.traceID) }
        guard let total = buckets.last?.count, total > 0 else { return sorted }
        let rank = percent / 100 * total
        guard let index = buckets.firstIndex(where: { $0.count >= rank }) else { return sorted }
        let lowerBound = index == 0 ? -Double.infinity : buckets[index - 1].upperMs
        return sorted.filter { $0.bucketUpperMs > lowerBound }
    }

    package static func == (lhs: LatencyExemplars, rhs: LatencyExemplars) -> Bool {
        lhs.kind == rhs.kind && lhs.component == rhs.component && lhs.name == rhs.name
            && lhs.exemplars == rhs.exemplars && lhs.buckets.map(\.upperMs) == rhs.buckets.map(\.upperMs)
            && lhs.buckets.map(\.count) == rhs.buckets.map(\.count)
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(name)
        hasher.combine(exemplars)
    }
}
