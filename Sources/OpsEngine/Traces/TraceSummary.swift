import OpsModel

/// The figures of one trace that lists and drill-downs show, small enough to keep many of.
package struct TraceSummary: Sendable, Hashable {
    package var traceID: TraceID
    package var name: String
    package var startNanos: Int64
    package var durationNanos: Int64
    package var costUSD: Double
    package var tokens: TokenUsage
    package var spanCount: Int
    package var failedSpans: Int
    /// The error type of the first failed span, if any.
    package var errorType: String?
    package var errorCategory: ErrorCategory?
    package var models: [String]
    package var tools: [String]
    package var userID: String?

    package init(
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

    package var isFailed: Bool { failedSpans > 0 }
}
