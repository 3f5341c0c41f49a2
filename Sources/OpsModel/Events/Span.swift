/// One timed step of an LLM application: an LLM call, a tool call, a whole query, a retrieval.
///
/// Times are nanoseconds since the Unix epoch, in event time.
public struct Span: Sendable {
    /// The fields live in one heap box shared by copies (copy on write): a span is about 370 bytes
    /// with twenty reference-counted fields, and the ingest path hands it on several times per
    /// line: copying one reference instead of the fields cut `opstop report` by 5 % of its instructions.
    @usableFromInline var box: Box

    /// Written only through `change`, and only while this span holds the sole reference, so no two
    /// threads ever see a write (hence the unchecked Sendable and exclusivity).
    @usableFromInline final class Box: @unchecked Sendable {
        @usableFromInline @exclusivity(unchecked) var fields: Fields
        @usableFromInline init(_ fields: Fields) { self.fields = fields }
    }

    @usableFromInline package struct Fields: Sendable {
        @usableFromInline package var traceID: TraceID
        @usableFromInline package var spanID: SpanID
        @usableFromInline package var parentID: SpanID?
        @usableFromInline package var name: String
        @usableFromInline package var component: Component
        @usableFromInline package var status: SpanStatus
        @usableFromInline package var startNanos: Int64
        @usableFromInline package var endNanos: Int64
        @usableFromInline package var provider: String?
        @usableFromInline package var requestModel: String?
        @usableFromInline package var responseModel: String?
        @usableFromInline package var tool: String?
        @usableFromInline package var usage: TokenUsage
        @usableFromInline package var reportedCostUSD: Double?
        @usableFromInline package var error: SpanError?
        @usableFromInline package var userID: String?
        @usableFromInline package var sessionID: String?
        @usableFromInline package var serviceName: String?
        @usableFromInline package var conversationID: String?
        @usableFromInline package var content: SpanContent?
        @usableFromInline package var cache: CacheLookup?
        @usableFromInline package var guardrail: GuardrailVerdict?
    }

    @inlinable public var traceID: TraceID {
        get { box.fields.traceID }
        set { change { $0.traceID = newValue } }
    }
    @inlinable public var spanID: SpanID {
        get { box.fields.spanID }
        set { change { $0.spanID = newValue } }
    }
    /// nil for a root span.
    @inlinable public var parentID: SpanID? {
        get { box.fields.parentID }
        set { change { $0.parentID = newValue } }
    }
    @inlinable public var name: String {
        get { box.fields.name }
        set { change { $0.name = newValue } }
    }
    @inlinable public var component: Component {
        get { box.fields.component }
        set { change { $0.component = newValue } }
    }
    @inlinable public var status: SpanStatus {
        get { box.fields.status }
        set { change { $0.status = newValue } }
    }
    @inlinable public var startNanos: Int64 {
        get { box.fields.startNanos }
        set { change { $0.startNanos = newValue } }
    }
    @inlinable public var endNanos: Int64 {
        get { box.fields.endNanos }
        set { change { $0.endNanos = newValue } }
    }
    @inlinable public var provider: String? {
        get { box.fields.provider }
        set { change { $0.provider = newValue } }
    }
    /// The model asked for (`gen_ai.request.model`).
    @inlinable public var requestModel: String? {
        get { box.fields.requestModel }
        set { change { $0.requestModel = newValue } }
    }
    /// The model that answered (`gen_ai.response.model`), often a dated alias.
    @inlinable public var responseModel: String? {
        get { box.fields.responseModel }
        set { change { $0.responseModel = newValue } }
    }
    @inlinable public var tool: String? {
        get { box.fields.tool }
        set { change { $0.tool = newValue } }
    }
    @inlinable public var usage: TokenUsage {
        get { box.fields.usage }
        set { change { $0.usage = newValue } }
    }
    /// Cost of this span alone as the log states it; nil means "price it from tokens".
    @inlinable public var reportedCostUSD: Double? {
        get { box.fields.reportedCostUSD }
        set { change { $0.reportedCostUSD = newValue } }
    }
    @inlinable public var error: SpanError? {
        get { box.fields.error }
        set { change { $0.error = newValue } }
    }
    @inlinable public var userID: String? {
        get { box.fields.userID }
        set { change { $0.userID = newValue } }
    }
    @inlinable public var sessionID: String? {
        get { box.fields.sessionID }
        set { change { $0.sessionID = newValue } }
    }
    @inlinable public var serviceName: String? {
        get { box.fields.serviceName }
        set { change { $0.serviceName = newValue } }
    }
    @inlinable public var conversationID: String? {
        get { box.fields.conversationID }
        set { change { $0.conversationID = newValue } }
    }
    /// Opt-in content (prompts, completions, tool arguments) for the trace view.
    @inlinable public var content: SpanContent? {
        get { box.fields.content }
        set { change { $0.content = newValue } }
    }

