/// The figures of one trace that lists and drill-downs show, small enough to keep many of.
public struct TraceSummary: Sendable, Hashable {
    public var traceID: TraceID
    public var name: String
    public var startNanos: Int64
    public var durationNanos: Int64
    public var costUSD: Double
    public var tokens: TokenUsage
    public var spanCount: Int
    public var failedSpans: Int
    /// The error type of the first failed span, if any.
    public var errorType: String?
    public var errorCategory: ErrorCategory?
    public var models: [String]
    public var tools: [String]
    public var userID: String?

    public init(
        traceID: TraceID, name: String, startNanos: Int64, durationNanos: Int64, costUSD: Double = 0,
        tokens: TokenUsage = .zero, spanCount: Int = 1, failedSpans: Int = 0, errorType: String? = nil,
        errorCategory: ErrorCategory? = nil, models: [String] = [], tools: [String] = [], userID: String? = nil
    ) {
        self.traceID = traceID
        self.name = name
        self.startNanos = startNanos
        self.durationNanos = durationNanos
        self.costUSD = costUSD
        self.tokens = tokens
        self.spanCount = spanCount
        self.failedSpans = failedSpans
        self.errorType = errorType
        self.errorCategory = errorCategory
        self.models = models
        self.tools = tools
        self.userID = userID
    }

    public var isFailed: Bool { failedSpans > 0 }
}
