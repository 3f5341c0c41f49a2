import CPrefetch
import OpsModel

/// A trace as the store holds it: its spans in arrival order, with what each contributed.
///
/// A store that keeps no spans (`opstop report`) holds ``links`` instead of ``entries``: what
/// duplicate detection and roll-ups need, without copying a single span.
package struct TraceRecord: Sendable {
    package struct Entry: Sendable {
        package var span: Span
        /// Cost of this span alone: stated, or priced from its tokens (0 when unpriced).
        package var costUSD: Double
        /// Whether this span's cost and tokens count toward totals (false for roll-ups of children).
        package var countsUsage: Bool
        package var errorCategory: ErrorCategory?
    }

    /// A span reduced to its place in the trace and what it added to the totals.
    struct Link: Sendable {
        var spanID: SpanID
        var parentID: SpanID?
        var countsUsage: Bool
        /// Only for spans that count usage: nothing else can be taken back.
        var contribution: Contribution?
    }

    /// What a span added to the totals, for taking it back when it turns out to be a roll-up.
    struct Contribution: Sendable {
        var endNanos: Int64
        var costUSD: Double
        var usage: TokenUsage
        /// The model's series when the engine knew it as the span came in (no copy of its name), else
        /// ``modelName``.
        var modelSeries: SeriesRegistry.ID?
        var modelName: String?
        var userID: String?
        /// Whether the span stated its cost (else opstop priced it from its table).
        var statedCost: Bool
    }

    /// Set anew only when the store hands an emptied record to another trace.
    package internal(set) var traceID: TraceID
    /// Empty in a store that keeps no spans.
    package private(set) var entries: [Entry] = []
    /// Empty in a store that keeps spans.
    private(set) var links: [Link] = []
    let keepsSpans: Bool
    /// Spans known to have descendants that carry usage (present or not yet arrived): the first two
    /// held in the record, the rest in a list (most traces need none, so no allocation per trace).
    /// Traces are small, so a list searched in order beats a set's allocation and hashing.
    private var usageBelowFirst: SpanID?
    private var usageBelowSecond: SpanID?
    private var usageBelowMore: [SpanID] = []
    package private(set) var contentBytes = 0
    /// Scores given to the trace or its spans, in arrival order (kept only with spans, at most
    /// ``maxEvaluations``).
    package private(set) var evaluations: [Evaluation] = []
    package static let maxEvaluations = 64

    package init(traceID: TraceID) {
        self.init(traceID: traceID, keepsSpans: true)
    }

    init(traceID: TraceID, keepsSpans: Bool) {
        self.traceID = traceID
        self.keepsSpans = keepsSpans
    }

    /// Whether an evicted record's storage is small enough to keep for the next trace (a runaway
    /// trace's thousands of slots are freed instead).
    var isWorthReusing: Bool { entries.capacity <= Self.reusedCapacity && links.capacity <= Self.reusedCapacity }
    static let reusedCapacity = 16

    /// Forgets the spans, marks, content and scores, keeping the storage (for another trace).
    mutating func empty() {
        if !entries.isEmpty { entries.removeAll(keepingCapacity: true) }
        if !links.isEmpty { links.removeAll(keepingCapacity: true) }
        usageBelowFirst = nil
        usageBelowSecond = nil
        if !usageBelowMore.isEmpty { usageBelowMore.removeAll(keepingCapacity: true) }
        contentBytes = 0
        if !evaluations.isEmpty { evaluations.removeAll(keepingCapacity: true) }
    }

    /// Asks the CPU for the storage of the spans or links, to be written, without waiting for it:
    /// for a record about to be evicted, whose storage was last touched thousands of traces ago and
    /// is emptied, then filled by a new trace. Eight cache lines from the array's header on (a
    /// typical trace's worth): reading the count would wait for the very line asked for.
    ///
    /// Read through a pointer to the record where it lies: called on the record, the method got a
    /// copy of it (its four arrays retained and released) at every eviction.
    static func prefetchStorage(of record: UnsafePointer<TraceRecord>) {
        if record.pointee.keepsSpans {
            record.pointee.entries.withUnsafeBufferPointer { prefetch(elementsAt: $0.baseAddress) }
        } else {
            record.pointee.links.withUnsafeBufferPointer { prefetch(elementsAt: $0.baseAddress) }
        }
    }

    private static func prefetch(elementsAt elements: UnsafeRawPointer?) {
        guard let elements else { return }
        opstop_prefetch_eight_lines_for_writing(elements - arrayHeaderBytes)
    }

    /// A Swift array's storage: the object's header and the count and capacity, before the elements.
    private static let arrayHeaderBytes = 32

    /// Moves the spans out, as span events appended to `spans`, and empties the record as ``empty()``
    /// does. The spans are not read, nor their reference counts touched: each entry's slot holds
    /// ``placeholder`` until the entries are emptied.
    mutating func moveSpans(into spans: inout [Event]) {
        if !entries.isEmpty {
            let placeholder = Self.placeholder
            entries.withUnsafeMutableBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                for index in buffer.indices {
                    spans.append(.span((base + index).move().span))
                    (base + index).initialize(to: placeholder)
                }
            }
        }
        empty()
    }

    /// What an entry's slot holds between its span moving out and the entries being emptied.
    private static let placeholder = Entry(
        span: Span(traceID: .synthetic(0), spanID: .synthetic(0), name: "", startNanos: 0, endNanos: 0), costUSD: 0,
        countsUsage: false, errorCategory: nil)

    package var spans: [Span] { entries.map(\.span) }
    /// How many spans the record holds (as entries or as links).
    var spanCount: Int { keepsSpans ? entries.count : links.count }
    func index(of spanID: SpanID) -> Int? {
        if keepsSpans { return entries.firstIndex { $0.span.spanID == spanID } }
        if case let .hex(wanted) = spanID {
            // The common 64-bit id, compared as a number: no copy of each link's id to compare.
            for index in links.indices {
                if case .hex(wanted) = links[index].spanID { return index }
            }
            return nil
        }
        return links.firstIndex { $0.spanID == spanID }
    }
    package func entry(for spanID: SpanID) -> Entry? { keepsSpans ? index(of: spanID).map { entries[$0] } : nil }
    package func contains(_ spanID: SpanID) -> Bool { index(of: spanID) != nil }
    package var root: Entry? { entries.first { $0.span.isRoot } }

    func hasUsage(below spanID: SpanID) -> Bool {
        guard let first = usageBelowFirst else { return false }
        if first == spanID { return true }
        guard let second = usageBelowSecond else { return false }
        return second == spanID || (!usageBelowMore.isEmpty && usageBelowMore.contains(spanID))
    }

    /// Marks `spanID` as having usage below it; false when it already was.
    mutating func markUsage(below spanID: SpanID) -> Bool {
        guard !hasUsage(below: spanID) else { return false }
        if usageBelowFirst == nil {
            usageBelowFirst = spanID
        } else if usageBelowSecond == nil {
            usageBelowSecond = spanID
        } else {
            usageBelowMore.append(spanID)
        }
        return true
    }

    func parentID(at index: Int) -> SpanID? { keepsSpans ? entries[index].span.parentID : links[index].parentID }
    func countsUsage(at index: Int) -> Bool { keepsSpans ? entries[index].countsUsage : links[index].countsUsage }

    /// What the span at `index` added to the totals.
    func contribution(at index: Int) -> Contribution? {
        guard keepsSpans else { return links[index].contribution }
        let span = entries[index].span
        return Contribution(
            endNanos: span.endNanos, costUSD: entries[index].costUSD, usage: span.usage, modelSeries: nil,
            modelName: span.model, userID: span.userID, statedCost: span.reportedCostUSD != nil)
    }

    /// Adds a span; `modelSeries` is its model's series when known (a store that keeps no spans keeps
    /// that in the span's contribution instead of a copy of the name).
    mutating func append(
        _ span: Span, costUSD: Double, countsUsage: Bool, errorCategory: ErrorCategory?,
        modelSeries: SeriesRegistry.ID? = nil
    ) {
        if keepsSpans {
            contentBytes += span.content?.byteCount ?? 0
            // Room for a typical trace (about six spans) at once, instead of regrowing three times.
            if entries.capacity == 0 { entries.reserveCapacity(8) }
            entries.append(Entry(span: span, costUSD: costUSD, countsUsage: countsUsage, errorCategory: errorCategory))
        } else {
            let contribution = countsUsage
                ? Contribution(
                    endNanos: span.endNanos, costUSD: costUSD, usage: span.usage, modelSeries: modelSeries,
                    modelName: modelSeries == nil ? span.model : nil, userID: span.userID,
                    statedCost: span.reportedCostUSD != nil)
                : nil
            // Room for a typical trace (about six spans) at once, instead of regrowing at the fifth.
            if links.capacity == 0 { links.reserveCapacity(8) }
            links.append(Link(
                spanID: span.spanID, parentID: span.parentID, countsUsage: countsUsage, contribution: contribution))
        }
    }

    /// Keeps a score of this trace; false when the record already holds ``maxEvaluations``.
    @discardableResult
    mutating func attach(_ evaluation: Evaluation) -> Bool {
        guard evaluations.count < Self.maxEvaluations else { return false }
        evaluations.append(evaluation)
        return true
    }

    mutating func setCountsUsage(_ counts: Bool, at index: Int) {
        if keepsSpans { entries[index].countsUsage = counts } else { links[index].countsUsage = counts }
    }

    /// Forgets the prompts and completions of every span; returns the bytes freed.
    mutating func dropContent() -> Int {
        let freed = contentBytes
        for index in entries.indices { entries[index].span.content = nil }
        contentBytes = 0
        return freed
    }

    /// Figures of the trace as it stands.
    ///
    /// Reads fields through indices: binding whole entries would copy (retain) every string of each span.
    package var summary: TraceSummary {
        var start = Int64.max
        var end = Int64.min
        var cost = 0.0
        var tokens = TokenUsage.zero
        var failed = 0
        var firstError: Int?
        var rootIndex: Int?
        var roots = 0
        var models: [String] = []
        var tools: [String] = []
        var user: String?
        for index in entries.indices {
            let isRoot = entries[index].span.isRoot
            if isRoot {
                roots += 1
                if rootIndex == nil { rootIndex = index }
            }
            start = Swift.min(start, entries[index].span.startNanos)
            end = Swift.max(end, entries[index].span.endNanos)
            if entries[index].countsUsage {
                cost += entries[index].costUSD
                tokens += entries[index].span.usage
            }
            if entries[index].span.isError {
                failed += 1
                if let current = firstError {
                    if entries[current].span.isRoot { firstError = index }
                } else {
                    firstError = index
                }
            }
            if models.count < 4, let model = entries[index].span.model, !models.contains(model) {
                models.append(model)
            }
            if tools.count < 4, let tool = entries[index].span.tool, !tools.contains(tool) { tools.append(tool) }
            if user == nil || isRoot, let id = entries[index].span.userID { user = id }
        }
        let name: String
        let startNanos: Int64
        let duration: Int64
        if let rootIndex, roots > 1 {
            // Several roots (a LiteLLM request's attempts): the trace lasts from the first start to the last end.
            name = entries[rootIndex].span.name
            startNanos = start
            duration = Swift.max(0, end - start)
        } else if let rootIndex {
            name = entries[rootIndex].span.name
            startNanos = entries[rootIndex].span.startNanos
            duration = entries[rootIndex].span.durationNanos
        } else {
            name = entries.first?.span.name ?? ""
            // A record that keeps no spans has no times: nothing to subtract (end - start would overflow).
            startNanos = start == .max ? 0 : start
            duration = start <= end ? Swift.max(0, end - start) : 0
        }
        return TraceSummary(
            traceID: traceID, name: name, startNanos: startNanos, durationNanos: duration,
            costUSD: cost, tokens: tokens, spanCount: entries.count, failedSpans: failed,
            errorType: firstError.flatMap { entries[$0].span.error?.type },
            errorCategory: firstError.flatMap { entries[$0].errorCategory },
            models: models, tools: tools, userID: user)
    }
}
