/// Everything the engine sums over one stretch of event time.
///
/// Buckets of one second, one minute and all time share this type; windows are sums of
/// buckets. Per-series figures are keyed by `SeriesRegistry` numbers.
public struct MetricsBucket: Sendable, ReusableBucket {
    public var spans = 0
    public var roots = 0
    public var failedSpans = 0
    public var failedRoots = 0
    public var errorsByCategory = CategoryCounts()
    public var errorsByType = SeriesArray<Int>(empty: 0)
    public var costUSD: Double = 0
    public var tokens = TokenUsage.zero
    public var costByModel = SeriesArray<Double>(empty: 0)
    public var spansByModel = SeriesArray<Int>(empty: 0)
    public var latency = ComponentHistograms()
    public var latencyByModel = SeriesArray(empty: LatencyHistogram())
    public var latencyByTool = SeriesArray(empty: LatencyHistogram())
    public var notable: NotableTraces

    public init(notableLimit: Int = 5, failedLimit: Int = 20) {
        notable = NotableTraces(limit: notableLimit, failedLimit: failedLimit)
    }

    public mutating func reset() {
        spans = 0
        roots = 0
        failedSpans = 0
        failedRoots = 0
        errorsByCategory = CategoryCounts()
        errorsByType.resetEach { $0 = 0 }
        costUSD = 0
        tokens = .zero
        costByModel.resetEach { $0 = 0 }
        spansByModel.resetEach { $0 = 0 }
        latency.reset()
        latencyByModel.resetEach { $0.reset() }
        latencyByTool.resetEach { $0.reset() }
        notable.reset()
    }

    /// Adds another bucket's figures to this one (notable traces included).
    public mutating func merge(_ other: MetricsBucket) {
        spans += other.spans
        roots += other.roots
        failedSpans += other.failedSpans
        failedRoots += other.failedRoots
        errorsByCategory.merge(other.errorsByCategory)
        errorsByType.merge(other.errorsByType) { $0 += $1 }
        costUSD += other.costUSD
        tokens += other.tokens
        costByModel.merge(other.costByModel) { $0 += $1 }
        spansByModel.merge(other.spansByModel) { $0 += $1 }
        latency.merge(other.latency)
        latencyByModel.merge(other.latencyByModel) { $0.merge($1) }
        latencyByTool.merge(other.latencyByTool) { $0.merge($1) }
        notable.merge(other.notable)
    }
}

/// Failed-span counts per error category.
public struct CategoryCounts: Sendable, Hashable {
    public var transient = 0
    public var user = 0
    public var system = 0

    public init(transient: Int = 0, user: Int = 0, system: Int = 0) {
        self.transient = transient
        self.user = user
        self.system = system
    }

    public subscript(category: ErrorCategory) -> Int {
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

    public var total: Int { transient + user + system }

    public mutating func merge(_ other: CategoryCounts) {
        transient += other.transient
        user += other.user
        system += other.system
    }
}

/// One latency histogram per component.
public struct ComponentHistograms: Sendable {
    public var llm = LatencyHistogram()
    public var tool = LatencyHistogram()
    public var query = LatencyHistogram()
    public var retrieval = LatencyHistogram()
    public var other = LatencyHistogram()

    public init() {}

    public subscript(component: Component) -> LatencyHistogram {
        get {
            switch component {
            case .llm: return llm
            case .tool: return tool
            case .query: return query
            case .retrieval: return retrieval
            case .other: return other
            }
        }
        set {
            switch component {
            case .llm: llm = newValue
            case .tool: tool = newValue
            case .query: query = newValue
            case .retrieval: retrieval = newValue
            case .other: other = newValue
            }
        }
    }

    public mutating func record(_ component: Component, nanos: Int64) {
        switch component {
        case .llm: llm.record(nanos: nanos)
        case .tool: tool.record(nanos: nanos)
        case .query: query.record(nanos: nanos)
        case .retrieval: retrieval.record(nanos: nanos)
        case .other: other.record(nanos: nanos)
        }
    }

    public mutating func reset() {
        llm.reset()
        tool.reset()
        query.reset()
        retrieval.reset()
        other.reset()
    }

    public mutating func merge(_ other: ComponentHistograms) {
        llm.merge(other.llm)
        tool.merge(other.tool)
        query.merge(other.query)
        retrieval.merge(other.retrieval)
        self.other.merge(other.other)
    }
}
