/// A trace as the store holds it: its spans in arrival order, with what each contributed.
public struct TraceRecord: Sendable {
    public struct Entry: Sendable {
        public var span: Span
        /// Cost of this span alone: stated, or priced from its tokens (0 when unpriced).
        public var costUSD: Double
        /// Whether this span's cost and tokens count toward totals (false for roll-ups of children).
        public var countsUsage: Bool
        public var errorCategory: ErrorCategory?
    }

    public let traceID: TraceID
    public private(set) var entries: [Entry] = []
    /// Spans known to have descendants that carry usage (present or not yet arrived).
    /// Traces are small, so a list searched in order beats a set's allocation and hashing.
    private(set) var hasUsageBelow: [SpanID] = []
    public private(set) var contentBytes = 0

    public init(traceID: TraceID) {
        self.traceID = traceID
    }

    public var spans: [Span] { entries.map(\.span) }
    func index(of spanID: SpanID) -> Int? { entries.firstIndex { $0.span.spanID == spanID } }
    public func entry(for spanID: SpanID) -> Entry? { index(of: spanID).map { entries[$0] } }
    public func contains(_ spanID: SpanID) -> Bool { index(of: spanID) != nil }
    public var root: Entry? { entries.first { $0.span.isRoot } }

    func hasUsage(below spanID: SpanID) -> Bool { hasUsageBelow.contains(spanID) }

    /// Marks `spanID` as having usage below it; false when it already was.
    mutating func markUsage(below spanID: SpanID) -> Bool {
        guard !hasUsageBelow.contains(spanID) else { return false }
        hasUsageBelow.append(spanID)
        return true
    }

    mutating func append(_ entry: Entry) {
        contentBytes += entry.span.content?.byteCount ?? 0
        entries.append(entry)
    }

    mutating func setCountsUsage(_ counts: Bool, at index: Int) {
        entries[index].countsUsage = counts
    }

    /// Forgets the prompts and completions of every span; returns the bytes freed.
    mutating func dropContent() -> Int {
        let freed = contentBytes
        for index in entries.indices { entries[index].span.content = nil }
        contentBytes = 0
        return freed
    }

    /// Figures of the trace as it stands.
    public var summary: TraceSummary {
        var start = Int64.max
        var end = Int64.min
        var cost = 0.0
        var tokens = TokenUsage.zero
        var failed = 0
        var firstError: Entry?
        var models: [String] = []
        var tools: [String] = []
        var user: String?
        for entry in entries {
            let span = entry.span
            start = Swift.min(start, span.startNanos)
            end = Swift.max(end, span.endNanos)
            if entry.countsUsage {
                cost += entry.costUSD
                tokens += span.usage
            }
            if span.isError {
                failed += 1
                if firstError == nil || (firstError?.span.isRoot ?? false) { firstError = entry }
            }
            if let model = span.model, !models.contains(model), models.count < 4 { models.append(model) }
            if let tool = span.tool, !tools.contains(tool), tools.count < 4 { tools.append(tool) }
            if user == nil || span.isRoot, let id = span.userID { user = id }
        }
        let rootSpan = root?.span
        let duration = rootSpan.map(\.durationNanos) ?? Swift.max(0, end - start)
        return TraceSummary(
            traceID: traceID, name: rootSpan?.name ?? entries.first?.span.name ?? "",
            startNanos: rootSpan?.startNanos ?? (start == .max ? 0 : start), durationNanos: duration,
            costUSD: cost, tokens: tokens, spanCount: entries.count, failedSpans: failed,
            errorType: firstError?.span.error?.type, errorCategory: firstError?.errorCategory,
            models: models, tools: tools, userID: user)
    }
}
