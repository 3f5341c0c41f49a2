import OpsModel

/// Everything the engine sums over one stretch of event time.
///
/// Buckets of one second, one minute and all time share this type; windows are sums of
/// buckets. Per-series figures are keyed by `SeriesRegistry` numbers.
package struct MetricsBucket: Sendable, ReusableBucket {
    package var spans = 0
    package var roots = 0
    package var failedSpans = 0
    package var failedRoots = 0
    package var errorsByCategory = CategoryCounts()
    package var errorsByType = SeriesArray<Int>(empty: 0)
    package var costUSD: Double = 0
    package var tokens = TokenUsage.zero
    /// What provider prompt caching saved: cache-read tokens × (input − cache-read price).
    package var providerCacheSavedUSD: Double = 0
    package var costByModel = SeriesArray<Double>(empty: 0)
    package var spansByModel = SeriesArray<Int>(empty: 0)
    package var latency = ComponentHistograms()
    package var latencyByModel = SeriesArray(empty: LatencyHistogram())
    package var latencyByTool = SeriesArray(empty: LatencyHistogram())
    /// Semantic cache, guardrails and evaluations.
    package var signals = SignalFigures()

    package init() {}

    package mutating func reset() {
        spans = 0
        roots = 0
        failedSpans = 0
        failedRoots = 0
        errorsByCategory = CategoryCounts()
        errorsByType.resetToEmpty()
        costUSD = 0
        tokens = .zero
        providerCacheSavedUSD = 0
        costByModel.resetToEmpty()
        spansByModel.resetToEmpty()
        latency.reset()
        latencyByModel.resetEach { $0.reset() }
        latencyByTool.resetEach { $0.reset() }
        signals.reset()
    }

    /// Adds another bucket's figures to this one.
    package mutating func merge(_ other: MetricsBucket) {
        mergeCounts(other)
        costUSD += other.costUSD
        providerCacheSavedUSD += other.providerCacheSavedUSD
        costByModel.merge(other.costByModel) { $0 += $1 }
        signals.mergeSums(other.signals)
    }

    /// Adds another bucket's counts, tokens and histograms: every figure whose total is the same whatever
    /// the order it is added in. Leaves the floating-point sums (costs, savings) and all of ``signals``
    /// but its counts and histograms alone.
    package mutating func mergeCounts(_ other: MetricsBucket) {
        spans += other.spans
        roots += other.roots
        failedSpans += other.failedSpans
        failedRoots += other.failedRoots
        errorsByCategory.merge(other.errorsByCategory)
        errorsByType.merge(other.errorsByType) { $0 += $1 }
        tokens += other.tokens
        spansByModel.merge(other.spansByModel) { $0 += $1 }
        latency.merge(other.latency)
        latencyByModel.merge(other.latencyByModel) { $0.merge($1) }
        latencyByTool.merge(other.latencyByTool) { $0.merge($1) }
        signals.mergeCounts(other.signals)
    }
}

/// Failed-span counts per error category.
package struct CategoryCounts: Sendable, Hashable {
    package var transient = 0
    package var user = 0
    package var system = 0

    package init(transient: Int = 0, user: Int = 0, system: Int = 0) {
        self.transient = transient
        self.user = user
        self.system = system
    }

    package subscript(category: ErrorCategory) -> Int {
        get {
            switch category {
            case .transient: return transient
            case .user: return user
            case .system: return system
            }
        }
        set {
            switch category {
            case .transient: transient = newValue
            case .user: user = newValue
            case .system: system = newValue
            }
        }
    }

    package var total: Int { transient + user + system }

    package mutating func merge(_ other: CategoryCounts) {
        transient += other.transient
        user += other.user
        system += other.system
    }
}

/// One latency histogram per component.
package struct ComponentHistograms: Sendable {
    package var llm = LatencyHistogram()
    package var tool = LatencyHistogram()
    package var query = LatencyHistogram()
    package var retrieval = LatencyHistogram()
    package var cache = LatencyHistogram()
    package var guardrail = LatencyHistogram()
    package var other = LatencyHistogram()

    package init() {}

    package subscript(component: Component) -> LatencyHistogram {
        get {
            switch component {
            case .llm: return llm
            case .tool: return tool
            case .query: return query
            case .retrieval: return retrieval
            case .cache: return cache
            case .guardrail: return guardrail
            case .other: return other
            }
        }
        set {
            switch component {
            case .llm: llm = newValue
            case .tool: tool = newValue
            case .query: query = newValue
            case .retrieval: retrieval = newValue
            case .cache: cache = newValue
            case .guardrail: guardrail = newValue
            case .other: other = newValue
            }
        }
    }

    package mutating func record(_ component: Component, nanos: Int64) {
        switch component {
        case .llm: llm.record(nanos: nanos)
        case .tool: tool.record(nanos: nanos)
        case .query: query.record(nanos: nanos)
        case .retrieval: retrieval.record(nanos: nanos)
        case .cache: cache.record(nanos: nanos)
        case .guardrail: guardrail.record(nanos: nanos)
        case .other: other.record(nanos: nanos)
        }
    }

    /// Records a sample in the component's histogram.
    package mutating func record(_ component: Component, _ sample: LatencyHistogram.Sample) {
        switch component {
        case .llm: llm.record(sample)
        case .tool: tool.record(sample)
        case .query: query.record(sample)
        case .retrieval: retrieval.record(sample)
        case .cache: cache.record(sample)
        case .guardrail: guardrail.record(sample)
        case .other: other.record(sample)
        }
    }

    package mutating func reset() {
        llm.reset()
        tool.reset()
        query.reset()
        retrieval.reset()
        cache.reset()
        guardrail.reset()
        other.reset()
    }

    package mutating func merge(_ other: ComponentHistograms) {
        llm.merge(other.llm)
        tool.merge(other.tool)
        query.merge(other.query)
        retrieval.merge(other.retrieval)
        cache.merge(other.cache)
        guardrail.merge(other.guardrail)
        self.other.merge(other.other)
    }
}