    /// The semantic-cache lookup this span made or stands for; nil when it says nothing of a cache.
    @inlinable public var cache: CacheLookup? {
        get { box.fields.cache }
        set { change { $0.cache = newValue } }
    }
    /// The guardrail or rate-limiter verdict this span records; nil when it is not a check.
    @inlinable public var guardrail: GuardrailVerdict? {
        get { box.fields.guardrail }
        set { change { $0.guardrail = newValue } }
    }

    public init(
        traceID: TraceID, spanID: SpanID, parentID: SpanID? = nil, name: String,
        component: Component = .other, status: SpanStatus = .unset,
        startNanos: Int64, endNanos: Int64,
        provider: String? = nil, requestModel: String? = nil, responseModel: String? = nil,
        tool: String? = nil, usage: TokenUsage = .zero, reportedCostUSD: Double? = nil,
        error: SpanError? = nil, userID: String? = nil, sessionID: String? = nil,
        serviceName: String? = nil, conversationID: String? = nil, content: SpanContent? = nil,
        cache: CacheLookup? = nil, guardrail: GuardrailVerdict? = nil
    ) {
        box = Box(Fields(
            traceID: traceID,
            spanID: spanID,
            parentID: parentID,
            name: name,
            component: component,
            status: status,
            startNanos: startNanos,
            endNanos: endNanos,
            provider: provider,
            requestModel: requestModel,
            responseModel: responseModel,
            tool: tool,
            usage: usage,
            reportedCostUSD: reportedCostUSD,
            error: error,
            userID: userID,
            sessionID: sessionID,
            serviceName: serviceName,
            conversationID: conversationID,
            content: content,
            cache: cache,
            guardrail: guardrail))
    }

    /// A span whose fields `write` sets, every one of them: written in place in the heap box of
    /// `spare` (taken, left nil) when `spare` holds that box's only reference, else in a new box.
    /// A decoder hands in spans its reader has finished with, which saves an allocation, a free
    /// and a copy of the fields per span; a box still shared (a trace store that keeps the span)
    /// is left to its other owners. Inlinable, so `write` stores straight into the box.
    @inlinable package static func writing(reusing spare: inout Span?, _ write: (inout Fields) -> Void) -> Span {
        if var reused = spare.take(), isKnownUniquelyReferenced(&reused.box) {
            // The sole reference: no other span can see the fields change. Written through a reference
            // borrowed for the call, and the span handed on, not copied: a retain and release of the box
            // around the write and another pair for the result were four atomic updates a span.
            Unmanaged.passUnretained(reused.box)._withUnsafeGuaranteedRef { write(&$0.fields) }
            return consume reused
        }
        let made = Span(traceID: .synthetic(0), spanID: .synthetic(0), name: "", startNanos: 0, endNanos: 0)
        write(&made.box.fields)
        return made
    }

    @usableFromInline mutating func change(_ body: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        body(&box.fields)
    }

    @inlinable public var isRoot: Bool { parentID == nil }
    @inlinable public var isError: Bool { status == .error }
    @inlinable public var durationNanos: Int64 { Swift.max(0, endNanos &- startNanos) }
    /// The model name to show and group by: the requested one, else the one that answered.
    @inlinable public var model: String? { requestModel ?? responseModel }
}

/// What went wrong in a failed span.
public struct SpanError: Sendable, Hashable {
    /// `error.type`: an exception class, an error code or an HTTP status.
    public var type: String
    public var message: String?
    /// The category the log states (`opstop.error.category`); nil means "classify by rules".
    public var statedCategory: ErrorCategory?

    public init(type: String, message: String? = nil, statedCategory: ErrorCategory? = nil) {
        self.type = type
        self.message = message
        self.statedCategory = statedCategory
    }
}

/// Prompts and completions of a span, kept for the trace view only.
public struct SpanContent: Sendable, Hashable {
    /// Input messages: an OTel message array as JSON text, or plain text.
    public var input: String?
    /// Output messages: an OTel message array as JSON text, or plain text.
    public var output: String?

    public init(input: String? = nil, output: String? = nil) {
        self.input = input
        self.output = output
    }

    public var byteCount: Int { (input?.utf8.count ?? 0) + (output?.utf8.count ?? 0) }
}
